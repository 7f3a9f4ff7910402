import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Lang } from '$lib/format';
import { toChartConfig } from './config';
import { pointCount, type ChartSpec } from './spec';

// Only the parts the dashboard draws, so the rest of Chart.js is tree-shaken away.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';
Chart.defaults.color = '#222';

/**
 * The one Chart.js wrapper: `{@attach chart(() => ({ spec, lang }), navigate)}` on a <canvas>.
 * Creates the chart when the canvas mounts, updates it in place when the spec or language
 * changes, destroys it when the canvas goes. The canvas carries data-points (values drawn)
 * and data-rendered so tests and assistive tooling can tell a drawn chart from an empty one.
 */
export function chart(get: () => { spec: ChartSpec; lang: Lang }, navigate?: (href: string) => void): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    const first = untrack(get);
    const mark = (spec: ChartSpec) => {
      canvas.dataset.points = String(pointCount(spec));
      canvas.dataset.labels = String(spec.labels.length);
    };
    const instance = new Chart(canvas, toChartConfig(first.spec, first.lang, navigate));
    mark(first.spec);
    canvas.dataset.rendered = 'true';
    let initial = true;
    $effect(() => {
      const { spec, lang } = get();
      if (initial) {
        initial = false;
        return;
      }
      const next = toChartConfig(spec, lang, navigate);
      instance.data = next.data;
      instance.options = next.options ?? {};
      instance.update();
      mark(spec);
    });
    return () => {
      instance.destroy();
      delete canvas.dataset.rendered;
    };
  };
}

/** PNG of a drawn chart (white background painted by the config's plugin). */
export function chartPng(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png');
}
