// Charts of the pages that have one (home, statistics): each chart is drawn from the table of numbers beside
// it, which stays the content and the text alternative. A separate bundle, loaded only by those pages.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import langES from 'echarts/i18n/langES-obj.js';

echarts.use([BarChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent,
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

const KINDS = { time: timeChart, bars: barChart, stats: statsChart };

for (const figure of document.querySelectorAll('figure.chart[data-chart]')) {
  const canvas = figure.querySelector('.chart-canvas');
  const make = KINDS[figure.dataset.chart];
  if (!canvas || !make || !figure.querySelector('table[data-chart-table] tbody tr')) continue;
  canvas.hidden = false;
  const chart = echarts.init(canvas, null, { renderer: 'svg', locale: figure.dataset.locale === 'es' ? 'ES' : 'EN' });
  const option = make(figure);
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

