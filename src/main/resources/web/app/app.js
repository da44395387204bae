// Progressive layer of the pages: the content is the HTML; this script only draws each chart from the
// table of numbers beside it, copies citations and API addresses, and keeps the explorer's form honest.
// Loaded as a fingerprinted bundle from this host (Content-Security-Policy: default-src 'self').
import './style.css';
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, SVGRenderer]);

// Colour-blind-safe palette (Okabe-Ito), dark enough against white for graphical objects (3:1).
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#56B4E9', '#000000', '#E69F00'];
const SUPPRESSED = '#6b6b6b';

function rows(figure) {
  return [...figure.querySelectorAll('table[data-chart-table] tbody tr')].map((tr) => ({
    series: tr.dataset.series,
    x: tr.dataset.x,
    y: tr.dataset.y === '' || tr.dataset.y === undefined ? null : Number(tr.dataset.y),
    href: tr.dataset.href,
    suppressed: tr.dataset.suppressed === 'true',
  }));
}

function bySeries(data) {
  const series = new Map();
  for (const r of data) {
    if (!series.has(r.series)) series.set(r.series, []);
    series.get(r.series).push(r);
  }
  return series;
}

function base() {
  return {
    color: PALETTE,
    aria: { enabled: true, decal: { show: false } },
    animation: false,
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', top: 0 },
    grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
  };
}

function timeChart(figure) {
  const data = rows(figure);
  const markers = [...figure.querySelectorAll('.chart-markers li')].map((li) => ({
    xAxis: li.dataset.date, name: li.dataset.label,
  }));
  const series = [...bySeries(data)].map(([name, points], i) => ({
    // points only: the figures cover periods of different lengths, so no line joins them
    name, type: 'scatter', symbolSize: 10,
    data: points.sort((a, b) => a.x.localeCompare(b.x)).map((p) => ({ value: [p.x, p.y], href: p.href })),
    markLine: i === 0 && markers.length ? {
      symbol: 'none', silent: true, lineStyle: { type: 'dashed', color: '#555' },
      label: { formatter: '{b}', position: 'insideEndTop', fontSize: 10, color: '#333' }, data: markers,
    } : undefined,
  }));
  return { ...base(), xAxis: { type: 'time' }, yAxis: { type: 'value' }, series };
}

function barChart(figure) {
  const data = rows(figure);
  const categories = [...new Set(data.map((r) => r.x))];
  const series = [...bySeries(data)].map(([name, points]) => ({
    name, type: 'bar',
    data: categories.map((c) => {
      const p = points.find((q) => q.x === c);
      return p ? { value: p.y, href: p.href } : null;
    }),
  }));
  return { ...base(), xAxis: { type: 'category', data: categories }, yAxis: { type: 'value' }, series };
}

// Detainer statistics: one bar series per group; a suppressed cell is a labelled marker of its own series,
// never a zero-height bar or a gap.
function statsChart(figure) {
  const data = rows(figure);
  const categories = [...new Set(data.map((r) => r.x))];
  const groups = [...bySeries(data)];
  const series = groups.map(([name, points]) => ({
    name, type: 'bar',
    data: categories.map((c) => {
      const p = points.find((q) => q.x === c && !q.suppressed);
      return p ? p.y : '-';
    }),
  }));
  const suppressed = data.filter((r) => r.suppressed);
  if (suppressed.length) {
    series.push({
      name: 'Suppressed (count withheld)', type: 'scatter', symbol: 'diamond', symbolSize: 12,
      itemStyle: { color: SUPPRESSED },
      label: { show: true, formatter: 'suppressed', position: 'top', color: '#333', fontSize: 10 },
      tooltip: { formatter: (p) => `${p.data.series}, ${p.data.value[0]}: suppressed (count withheld)` },
      data: suppressed.map((r) => ({ value: [r.x, 0], series: r.series })),
    });
  }
  return { ...base(), color: PALETTE, xAxis: { type: 'category', data: categories }, yAxis: { type: 'value' }, series };
}

const KINDS = { time: timeChart, bars: barChart, stats: statsChart };

for (const figure of document.querySelectorAll('figure.chart[data-chart]')) {
  const canvas = figure.querySelector('.chart-canvas');
  const make = KINDS[figure.dataset.chart];
  if (!canvas || !make || !figure.querySelector('table[data-chart-table] tbody tr')) continue;
  canvas.hidden = false;
  const chart = echarts.init(canvas, null, { renderer: 'svg' });
  chart.setOption(make(figure));
  chart.on('click', (p) => {
    const href = p.data && p.data.href;
    if (href) window.location.assign(href);
  });
  window.addEventListener('resize', () => chart.resize());
}

// Copy buttons: shown only when the script runs; the text they copy is on the page anyway.
for (const button of document.querySelectorAll('button.copy[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const text = source.value !== undefined ? source.value : source.textContent.trim();
    const status = button.closest('section, main').querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = 'Copied.';
    } catch (e) {
      if (status) status.textContent = 'Copy failed: select the text and copy it.';
    }
  });
}

// The explorer: offer only the tables published at the chosen period length, and apply a choice at once
// (the form's GET keeps the view in the page's address).
const form = document.getElementById('stats-form');
if (form) {
  const granularity = form.querySelector('[name="granularity"]');
  const groupBy = form.querySelector('[name="group_by"]');
  const sync = () => {
    for (const option of groupBy.options) {
      const published = option.dataset.granularities.split(' ').includes(granularity.value);
      option.disabled = !published;
      option.textContent = option.textContent.replace(/ \(not published at this period length\)$/, '')
        + (published ? '' : ' (not published at this period length)');
    }
    if (groupBy.selectedOptions[0] && groupBy.selectedOptions[0].disabled) groupBy.value = '';
  };
  granularity.addEventListener('change', () => { sync(); form.requestSubmit(); });
  for (const select of form.querySelectorAll('select:not([name="granularity"])')) {
    select.addEventListener('change', () => form.requestSubmit());
  }
  sync();
}
