import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';

/**
 * A file that was asked for cannot be written (missing or read-only folder, disk full…): one line
 * naming the file and the reason, never a stack trace (CLI: exit 1; scheduler: logged, retried).
 */
export class OutputError extends Error {
  override name = 'OutputError';
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    reason: string,
  ) {
    super(`cannot write ${file}: ${reason}`);
  }
}

const REASONS: Record<string, (file: string) => string> = {
  ENOENT: (f) => `the folder ${path.dirname(f)} does not exist`,
  ENOTDIR: (f) => `a part of ${path.dirname(f)} is a file, not a folder`,
  EACCES: (f) => `no permission to write in ${path.dirname(f)}`,
  EPERM: (f) => `no permission to write in ${path.dirname(f)}`,
  EROFS: (f) => `${path.dirname(f)} is on a read-only file system`,
  ENOSPC: () => 'the disk is full',
  EDQUOT: () => 'the disk quota is used up',
  EISDIR: (f) => `${f} is a folder`,
  EMFILE: () => 'too many open files',
};

/** A file-system error of writing `file` as an OutputError; any other error unchanged. */
export function outputError(file: string, e: unknown): unknown {
  if (e instanceof OutputError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (!code || !(e as NodeJS.ErrnoException).syscall) return e;
  const reason = REASONS[code]?.(file) ?? (e as Error).message;
  return new OutputError(file, code, `${reason} (${code})`);
}

/**
 * Writes `file` through `write` without ever leaving half a file under its name: the bytes go to
 * a temporary file beside it, renamed into place once complete. The temporary file is opened
 * before `write` runs (a folder that cannot take it fails at once, before any work), and a write
 * error of the stream (disk full mid-way) ends the wait even if `write` would wait forever for a
 * stream that is gone. Every file-system failure is an OutputError; nothing is left behind.
 * `write` must end the stream (the CSV and XLSX writers do).
 */
export async function writeFileAtomically(file: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const tmp = `${file}.${process.pid}.part`;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(tmp, 'w');
  } catch (e) {
    throw outputError(file, e);
  }
  const stream = handle.createWriteStream();
  // rejected on the first stream error; handled here so it can never be an unhandled rejection
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => {});
  try {
    await Promise.race([write(stream), failed]);
    if (!stream.closed) await Promise.race([once(stream, 'close'), failed]);
    await fs.rename(tmp, file);
  } catch (e) {
    stream.destroy();
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw outputError(file, e);
  }
}

/** mkdir -p, with its failure as an OutputError naming the file meant to go there. */
export async function makeFolderFor(file: string): Promise<void> {
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
  } catch (e) {
    throw outputError(file, e);
  }
}
