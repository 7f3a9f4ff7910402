import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * LibreOffice (`soffice`, Debian's libreoffice-calc-nogui) and poppler's `pdfinfo`/`pdftotext`
 * (poppler-utils), for the tests that print what we write the way an office does. .ci/run installs
 * both; elsewhere the tests that need them are skipped, saying why.
 */
function which(name: string, extra: string[] = []): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...extra];
  for (const d of dirs) {
    const p = path.join(d, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return null;
}

const soffice = which('soffice', ['/usr/lib/libreoffice/program', '/opt/libreoffice/program']);
const pdftotext = which('pdftotext');
const pdfinfo = which('pdfinfo');

/** Why the LibreOffice tests cannot run here (null: they can). */
export const officeMissing: string | null =
  [!soffice && 'LibreOffice (soffice)', !pdftotext && 'pdftotext', !pdfinfo && 'pdfinfo'].filter(Boolean).join(', ') || null;

/**
 * Converts spreadsheets to PDF with `soffice --headless --convert-to pdf`, one process for all of
 * them, in a profile of its own (parallel runs, and a person's LibreOffice, never collide).
 * Returns the PDFs' paths, in the order of `files`.
 */
export async function toPdf(files: string[], outDir: string): Promise<string[]> {
  if (!soffice) throw new Error(`cannot convert to PDF: ${officeMissing} not installed`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-lo-profile-'));
  try {
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      timeout: 240_000,
      env: { ...process.env, HOME: profile },
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const pdf = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, '') + '.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${f}`);
    return pdf;
  });
}

export interface PdfPage {
  /** In points (1/72 inch), as poppler reads the page's box. */
  width: number;
  height: number;
  /** The page's text laid out as printed (`pdftotext -layout`). */
  text: string;
  /** The text's non-empty lines. */
  lines: string[];
}

/** Every page of a PDF: its size and its text, read by poppler. */
export async function readPdf(pdf: string): Promise<PdfPage[]> {
  const info = (await run(pdfinfo!, [pdf])).stdout;
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const sizes = (await run(pdfinfo!, ['-f', '1', '-l', String(count), pdf])).stdout;
  const boxes = [...sizes.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[2]), height: Number(m[3]) }));
  // pages are separated by form feeds
  const texts = (await run(pdftotext!, ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.split('\f').slice(0, count);
  if (boxes.length !== count || texts.length !== count) throw new Error(`${pdf}: ${count} pages, ${boxes.length} sizes and ${texts.length} texts read`);
  return boxes.map((b, i) => ({ ...b, text: texts[i], lines: texts[i].split('\n').filter((l) => l.trim()) }));
}

/** A4 in points: 210 × 297 mm. */
export const A4 = { short: (210 / 25.4) * 72, long: (297 / 25.4) * 72 };

export const isA4 = (p: PdfPage) =>
  Math.abs(Math.min(p.width, p.height) - A4.short) < 1 && Math.abs(Math.max(p.width, p.height) - A4.long) < 1;
