import type { Chart } from 'chart.js';

/** The charts' and the slide pictures' font (Chart.defaults.font.family once Chart.js is loaded). */
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

let loading: Promise<typeof Chart> | undefined;
/**
 * Chart.js (~50 KB gzipped), registered with the parts the dashboard draws, loaded when the first
 * chart is drawn rather than with the page: a chart needs the browser's canvas anyway, so nothing of
 * the first paint waits for it, and every page's first load stays under its budget
 * (scripts/bundle-size.mjs, issue 13).
 */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chartjs-register').then((m) => m.Chart);
  return loading;
}
