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
      // the dated lines drawn (restructurings, changes of scope), for tests and readers
      canvas.dataset.marks = (spec.markers ?? []).map((m) => m.date).join(' ');
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

/** What a picture for a slide says above its chart (issue 13.7): the title block of a printed page. */
export interface SlideHeader {
  title: string;
  /** Period, area, structure…: one line. */
  facts: string;
  /** The DEMO label when demonstration data is in the figures. */
  demo?: string;
  /** Source and date, bottom line. */
  source: string;
}

/**
 * A 1600 × 900 PNG for slides: the title block, then the chart drawn afresh at 800 × 380 CSS px
 * and twice the pixel density, so its text is as large relative to the picture as on screen.
 */
export function slidePng(spec: ChartSpec, lang: Lang, header: SlideHeader): string {
  const [W, H, HEAD, FOOT] = [1600, 900, 130, 40];
  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, W, H);
  const font = Chart.defaults.font.family;
  g.fillStyle = '#111111';
  g.textBaseline = 'alphabetic';
  g.font = `bold 40px ${font}`;
  g.fillText(header.title, 40, 60, W - 80);
  g.font = `24px ${font}`;
  g.fillStyle = '#333333';
  g.fillText(header.facts, 40, 102, header.demo ? W - 420 : W - 80);
  if (header.demo) {
    g.font = `bold 24px ${font}`;
    const w = g.measureText(header.demo).width + 24;
    g.fillStyle = '#fff1d6';
    g.fillRect(W - 40 - w, 78, w, 34);
    g.strokeStyle = '#8a4b00';
    g.setLineDash([6, 4]);
    g.lineWidth = 2;
    g.strokeRect(W - 40 - w, 78, w, 34);
    g.setLineDash([]);
    g.fillStyle = '#8a4b00';
    g.fillText(header.demo, W - 40 - w + 12, 103);
  }
  g.fillStyle = '#111111';
  g.fillRect(40, HEAD - 12, W - 80, 2);
  const box = document.createElement('canvas');
  box.width = W / 2;
  box.height = (H - HEAD - FOOT) / 2;
  const config = toChartConfig(spec, lang);
  // the header above says the title: the chart does not repeat it
  config.options = { ...config.options, responsive: false, devicePixelRatio: 2, animation: false, plugins: { ...config.options?.plugins, title: { display: false } } };
  const drawn = new Chart(box, config);
  g.drawImage(box, 0, HEAD, W, H - HEAD - FOOT);
  drawn.destroy();
  g.font = `18px ${font}`;
  g.fillStyle = '#444444';
  g.fillText(header.source, 40, H - 14, W - 80);
  return out.toDataURL('image/png');
}
