/**
 * A chart described without Chart.js or the DOM: what the pure mapping modules produce and the
 * unit tests check. `toChartConfig` turns it into a Chart.js configuration in the browser.
 */
export type ValueUnit = 'count' | 'percent' | 'score';

export interface Series {
  key: string;
  label: string;
  type: 'bar' | 'line';
  /** One value per label; null = no data (gap), never a made-up zero. */
  values: (number | null)[];
  /** Index into the colour-blind-safe palette, also selects the pattern/dash. */
  style: number;
  /** 'y2' puts the series on the right axis (percent next to counts). */
  axis?: 'y' | 'y2';
  /** Link per point to the records behind it. */
  hrefs?: (string | null)[];
  stack?: string;
}

export interface Band {
  /** Inclusive year labels the band spans. */
  from: string;
  to: string;
  label: string;
}

export interface Marker {
  /** ISO date; placed proportionally inside its year on a year axis. */
  date: string;
  label: string;
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  yUnit: ValueUnit;
  y2Label?: string;
  y2Unit?: ValueUnit;
  labels: string[];
  series: Series[];
  bands?: Band[];
  markers?: Marker[];
  horizontal?: boolean;
  stacked?: boolean;
  /** A note per label (e.g. a year's restructurings), a last column of the data table. */
  labelNotes?: { label: string; values: (string | null)[] };
  /** A label whose figures are not final (the year in progress): the axis shows `lines` for it, the data table the lines joined. */
  partial?: { label: string; lines: string[] };
}

/** How a label is written on the axis and in the data table: the partial year with its mark. */
export function labelLines(spec: ChartSpec, label: string): string[] {
  return spec.partial && label === spec.partial.label ? spec.partial.lines : [label];
}

/**
 * The year in progress among `labels` (issue 13.9), written as the charts' axes and the heat
 * tables' year columns write it: "2026" over `tick` ("(đến 29/10)"); undefined when no label is
 * the current year (a span of whole years carries no mark).
 */
export function partialYearMark(labels: readonly string[], currentYear: number | null | undefined, tick: string): ChartSpec['partial'] {
  const y = currentYear ? String(currentYear) : null;
  return y && labels.includes(y) ? { label: y, lines: [y, tick] } : undefined;
}

/** Number of data points actually drawn (non-null values), exposed on the canvas for tests and readers. */
export function pointCount(spec: ChartSpec): number {
  return spec.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0);
}

/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies, and in grayscale with the patterns. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#999999'];
/** Line dashes per style index: solid, dashed, dotted, dash-dot… */
export const DASHES: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [14, 4], [4, 2]];
export const POINT_STYLES = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot'] as const;

/**
 * Where each band lies on the category axis, in label positions (label i spans i − 0.5 … i + 0.5).
 * Periods that share a year (2015–2020 and 2020–2025) would overlap over it (issue 13.5): the
 * shared year is split at its middle, so each band keeps its half and none covers the other.
 */
export function bandEdges(bands: Band[], labels: string[]): ({ left: number; right: number } | null)[] {
  const edges = bands.map((b) => {
    const i = labels.indexOf(b.from);
    const j = labels.indexOf(b.to);
    return i < 0 || j < 0 ? null : { left: i - 0.5, right: j + 0.5 };
  });
  for (let n = 0; n < edges.length; n++) {
    for (let m = 0; m < edges.length; m++) {
      const a = edges[n];
      const b = edges[m];
      if (!a || !b || n === m) continue;
      // b starts in the year a ends in: both meet at that year's middle
      if (b.left === a.right - 1 && b.right > a.right) {
        a.right = b.left + 0.5;
        b.left = a.right;
      }
    }
  }
  return edges;
}
