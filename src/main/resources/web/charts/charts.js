// Charts of the pages that have one (home, statistics): each chart is drawn from the table of numbers beside
// it, which stays the content and the text alternative. A separate bundle, loaded only by those pages.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langES from 'echarts/i18n/langES-obj.js';

echarts.use([BarChart, CustomChart, LineChart, ScatterChart, AriaComponent, GraphicComponent, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, SVGRenderer]);
// month names of the time axis and the generated chart descriptions (aria) in Spanish on /es/ pages
echarts.registerLocale('ES', langES);

// Okabe-Ito hues, darkened where needed so that every mark has at least 3:1 contrast against white (WCAG 1.4.11).
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#3a6ea5', '#000000', '#a05a00'];
const SUPPRESSED = '#6b6b6b';

function rows(figure) {
  return [...figure.querySelectorAll('table[data-chart-table] tbody tr')].map((tr) => ({
    series: tr.dataset.series,
    panel: tr.dataset.panel || '',
    drawn: tr.dataset.drawn !== 'false',
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
    // the legends are HTML, above the chart (legend()): they wrap on a phone instead of paging
    legend: { show: false },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
  };
}

// Marks of the series, in order: colour and shape both tell the series apart
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'circle', 'rect', 'triangle', 'diamond'];

// The legend of a chart as an HTML list above its canvas: every series named in full, wrapping onto as many
// lines as it needs (an ECharts legend pages itself when it does not fit, hiding series behind arrows).
function legend(figure, canvas, entries, fewest = 2) {
  figure.querySelector('.chart-legend')?.remove();
  if (entries.length < fewest) return;
  const ul = document.createElement('ul');
  ul.className = 'chart-legend';
  for (const e of entries) {
    const li = document.createElement('li');
    const mark = document.createElement('span');
    mark.className = `legend-mark mark-${e.symbol || 'rect'}`;
    mark.style.backgroundColor = e.colour;
    li.append(mark, document.createTextNode(e.name));
    // series are named by data values (agencies, measures, sources, categories), published in English
    // (WCAG 3.1.2); the page's own words (the suppressed marker) are in the page's language
    if (!e.own) li.lang = 'en';
    ul.append(li);
  }
  canvas.before(ul);
}

const day = (s) => new Date(`${s}T00:00:00Z`).getTime();

// the width of a label in the charts' font, to lay labels out without overlap
const measure = document.createElement('canvas').getContext('2d');
const LABEL_FONT = '11px sans-serif';
function textWidth(text) {
  measure.font = LABEL_FONT;
  return measure.measureText(text).width;
}
function fit(text, width) {
  if (textWidth(text) <= width) return text;
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

// New York City's figures: one point per figure at the middle of its period, the time axis spanning the
// figures' periods (data-from, data-to), and a vertical line per policy that took effect in that span. Each
// line's short name is written above the plot, in the first row where it overlaps no other label, so that
// no two labels run together at any width.
function timeChart(figure, canvas, chart) {
  const data = rows(figure);
  const markers = [...figure.querySelectorAll('.chart-markers li')]
    .filter((li) => li.dataset.date)
    .map((li) => ({ t: day(li.dataset.date), label: li.dataset.label }));
  const groups = [...bySeries(data)];
  legend(figure, canvas, groups.map(([name], i) => ({ name, colour: PALETTE[i % PALETTE.length], symbol: SYMBOLS[i] })));
  const series = groups.map(([name, points], i) => ({
    // points only: the figures cover periods of different lengths, so no line joins them
    name, type: 'scatter', symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 10,
    data: points.sort((a, b) => a.x.localeCompare(b.x)).map((p) => ({ value: [p.x, p.y], href: p.href })),
  }));
  if (markers.length) {
    series.push({
      name: 'markers', type: 'scatter', data: [], silent: true,
      markLine: { symbol: 'none', silent: true, animation: false, lineStyle: { type: 'dashed', color: '#555' },
        label: { show: false }, data: markers.map((m) => ({ xAxis: m.t })) },
    });
  }
  const grid = { left: 56, right: 24, top: 16, bottom: 32, containLabel: false };
  const option = { ...base(), grid,
    xAxis: { type: 'time', min: figure.dataset.from ? day(figure.dataset.from) : undefined,
      max: figure.dataset.to ? day(figure.dataset.to) : undefined, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', boundaryGap: [0, '6%'] }, series };
  chart.setOption(option, true);
  if (!markers.length) return;
  // rows of labels: each label left of its line's x when it would pass the right edge
  const width = chart.getWidth();
  const room = width - grid.left - grid.right;
  const rowHeight = 15;
  const placed = [];
  const laid = markers
    .map((m) => ({ ...m, x: chart.convertToPixel({ xAxisIndex: 0 }, m.t) }))
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      // right of the line, or left of it where there is more room there; cut to the room (the list names it)
      const rightRoom = width - 2 - (m.x + 3);
      const leftRoom = m.x - 3 - 2;
      const right = textWidth(m.label) > rightRoom && leftRoom > rightRoom;
      const text = fit(m.label, Math.min(room, right ? leftRoom : rightRoom));
      const w = textWidth(text);
      const from = right ? m.x - 3 - w : m.x + 3;
      let row = 0;
      while (placed.some((p) => p.row === row && from < p.to + 8 && p.from < from + w + 8)) row += 1;
      placed.push({ row, from, to: from + w });
      return { ...m, text, row, right };
    });
  const rowsUsed = Math.max(...laid.map((m) => m.row)) + 1;
  const top = rowsUsed * rowHeight + 12;
  canvas.style.height = `${300 + top}px`;
  chart.resize();
  chart.setOption({
    grid: { ...grid, top },
    // the lines first, then the labels on a white ground over them, so that a line crossing a label's row
    // does not run through its words
    graphic: [
      ...laid.map((m) => ({ type: 'line', silent: true, shape: { x1: m.x, y1: m.row * rowHeight + 2, x2: m.x, y2: top },
        style: { stroke: '#555', lineDash: [4, 3], lineWidth: 1 } })),
      ...laid.map((m) => ({ type: 'text', silent: true, x: m.right ? m.x - 3 : m.x + 3, y: m.row * rowHeight + 2,
        style: { text: m.text, font: LABEL_FONT, fill: '#1b1b1b', align: m.right ? 'right' : 'left', verticalAlign: 'top',
          backgroundColor: '#ffffff', padding: [0, 1] } })),
    ],
  });
}

function barChart(figure, canvas) {
  const data = rows(figure);
  const categories = [...new Set(data.map((r) => r.x))];
  const groups = [...bySeries(data)];
  legend(figure, canvas, groups.map(([name], i) => ({ name, colour: PALETTE[i % PALETTE.length] })));
  const series = groups.map(([name, points]) => ({
    name, type: 'bar',
    data: categories.map((c) => {
      const p = points.find((q) => q.x === c);
      return p ? { value: p.y, href: p.href } : null;
    }),
  }));
  return { ...base(), xAxis: { type: 'category', data: categories, axisLabel: { hideOverlap: true, margin: 12 } },
    yAxis: { type: 'value' }, series };
}

// the shared scale of the panels: about four steps of 1, 2, 2.5 or 5 times a power of ten (622: 0 to 800 by 200)
function scale(max) {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((v) => v >= raw);
  return { max: Math.ceil(max / step) * step, interval: step };
}

// Detainer statistics as small multiples: one panel per value of the first grouped dimension (data-panel;
// the server marks the panels and series it draws with data-drawn and names the rest under the chart), the
// same y scale in every panel, one line per value of the other (data-series) with the same colour in every
// panel. A suppressed cell is not a point of its line (it is not a zero): it is a diamond of its series'
// colour in a strip under the panel's axis, the strip named by the page's word for "suppressed".
function statsChart(figure, canvas) {
  const all = rows(figure);
  const data = all.filter((r) => r.drawn);
  const categories = [...new Set(all.map((r) => r.x))];
  const names = [...bySeries(data).keys()];
  const colour = (name) => PALETTE[names.indexOf(name) % PALETTE.length];
  const words = { series: figure.dataset.labelSuppressedSeries, label: figure.dataset.labelSuppressed,
    synthetic: figure.dataset.labelSynthetic };
  const anySuppressed = data.some((r) => r.suppressed);
  // one series: the caption names it; the legend then names only the suppressed marker, if any
  const entries = names.length > 1 ? names.map((name) => ({ name, colour: colour(name), symbol: 'circle' })) : [];
  if (anySuppressed) entries.push({ name: words.series, colour: SUPPRESSED, symbol: 'diamond', own: true });
  legend(figure, canvas, entries, 1);
  const panels = [...new Map(data.map((r) => [r.panel, true])).keys()];
  const y = scale(Math.max(1, ...data.filter((r) => r.y !== null).map((r) => r.y)));
  const bars = names.length === 1 && panels.length === 1;
  canvas.replaceChildren();
  canvas.classList.toggle('panels', panels.length > 1);
  canvas.style.height = 'auto';
  const charts = [];
  for (const panel of panels) {
    const inPanel = data.filter((r) => r.panel === panel);
    const seriesHere = [...bySeries(inPanel).keys()];
    const suppressedHere = seriesHere.filter((s) => inPanel.some((r) => r.series === s && r.suppressed));
    const box = document.createElement('div');
    box.className = 'panel';
    if (panel) {
      const title = document.createElement('p');
      title.className = 'panel-title';
      title.lang = 'en';
      title.textContent = panel;
      box.append(title);
    }
    const plot = document.createElement('div');
    plot.className = 'panel-canvas';
    const plotHeight = panels.length > 1 ? 150 : 260;
    const stripTop = 8 + plotHeight + 34;
    const stripHeight = suppressedHere.length ? suppressedHere.length * 9 + 4 : 0;
    plot.style.height = `${stripTop + stripHeight + 6}px`;
    box.append(plot);
    canvas.append(box);
    const grids = [{ left: 64, right: 12, top: 20, height: plotHeight - 12 }];
    const xAxes = [{ gridIndex: 0, type: 'category', data: categories, axisLabel: { hideOverlap: true, margin: 12 } }];
    const yAxes = [{ gridIndex: 0, type: 'value', ...(panels.length > 1 ? y : {}) }];
    const series = seriesHere.map((name) => {
      const points = inPanel.filter((r) => r.series === name);
      const values = categories.map((c) => {
        const p = points.find((q) => q.x === c && !q.suppressed);
        return p ? p.y : null;
      });
      return bars
        ? { name, type: 'bar', data: values.map((v) => (v === null ? '-' : v)), itemStyle: { color: colour(name) } }
        : { name, type: 'line', data: values, connectNulls: false, symbol: 'circle', symbolSize: 6,
          showAllSymbol: true, itemStyle: { color: colour(name) }, lineStyle: { color: colour(name), width: 1.5 } };
    });
    const graphic = [];
    if (suppressedHere.length) {
      grids.push({ left: 64, right: 12, top: stripTop, height: stripHeight });
      xAxes.push({ gridIndex: 1, type: 'category', data: categories, show: false });
      yAxes.push({ gridIndex: 1, type: 'category', data: suppressedHere, show: false, inverse: true });
      series.push({
        name: words.series, type: 'scatter', xAxisIndex: 1, yAxisIndex: 1, symbol: 'diamond', symbolSize: 8,
        tooltip: { formatter: (p) => `${p.data.series}, ${p.data.value[0]}: ${words.series}` },
        data: inPanel.filter((r) => r.suppressed).map((r) => ({ value: [r.x, r.series], series: r.series,
          itemStyle: { color: colour(r.series) } })),
      });
      graphic.push({ type: 'text', silent: true, left: 0, top: stripTop - 2,
        style: { text: words.label, font: '10px sans-serif', fill: '#333' } });
    }
    if (words.synthetic) {
      graphic.push({ type: 'text', silent: true, right: 12, top: 3,
        style: { text: words.synthetic, font: 'italic 11px sans-serif', fill: '#4a4a4a' } });
    }
    const chart = echarts.init(plot, null, { renderer: 'svg', locale: figure.dataset.locale === 'es' ? 'ES' : 'EN' });
    chart.setOption({ ...base(), grid: grids, xAxis: xAxes, yAxis: yAxes, series, graphic });
    charts.push(chart);
  }
  return charts;
}

// A place (/places/{id}): what was in force there (one bar per policy or agreement, from its start to its end;
// an end known only to lie between two of ICE's lists drawn as that window, hatched; no end known: to the last
// day of the data) above the counts of the same place by year, on one time axis, so that a change of policy and
// a change in the counts can be seen together. Both come from the tables under the chart.
function placeChart(figure, canvas) {
  const day = (s) => new Date(`${s}T00:00:00Z`).getTime();
  const spans = [...figure.querySelectorAll('table[data-timeline] tbody tr')].map((tr) => ({
    label: tr.dataset.label,
    start: day(tr.dataset.start),
    end: tr.dataset.end ? day(tr.dataset.end) : null,
    windowEnd: tr.dataset.windowEnd ? day(tr.dataset.windowEnd) : null,
    href: tr.dataset.href,
    colour: getComputedStyle(tr.querySelector('.swatch')).backgroundColor,
  }));
  const counts = [...figure.querySelectorAll('table[data-chart-table] tbody tr')].map((tr) => ({
    series: tr.dataset.series, y: Number(tr.dataset.y), href: tr.dataset.href, from: day(tr.dataset.x), to: day(tr.dataset.end),
  }));
  const until = day(figure.dataset.until);
  const times = [...spans.flatMap((s) => [s.start, s.end, s.windowEnd]), ...counts.flatMap((c) => [c.from, c.to]), until]
    .filter((t) => t !== null);
  const min = Math.min(...times);
  const max = Math.max(...times);
  // up to 18 rows, each labelled above its bar; more (a state's agreements), a strip of at most 600 px where
  // each bar is named by its tooltip and the table
  const labelled = spans.length <= 18;
  const rowHeight = labelled ? 34 : Math.max(2, Math.min(12, Math.floor(600 / spans.length)));
  const top = 8;
  const timelineHeight = Math.max(1, spans.length) * rowHeight + (labelled ? 0 : 12);
  const countsTop = top + timelineHeight + 40;
  const countsHeight = counts.length ? 160 : 0;
  canvas.style.height = `${countsTop + countsHeight + 40}px`;
  const xAxis = (gridIndex, show) => ({
    // at the bottom of its grid (the rows' axis is inverted: 'on zero' would put it over the first label)
    gridIndex, type: 'time', min, max, position: 'bottom', axisLine: { onZero: false },
    axisLabel: { show, hideOverlap: true }, splitLine: { show: true },
  });
  const series = [{
    type: 'custom', xAxisIndex: 0, yAxisIndex: 0, name: figure.dataset.inForce,
    data: spans.map((s, i) => ({ value: [i, s.start, s.end ?? until, s.windowEnd ?? s.end ?? until], href: s.href, span: s })),
    renderItem: (params, api) => {
      const s = spans[api.value(0)];
      const y = api.coord([s.start, api.value(0)])[1];
      const x0 = api.coord([s.start, 0])[0];
      const x1 = api.coord([s.end ?? until, 0])[0];
      const bar = labelled ? 12 : Math.max(1, rowHeight - 1);
      const top = labelled ? y + 2 : y - bar / 2;
      const children = [
        { type: 'rect', shape: { x: x0, y: top, width: Math.max(2, x1 - x0), height: bar }, style: { fill: s.colour } },
      ];
      if (labelled) {
        // cut to the chart's width on a phone (the table gives the whole name)
        children.push({ type: 'text', style: { x: params.coordSys.x, y, text: s.label, fill: '#1b1b1b', fontSize: 12,
          verticalAlign: 'bottom', width: params.coordSys.width, overflow: 'truncate' } });
      }
      if (s.windowEnd) {
        const x2 = api.coord([s.windowEnd, 0])[0];
        children.push({ type: 'rect', shape: { x: x1, y: top, width: Math.max(2, x2 - x1), height: bar },
          style: { fill: 'none', stroke: s.colour, lineWidth: 1.5, lineDash: [3, 2] } });
      }
      return { type: 'group', children };
    },
    tooltip: { formatter: (p) => p.data.span.label },
  }];
  if (counts.length) {
    for (const [name, points] of bySeries(counts)) {
      // points at the middle of each period: the counts and figures cover periods of different lengths
      series.push({
        type: 'scatter', name, xAxisIndex: 1, yAxisIndex: 1, symbolSize: 9,
        data: points.map((p) => ({ value: [(p.from + p.to) / 2, p.y], href: p.href })),
      });
    }
  }
  // both grids share their left and right edges, so that one date is at one x in both
  const timeline = { left: 56, right: 16, top: top + 20, height: timelineHeight };
  const timelineY = { gridIndex: 0, type: 'value', min: -0.5, max: Math.max(1, spans.length) - 0.5, inverse: true, show: false };
  if (!counts.length) {
    return { ...base(), legend: { show: false }, grid: [timeline], xAxis: [xAxis(0, true)], yAxis: [timelineY], series };
  }
  return {
    ...base(),
    legend: { type: 'plain', top: countsTop - 30, left: 0, data: [...bySeries(counts).keys()] },
    grid: [timeline, { left: 56, right: 16, top: countsTop + 10, height: countsHeight }],
    xAxis: [xAxis(0, false), xAxis(1, true)],
    yAxis: [timelineY, { gridIndex: 1, type: 'value' }],
    series,
  };
}

const KINDS = { time: timeChart, bars: barChart, place: placeChart };
const locale = (figure) => (figure.dataset.locale === 'es' ? 'ES' : 'EN');

for (const figure of document.querySelectorAll('figure.chart[data-chart]')) {
  const canvas = figure.querySelector('.chart-canvas');
  if (!canvas || !figure.querySelector('table[data-chart-table] tbody tr, table[data-timeline] tbody tr')) continue;
  canvas.hidden = false;
  let charts;
  if (figure.dataset.chart === 'stats') {
    charts = statsChart(figure, canvas);
  } else if (figure.dataset.chart === 'time') {
    const chart = echarts.init(canvas, null, { renderer: 'svg', locale: locale(figure) });
    timeChart(figure, canvas, chart);
    charts = [chart];
    // the labels' rows depend on the width: lay them out again
    window.addEventListener('resize', () => { chart.resize(); timeChart(figure, canvas, chart); });
  } else {
    const make = KINDS[figure.dataset.chart];
    if (!make) continue;
    const option = make(figure, canvas);
    const chart = echarts.init(canvas, null, { renderer: 'svg', locale: locale(figure) });
    if (option.series.length === 1 && figure.dataset.chart !== 'place') {
      // one series: the caption names it; the plot takes the room
      option.grid = { ...option.grid, top: 16 };
    }
    chart.setOption(option);
    charts = [chart];
  }
  for (const chart of charts) {
    chart.on('click', (p) => {
      const href = p.data && p.data.href;
      if (href) window.location.assign(href);
    });
    if (figure.dataset.chart !== 'time') window.addEventListener('resize', () => chart.resize());
  }
  figure.dataset.drawn = 'true';
}
