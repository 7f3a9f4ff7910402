import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { pathUnderAFile, unwritableDir } from '../test/unwritable.js';
import { makeFolderFor, OutputError, writeFileAtomically } from './output-file.js';

const cleanup: (() => void)[] = [];
afterAll(() => cleanup.forEach((f) => f()));

const writeHello = async (out: Writable) => {
  out.end('hello\n');
};

describe('writeFileAtomically: every failure of the folder is one OutputError line, nothing left behind', () => {
  it('writes through a temporary file renamed into place', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-out-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    await writeFileAtomically(path.join(dir, 'a.csv'), writeHello);
    expect(fs.readdirSync(dir)).toEqual(['a.csv']);
    expect(fs.readFileSync(path.join(dir, 'a.csv'), 'utf8')).toBe('hello\n');
  });

  it('a folder that does not exist: named, and the writer never runs', async () => {
    let ran = false;
    const err = await writeFileAtomically('/no-such-dir/x.csv', async (out) => {
      ran = true;
      out.end();
    }).catch((e) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err.message).toBe('cannot write /no-such-dir/x.csv: the folder /no-such-dir does not exist (ENOENT)');
    expect(ran).toBe(false);
  });

  it('a folder nobody may write in (chmod, or read-only as root)', async () => {
    const ro = unwritableDir();
    cleanup.push(ro.remove);
    const file = path.join(ro.dir, 'x.xlsx');
    const err = await writeFileAtomically(file, writeHello).catch((e) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err.message, ro.how).toMatch(new RegExp(`^cannot write ${file}: (no permission to write in ${ro.dir} \\((EACCES|EPERM)\\)|${ro.dir} is on a read-only file system \\(EROFS\\))$`));
    ro.restore();
    expect(fs.readdirSync(ro.dir)).toEqual([]);
  });

  it('a path below a regular file, for the folder and for the file', async () => {
    const bad = pathUnderAFile();
    cleanup.push(bad.remove);
    const file = path.join(bad.dir, 'r.xlsx');
    await expect(makeFolderFor(file)).rejects.toThrow(new OutputError(file, 'ENOTDIR', `a part of ${bad.dir} is a file, not a folder (ENOTDIR)`));
    await expect(writeFileAtomically(file, writeHello)).rejects.toBeInstanceOf(OutputError);
  });

  it('a writer that fails: its own error, and the half file is gone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-out-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const err = await writeFileAtomically(path.join(dir, 'a.csv'), async (out) => {
      out.write('half');
      throw new Error('the query failed');
    }).catch((e) => e);
    expect(err.message).toBe('the query failed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('the disk failing mid-way ends the wait even when the writer waits forever', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qcdc-out-'));
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const err = await writeFileAtomically(path.join(dir, 'a.csv'), (out) => {
      // what the file system does when the disk fills up: the stream errors
      const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      out.destroy(full);
      return new Promise<void>(() => {});
    }).catch((e) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err.message).toBe(`cannot write ${path.join(dir, 'a.csv')}: the disk is full (ENOSPC)`);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
