// Charts of the pages that have one (home, statistics): each chart is drawn from the table of numbers beside
// it, which stays the content and the text alternative. A separate bundle, loaded only by those pages.
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langES from 'echarts/i18n/langES-obj.js';

echarts.use([BarChart, CustomChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
  TooltipComponent, SVGRenderer]);
// month names of the time axis and the generated chart descriptions (aria) in Spanish on /es/ pages
echarts.registerLocale('ES', langES);

// Okabe-Ito hues, darkened where needed so that every mark has at least 3:1 contrast against white (WCAG 1.4.11).
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#8a6d00', '#3a6ea5', '#000000', '#a05a00'];
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
// never a zero-height bar or a gap. Its words are the page's (data-label-suppressed, data-label-suppressed-series),
// so that the chart speaks the page's language.
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
  const words = { series: figure.dataset.labelSuppressedSeries, label: figure.dataset.labelSuppressed };
  if (suppressed.length) {
    series.push({
      name: words.series, type: 'scatter', symbol: 'diamond', symbolSize: 12,
      itemStyle: { color: SUPPRESSED },
      label: { show: true, formatter: words.label, position: 'top', color: '#333', fontSize: 10 },
      tooltip: { formatter: (p) => `${p.data.series}, ${p.data.value[0]}: ${words.series}` },
      data: suppressed.map((r) => ({ value: [r.x, 0], series: r.series })),
    });
  }
  return { ...base(), color: PALETTE, xAxis: { type: 'category', data: categories }, yAxis: { type: 'value' }, series };
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

const KINDS = { time: timeChart, bars: barChart, stats: statsChart, place: placeChart };

for (const figure of document.querySelectorAll('figure.chart[data-chart]')) {
  const canvas = figure.querySelector('.chart-canvas');
  const make = KINDS[figure.dataset.chart];
  if (!canvas || !make || !figure.querySelector('table[data-chart-table] tbody tr, table[data-timeline] tbody tr')) continue;
  const option = make(figure, canvas);
  canvas.hidden = false;
  const chart = echarts.init(canvas, null, { renderer: 'svg', locale: figure.dataset.locale === 'es' ? 'ES' : 'EN' });
  // one series: the caption names it, and a legend of one long name (longer still in Spanish) would be cut
  // on a phone; the plot takes the legend's room
  if (option.series.length === 1) {
    option.legend = { show: false };
    option.grid = { ...option.grid, top: 16 };
  }
  chart.setOption(option);
  chart.on('click', (p) => {
    const href = p.data && p.data.href;
    if (href) window.location.assign(href);
  });
  window.addEventListener('resize', () => chart.resize());
}

