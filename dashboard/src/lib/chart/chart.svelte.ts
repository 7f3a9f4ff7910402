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
    const stopPrintResize = resizeForPrint(instance, canvas);
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
      stopPrintResize();
      instance.destroy();
      delete canvas.dataset.rendered;
    };
  };
}

/**
 * Chart.js keeps the pixel size it had on screen when the page is printed (the print layout
 * runs no resize observer), so a chart would stick out of its box, cut or covering the next
 * block. Redraw at the size of its box as soon as print media applies (Ctrl+P, "Tải PDF", or
 * emulated print), and again on screen after printing. data-media says which size it holds.
 */
function resizeForPrint(instance: Chart, canvas: HTMLCanvasElement): () => void {
  const print = window.matchMedia('print');
  const fit = () => {
    const box = canvas.parentElement;
    if (!box) return;
    // the box's size under the media in force; resize() would wait for an observer that never runs in print
    const { width, height } = box.getBoundingClientRect();
    if (width > 0 && height > 0) instance.resize(Math.floor(width), Math.floor(height));
    canvas.dataset.media = print.matches ? 'print' : 'screen';
  };
  canvas.dataset.media = 'screen';
  // beforeprint fires before print media applies in some browsers: the change listener is the one that sees the print box
  print.addEventListener('change', fit);
  window.addEventListener('afterprint', fit);
  // the page box can change again while print media holds (paper size, emulation): follow it
  const box = canvas.parentElement;
  const observer = new ResizeObserver(() => {
    if (print.matches) fit();
  });
  if (box) observer.observe(box);
  return () => {
    observer.disconnect();
    print.removeEventListener('change', fit);
    window.removeEventListener('afterprint', fit);
  };
}

/** PNG of a drawn chart (white background painted by the config's plugin). */
export function chartPng(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png');
}
