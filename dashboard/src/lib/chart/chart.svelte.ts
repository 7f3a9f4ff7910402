import type { Chart } from 'chart.js';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { Lang } from '$lib/format';
import { FONT, loadChart } from './chartjs';
import { toChartConfig } from './config';
import { pointCount, type ChartSpec } from './spec';

/**
 * The one Chart.js wrapper: `{@attach chart(() => ({ spec, lang }), navigate)}` on a <canvas>.
 * Creates the chart when the canvas mounts, updates it in place when the spec or language
 * changes, destroys it when the canvas goes. The canvas carries data-points (values drawn)
 * and data-rendered so tests and assistive tooling can tell a drawn chart from an empty one.
 */
export function chart(get: () => { spec: ChartSpec; lang: Lang }, navigate?: (href: string) => void): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    let instance: Chart | undefined;
    let stopPrintResize = () => {};
    let gone = false;
    const mark = (spec: ChartSpec) => {
      canvas.dataset.points = String(pointCount(spec));
      canvas.dataset.labels = String(spec.labels.length);
      // the dated lines drawn (restructurings, changes of scope), for tests and readers
      canvas.dataset.marks = (spec.markers ?? []).map((m) => m.date).join(' ');
    };
    // Chart.js is loaded with the first chart (chartjs.ts): drawn from the newest spec once it is there
    void loadChart().then((ChartJs) => {
      if (gone) return;
      const { spec, lang } = untrack(get);
      instance = new ChartJs(canvas, toChartConfig(spec, lang, navigate));
      mark(spec);
      canvas.dataset.rendered = 'true';
      stopPrintResize = resizeForPrint(instance, canvas);
    });
    $effect(() => {
      const { spec, lang } = get();
      if (!instance) return;
      const next = toChartConfig(spec, lang, navigate);
      instance.data = next.data;
      instance.options = next.options ?? {};
      instance.update();
      mark(spec);
    });
    return () => {
      gone = true;
      stopPrintResize();
      instance?.destroy();
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

/** Slide size and the title block's and the source line's heights, in picture pixels. */
const SLIDE = { W: 1600, H: 900, HEAD: 130, FOOT: 40 };

/**
 * A 1600 × 900 PNG for slides: the title block (title, facts, the DEMO label), the body drawn by
 * `body` into the room between it and the source line at the bottom.
 */
function slideFrame(header: SlideHeader, body: (g: CanvasRenderingContext2D, box: { x: number; y: number; w: number; h: number }) => void): string {
  const { W, H, HEAD, FOOT } = SLIDE;
  const out = document.createElement('canvas');
  out.width = W;
  out.height = H;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, W, H);
  const font = FONT;
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
  g.save();
  body(g, { x: 0, y: HEAD, w: W, h: H - HEAD - FOOT });
  g.restore();
  g.font = `18px ${font}`;
  g.fillStyle = '#444444';
  g.textBaseline = 'alphabetic';
  g.fillText(header.source, 40, H - 14, W - 80);
  return out.toDataURL('image/png');
}

/**
 * A 1600 × 900 PNG for slides: the title block, then the chart drawn afresh at 800 × 380 CSS px
 * and twice the pixel density, so its text is as large relative to the picture as on screen.
 */
export async function slidePng(spec: ChartSpec, lang: Lang, header: SlideHeader): Promise<string> {
  const Chart = await loadChart();
  return slideFrame(header, (g, area) => {
    const box = document.createElement('canvas');
    box.width = area.w / 2;
    box.height = area.h / 2;
    const config = toChartConfig(spec, lang);
    // the header above says the title: the chart does not repeat it
    config.options = { ...config.options, responsive: false, devicePixelRatio: 2, animation: false, plugins: { ...config.options?.plugins, title: { display: false } } };
    const drawn = new Chart(box, config);
    g.drawImage(box, area.x, area.y, area.w, area.h);
    drawn.destroy();
  });
}

/** A heat table for a slide: row names, then one column per year. */
export interface HeatSlide {
  rowHeader: string;
  columns: string[];
  rows: { label: string; cells: { value: number | null; detail: string }[] }[];
  /** Cell colours and text (the page's shades, ≥ 4.5:1) and the value as the page writes it. */
  shade: (v: number | null) => { background: string; color: string };
  format: (v: number | null) => string;
  /** The year in progress: its column headed on two lines, "2026" over "(đến 29/10)" (issue 13.9). */
  partial?: { label: string; lines: string[] };
}

/**
 * The heat table at slide size (issue 13.7): every row and year in the room under the title block,
 * cells in the page's shades with their values (and their counts where the rows are tall enough),
 * the row names cut with "…" to their column.
 */
export function heatSlidePng(table: HeatSlide, header: SlideHeader): string {
  return slideFrame(header, (g, area) => {
    const font = FONT;
    const pad = 40;
    const top = area.y + 4;
    const headLines = (c: string) => (table.partial && c === table.partial.label ? table.partial.lines : [c]);
    const headH = table.columns.some((c) => headLines(c).length > 1) ? 46 : 30;
    const rowH = Math.min(44, (area.h - 8 - headH) / Math.max(1, table.rows.length));
    const nameW = Math.min(560, (area.w - 2 * pad) * 0.38);
    const cellW = (area.w - 2 * pad - nameW) / Math.max(1, table.columns.length);
    const size = Math.max(10, Math.min(18, Math.floor(rowH * 0.5)));
    const withDetail = rowH >= 36;
    const fit = (text: string, w: number) => {
      if (g.measureText(text).width <= w) return text;
      let t = text;
      while (t.length > 1 && g.measureText(`${t}…`).width > w) t = t.slice(0, -1);
      return `${t.trimEnd()}…`;
    };
    g.textBaseline = 'middle';
    g.fillStyle = '#eef1f4';
    g.fillRect(pad, top, area.w - 2 * pad, headH);
    g.fillStyle = '#111111';
    g.font = `bold 16px ${font}`;
    g.textAlign = 'left';
    g.fillText(fit(table.rowHeader, nameW - 12), pad + 6, top + headH / 2);
    g.textAlign = 'center';
    table.columns.forEach((c, i) => {
      const lines = headLines(c);
      lines.forEach((line, k) => {
        g.font = k === 0 ? `bold 16px ${font}` : `13px ${font}`;
        g.fillText(line, pad + nameW + (i + 0.5) * cellW, top + (headH * (k + 0.5)) / lines.length, cellW - 4);
      });
    });
    table.rows.forEach((r, n) => {
      const y = top + headH + n * rowH;
      g.textAlign = 'left';
      g.fillStyle = '#111111';
      g.font = `${size}px ${font}`;
      g.fillText(fit(r.label, nameW - 12), pad + 6, y + rowH / 2);
      g.fillStyle = '#d6dce2';
      g.fillRect(pad, y + rowH - 1, nameW, 1);
      r.cells.forEach((cell, i) => {
        if (cell.value === null && !cell.detail) return;
        const s = table.shade(cell.value);
        const x = pad + nameW + i * cellW;
        g.fillStyle = s.background === 'transparent' ? '#ffffff' : s.background;
        g.fillRect(x + 1, y + 1, cellW - 2, rowH - 2);
        g.fillStyle = s.color === 'inherit' ? '#111111' : s.color;
        g.textAlign = 'center';
        g.font = `bold ${size}px ${font}`;
        const cx = x + cellW / 2;
        if (withDetail) {
          g.fillText(table.format(cell.value), cx, y + rowH * 0.36, cellW - 4);
          g.font = `${Math.max(10, size - 5)}px ${font}`;
          g.fillText(cell.detail, cx, y + rowH * 0.74, cellW - 4);
        } else {
          g.fillText(table.format(cell.value), cx, y + rowH / 2, cellW - 4);
        }
      });
    });
  });
}
