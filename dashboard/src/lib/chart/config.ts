import type { ChartConfiguration, ChartDataset, Plugin, TooltipItem } from 'chart.js';
import { formatNumber, formatPercent, type Lang } from '$lib/format';
import { DASHES, PALETTE, POINT_STYLES, bandEdges, labelLines, type ChartSpec, type Series, type ValueUnit } from './spec';

/** Fill patterns for bars so series differ without colour (grayscale print, colour blindness). */
function pattern(color: string, kind: number): CanvasPattern | string {
  if (kind % 4 === 0 || typeof document === 'undefined') return color;
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d');
  if (!g) return color;
  g.fillStyle = color;
  g.globalAlpha = 0.35;
  g.fillRect(0, 0, 8, 8);
  g.globalAlpha = 1;
  g.strokeStyle = color;
  g.fillStyle = color;
  g.lineWidth = 2;
  if (kind % 4 === 1) {
    g.beginPath();
    g.moveTo(0, 8);
    g.lineTo(8, 0);
    g.moveTo(-2, 2);
    g.lineTo(2, -2);
    g.moveTo(6, 10);
    g.lineTo(10, 6);
    g.stroke();
  } else if (kind % 4 === 2) {
    g.beginPath();
    g.arc(4, 4, 1.8, 0, Math.PI * 2);
    g.fill();
  } else {
    g.beginPath();
    g.moveTo(0, 4);
    g.lineTo(8, 4);
    g.moveTo(4, 0);
    g.lineTo(4, 8);
    g.stroke();
  }
  return g.createPattern(c, 'repeat') ?? color;
}

export function formatValue(v: number | null, unit: ValueUnit, lang: Lang): string {
  if (v === null) return '–';
  if (unit === 'percent' || unit === 'score') return formatPercent(v, lang);
  return formatNumber(v, lang);
}

function dataset(s: Series, spec: ChartSpec): ChartDataset {
  const color = PALETTE[s.style % PALETTE.length];
  if (s.type === 'line') {
    return {
      type: 'line',
      label: s.label,
      data: s.values,
      borderColor: color,
      backgroundColor: color,
      borderDash: DASHES[s.style % DASHES.length],
      borderWidth: 2.5,
      pointStyle: POINT_STYLES[s.style % POINT_STYLES.length],
      pointRadius: 4,
      pointHoverRadius: 6,
      spanGaps: false,
      yAxisID: s.axis ?? 'y',
      order: 0,
    } as ChartDataset;
  }
  return {
    type: 'bar',
    label: s.label,
    data: s.values,
    backgroundColor: pattern(color, s.style),
    borderColor: color,
    borderWidth: 1.5,
    yAxisID: s.axis ?? 'y',
    stack: spec.stacked ? (s.stack ?? 'all') : s.key,
    order: 1,
  } as ChartDataset;
}

function axisTick(unit: ValueUnit, lang: Lang) {
  return (v: number | string) => (typeof v === 'number' ? formatValue(v, unit, lang) : v);
}

/** Paints a white background so PNG downloads are not transparent (dark viewers, slides). */
const whiteBackground: Plugin = {
  id: 'qcdcBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Where a date falls on a category axis of years: inside its year, proportionally to the day. */
function xForDate(chart: import('chart.js').Chart, labels: string[], iso: string): number | null {
  const year = iso.slice(0, 4);
  const i = labels.indexOf(year);
  if (i < 0) return null;
  const x = chart.scales.x;
  const start = Date.UTC(Number(year), 0, 1);
  const end = Date.UTC(Number(year) + 1, 0, 1);
  const frac = (Date.parse(`${iso}T00:00:00Z`) - start) / (end - start);
  const step = labels.length > 1 ? x.getPixelForValue(1) - x.getPixelForValue(0) : x.width;
  return x.getPixelForValue(i) - step / 2 + frac * step;
}

/** Shaded periods and dated vertical lines (restructurings, the Law's entry into force). */
interface MarksOptions {
  labels: string[];
  bands: NonNullable<ChartSpec['bands']>;
  markers: NonNullable<ChartSpec['markers']>;
}

/** Static plugin reading its data from options.plugins.qcdcMarks, so chart updates carry new marks. */
const marks: Plugin = {
  id: 'qcdcMarks',
  beforeDatasetsDraw(chart, _args, options: MarksOptions) {
    const spec = options;
    if (!spec?.labels || !spec.bands?.length) return;
    const { ctx, chartArea } = chart;
    const x = chart.scales.x;
    const step = spec.labels.length > 1 ? x.getPixelForValue(1) - x.getPixelForValue(0) : x.width;
    ctx.save();
    const edges = bandEdges(spec.bands, spec.labels);
    // inside the plot: on a line chart the first and last years sit on its edges
    const px = (pos: number) => Math.min(chartArea.right, Math.max(chartArea.left, x.getPixelForValue(0) + pos * step));
    (spec.bands ?? []).forEach((b, n) => {
      const e = edges[n];
      if (!e) return;
      const left = px(e.left);
      const right = px(e.right);
      ctx.fillStyle = n % 2 === 0 ? 'rgba(0,114,178,0.08)' : 'rgba(230,159,0,0.10)';
      ctx.fillRect(left, chartArea.top, right - left, chartArea.bottom - chartArea.top);
      ctx.fillStyle = '#333';
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillText(b.label, (left + right) / 2, chartArea.top + 14 + n * 14);
    });
    ctx.restore();
  },
  afterDatasetsDraw(chart, _args, options: MarksOptions) {
    const spec = options;
    if (!spec?.labels || !spec.markers?.length) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '11px system-ui, sans-serif';
    spec.markers.forEach((m, n) => {
      const px = xForDate(chart, spec.labels, m.date);
      if (px === null) return;
      ctx.strokeStyle = '#333';
      ctx.setLineDash(n % 2 ? [2, 3] : [6, 3]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      // the label reads bottom-up along its line, on a white box so lines and bars do not cross it;
      // a low chart (the printed brief) shortens it to what fits inside the plot, never over the title
      const room = chartArea.bottom - chartArea.top - 8;
      let label = m.label;
      while (label.length > 1 && ctx.measureText(label).width > room) label = `${label.slice(0, -2).trimEnd()}…`;
      const w = ctx.measureText(label).width;
      ctx.save();
      ctx.translate(px + 2, chartArea.bottom - 4);
      ctx.rotate(-Math.PI / 2);
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(-2, -11, w + 4, 14);
      ctx.fillStyle = '#111';
      ctx.textAlign = 'left';
      ctx.fillText(label, 0, 0);
      ctx.restore();
    });
    ctx.restore();
  },
};

export function toChartConfig(spec: ChartSpec, lang: Lang, onPoint?: (href: string) => void): ChartConfiguration {
  const hasY2 = spec.series.some((s) => s.axis === 'y2');
  const unitOf = (axis: string | undefined) => (axis === 'y2' ? (spec.y2Unit ?? 'count') : spec.yUnit);
  const indexAxis = spec.horizontal ? 'y' : 'x';
  const valueAxis = (unit: ValueUnit, title: string, position: 'left' | 'right' | 'bottom') => ({
    type: 'linear' as const,
    position,
    beginAtZero: true,
    ...(unit === 'percent' || unit === 'score' ? { max: 1 } : {}),
    stacked: spec.stacked ?? false,
    title: { display: true, text: title, font: { size: 13 } },
    ticks: { callback: axisTick(unit, lang), precision: unit === 'count' ? 0 : undefined, font: { size: 12 } },
    grid: { drawOnChartArea: position !== 'right' },
  });
  const categoryAxis = {
    type: 'category' as const,
    stacked: spec.stacked ?? false,
    title: { display: true, text: spec.xLabel, font: { size: 13 } },
    ticks: {
      font: { size: 12 },
      autoSkip: true,
      // the year in progress says so under its label (issue 13.9)
      callback(this: { getLabelForValue: (v: number) => string }, value: string | number) {
        const l = this.getLabelForValue(Number(value));
        const lines = labelLines(spec, l);
        return lines.length > 1 ? lines : l;
      },
    },
  };
  const scales: Record<string, unknown> = spec.horizontal
    ? { y: categoryAxis, x: valueAxis(spec.yUnit, spec.yLabel, 'bottom') }
    : { x: categoryAxis, y: valueAxis(spec.yUnit, spec.yLabel, 'left') };
  if (hasY2) scales.y2 = valueAxis(spec.y2Unit ?? 'count', spec.y2Label ?? '', 'right');
  return {
    type: spec.series[0]?.type ?? 'bar',
    data: { labels: spec.labels, datasets: spec.series.map((s) => dataset(s, spec)) },
    options: {
      indexAxis,
      responsive: true,
      maintainAspectRatio: false,
      // no animation: printing, PNG export and projector redraws show the final chart at once
      animation: false,
      interaction: { mode: 'nearest', intersect: true },
      scales: scales as never,
      plugins: {
        qcdcMarks: { labels: spec.labels, bands: spec.bands ?? [], markers: spec.markers ?? [] },
        title: { display: true, text: spec.title, font: { size: 15, weight: 'bold' }, color: '#111' },
        legend: { display: spec.series.length > 1, labels: { usePointStyle: true, font: { size: 12 } } },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) => {
              const s = spec.series[item.datasetIndex];
              return `${s.label}: ${formatValue(item.raw as number | null, unitOf(s.axis), lang)}`;
            },
          },
        },
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target) target.style.cursor = elements.some((e) => spec.series[e.datasetIndex]?.hrefs?.[e.index]) ? 'pointer' : 'default';
      },
      onClick: (_event, elements) => {
        const e = elements[0];
        const href = e ? spec.series[e.datasetIndex]?.hrefs?.[e.index] : null;
        if (href && onPoint) onPoint(href);
      },
    },
    plugins: [whiteBackground, marks],
  } as ChartConfiguration;
}
