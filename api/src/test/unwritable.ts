import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Unwritable {
  /** An existing, empty folder in which creating a file really fails, for this process too. */
  dir: string;
  /** How it was made so: `chmod` (not root) or `read-only bind mount` (root ignores modes). */
  how: string;
  /** Makes it writable again (the folder stays). */
  restore(): void;
  /** Restores and deletes it. */
  remove(): void;
}

/**
 * A folder this process cannot write in. As a regular user `chmod 555` does it; root ignores file
 * modes, so as root the folder is bind-mounted read-only onto itself (EROFS), or where mounting is
 * not allowed made immutable (chattr +i, EPERM). Either way the
 * helper proves it by trying to create a file, and throws if that succeeded: a test that means to
 * exercise an unwritable folder never silently exercises a writable one.
 */
export function unwritableDir(prefix = 'qcdc-unwritable-'): Unwritable {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dir = path.join(base, 'exports');
  fs.mkdirSync(dir);
  let how: string;
  let restore: () => void;
  if (process.getuid?.() === 0) {
    try {
      execFileSync('mount', ['--bind', '-o', 'ro', dir, dir], { stdio: 'pipe' });
      how = 'read-only bind mount';
      let mounted = true;
      restore = () => {
        if (mounted) execFileSync('umount', [dir], { stdio: 'pipe' });
        mounted = false;
      };
    } catch {
      // a container without CAP_SYS_ADMIN: the immutable attribute stops root too (CAP_LINUX_IMMUTABLE)
      execFileSync('chattr', ['+i', dir], { stdio: 'pipe' });
      how = 'chattr +i';
      restore = () => execFileSync('chattr', ['-i', dir], { stdio: 'pipe' });
    }
  } else {
    fs.chmodSync(dir, 0o555);
    how = 'chmod 555';
    restore = () => fs.chmodSync(dir, 0o755);
  }
  const probe = path.join(dir, 'probe');
  let wrote = false;
  try {
    fs.writeFileSync(probe, 'x');
    wrote = true;
  } catch {
    /* what we want */
  }
  if (wrote) {
    restore();
    fs.rmSync(base, { recursive: true, force: true });
    throw new Error(`could not make ${dir} unwritable (${how} did not stop a write)`);
  }
  return {
    dir,
    how,
    restore,
    remove: () => {
      restore();
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

/** A path below a regular file: no user, root included, can create a folder or file there (ENOTDIR). */
export function pathUnderAFile(prefix = 'qcdc-notdir-'): { dir: string; remove(): void } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(path.join(base, 'a-file'), 'x');
  return { dir: path.join(base, 'a-file', 'exports'), remove: () => fs.rmSync(base, { recursive: true, force: true }) };
}
