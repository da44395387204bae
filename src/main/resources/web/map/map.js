// The map page (/map): draws the counties or the states, each coloured by what was in force on the chosen date,
// from the page's own data (the figure's data-areas: "id:category" for every area with something in force; any
// other area is "none known"). The colours are the legend's swatches (style.css), read here, so they are declared
// once. Changing the date or the kind of area loads the same page for the new choice and swaps its results in:
// the table, the legend's counts and the map follow, and the address is the page's own, so it can be shared.
// Without JavaScript the form is a plain GET and the table is the content.
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { features } from './topology.js';

echarts.use([MapChart, GeoComponent, TooltipComponent, SVGRenderer]);

// The shapes are already projected (x right, y down): drawn as they are.
const AS_IS = { project: (p) => p, unproject: (p) => p };
const BOX = { left: 4, right: 4, top: 4, bottom: 4 };

function areas(figure) {
  const category = new Map();
  for (const pair of (figure.dataset.areas || '').split(' ')) {
    const [id, key] = pair.split(':');
    if (id) category.set(id, key);
  }
  return category;
}

function legend() {
  const colours = new Map();
  for (const item of document.querySelectorAll('.map-legend [data-category]')) {
    const swatch = item.querySelector('.swatch');
    colours.set(item.dataset.category, {
      colour: getComputedStyle(swatch).backgroundColor,
      label: item.querySelector('.label').textContent.trim(),
    });
  }
  return colours;
}

function option(figure, names) {
  const kind = figure.dataset.kind === 'state' ? 'state' : 'county';
  const category = areas(figure);
  const colours = legend();
  const none = colours.get(figure.dataset.none);
  const data = names[kind].map(([id, name]) => {
    const c = colours.get(category.get(id)) || none;
    return { name: id, label: name, category: c.label, itemStyle: { areaColor: c.colour } };
  });
  const series = [{
    type: 'map', map: kind, nameProperty: 'id', projection: AS_IS, ...BOX, z: 2,
    selectedMode: false, data,
    itemStyle: { borderColor: kind === 'state' ? '#1b1b1b' : '#8a8f96', borderWidth: kind === 'state' ? 0.8 : 0.25 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffd24d', borderColor: '#1b1b1b', borderWidth: 1 } },
    tooltip: { formatter: (p) => `${p.data.label}: ${p.data.category}` },
  }];
  // the states' borders over the counties (drawn, not clickable: a click reaches the county below)
  const geo = kind === 'county' ? [{
    map: 'state', nameProperty: 'id', projection: AS_IS, ...BOX, z: 3, silent: true,
    itemStyle: { areaColor: 'transparent', borderColor: '#1b1b1b', borderWidth: 0.8 },
  }] : [];
  return { animation: false, tooltip: { trigger: 'item' }, geo, series };
}

function draw(figure, chart, names) {
  chart.setOption(option(figure, names), { replaceMerge: ['series', 'geo'] });
  figure.dataset.drawn = `${figure.dataset.kind} ${figure.dataset.on}`;
}

async function start(figure) {
  const canvas = figure.querySelector('.map-canvas');
  const topology = await (await fetch(figure.dataset.shapes)).json();
  const names = {};
  for (const [kind, object] of [['county', 'counties'], ['state', 'states']]) {
    const collection = features(topology, object);
    for (const f of collection.features) f.properties = { id: f.id, name: f.properties.name };
    echarts.registerMap(kind, collection);
    names[kind] = collection.features.map((f) => [f.id, f.properties.name]);
  }
  // a county's name with its state's
  const stateNames = new Map(names.state);
  names.county = names.county.map(([id, name]) => [id, `${name}, ${stateNames.get(id.slice(0, 2)) || ''}`]);
  canvas.hidden = false;
  const chart = echarts.init(canvas, null, { renderer: 'svg' });
  draw(figure, chart, names);
  chart.on('click', (p) => {
    if (p.name) window.location.assign(figure.dataset.link.replace('{id}', p.name));
  });
  window.addEventListener('resize', () => chart.resize());

  const form = document.getElementById('map-form');
  const status = document.getElementById('map-status');
  const load = async (url, push) => {
    status.textContent = status.dataset.loading;
    const page = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    for (const id of ['map-results', 'map-table', 'release-bar']) {
      document.getElementById(id).replaceWith(page.getElementById(id));
    }
    const next = page.querySelector('figure[data-map]');
    for (const key of ['areas', 'kind', 'on', 'link']) figure.dataset[key] = next.dataset[key];
    figure.querySelector('figcaption').replaceWith(next.querySelector('figcaption'));
    document.title = page.title;
    if (push) window.history.pushState(null, '', url);
    draw(figure, chart, names);
    status.textContent = next.querySelector('figcaption').textContent.trim();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = new URLSearchParams(new FormData(form)).toString();
    load(`${form.getAttribute('action')}?${query}`, true);
  });
  for (const field of form.querySelectorAll('input, select')) {
    field.addEventListener('change', () => {
      if (field.checkValidity()) form.requestSubmit();
    });
  }
  window.addEventListener('popstate', () => {
    const params = new URLSearchParams(window.location.search);
    for (const field of form.querySelectorAll('input[name], select[name]')) {
      if (params.has(field.name)) field.value = params.get(field.name);
    }
    load(window.location.pathname + window.location.search, false);
  });
}

const figure = document.querySelector('figure[data-map]');
if (figure) start(figure);
