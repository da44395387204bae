// Progressive layer of every page: the content is the HTML; this script copies citations and API addresses,
// and keeps the explorer's form honest. Charts are in the 'charts' bundle, loaded by the pages that draw one.
// Both are fingerprinted bundles served from this host (Content-Security-Policy: default-src 'self').
import './style.css';

// Copy buttons: shown only when the script runs; the text they copy is on the page anyway. What they say
// after copying is in the page's language, in their data-copied and data-copy-failed attributes.
for (const button of document.querySelectorAll('button.copy[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const text = source.value !== undefined ? source.value : source.textContent.trim();
    const status = button.closest('section, main').querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = button.dataset.copied;
    } catch (e) {
      if (status) status.textContent = button.dataset.copyFailed;
    }
  });
}

// The explorer: offer only the tables published at the chosen period length, and apply a choice at once
// (the form's GET keeps the view in the page's address).
const form = document.getElementById('stats-form');
if (form) {
  const granularity = form.querySelector('[name="granularity"]');
  const groupBy = form.querySelector('[name="group_by"]');
  // "(not published at this period length)" in the page's language
  const notPublished = ' ' + form.dataset.notPublished;
  const sync = () => {
    for (const option of groupBy.options) {
      const published = option.dataset.granularities.split(' ').includes(granularity.value);
      option.disabled = !published;
      const label = option.textContent.endsWith(notPublished)
        ? option.textContent.slice(0, -notPublished.length) : option.textContent;
      option.textContent = label + (published ? '' : notPublished);
    }
    if (groupBy.selectedOptions[0] && groupBy.selectedOptions[0].disabled) groupBy.value = '';
  };
  granularity.addEventListener('change', () => { sync(); form.requestSubmit(); });
  for (const select of form.querySelectorAll('select:not([name="granularity"])')) {
    select.addEventListener('change', () => form.requestSubmit());
  }
  sync();
}
