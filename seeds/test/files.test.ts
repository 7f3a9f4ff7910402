import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { foundingDir, generateDemo, readTables, referenceDir, SHEET_ORDER, writeTables } from '../src/index.js';
import { requirements, units } from './helpers.js';

const seedsDir = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'qcdc-seeds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the packaged files', () => {
  it('exposes absolute paths to seeds/reference and seeds/founding', () => {
    expect(referenceDir).toBe(join(seedsDir, 'reference'));
    expect(foundingDir).toBe(join(seedsDir, 'founding'));
    expect(readdirSync(referenceDir).sort()).toEqual(['lineage.csv', 'requirements.csv', 'units.csv']);
    expect(readdirSync(foundingDir).sort()).toEqual(['awards.csv', 'findings.csv', 'inspections.csv', 'recommendations.csv']);
  });

  it('orders sheets so that each refers only to earlier ones', () => {
    expect(SHEET_ORDER).toEqual(['units', 'lineage', 'requirements', 'inspections', 'findings', 'recommendations', 'awards', 'plans', 'models']);
  });

  it('writes reference files exactly as stored (the seed CSVs are in canonical form)', () => {
    const dir = join(tmp, 'canonical');
    writeTables(dir, readTables(referenceDir));
    writeTables(dir, readTables(foundingDir));
    for (const name of readdirSync(referenceDir)) {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(referenceDir, name), 'utf8'));
    }
    for (const name of readdirSync(foundingDir)) {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(foundingDir, name), 'utf8'));
    }
  });

  it('round-trips the DEMO tables through CSV', () => {
    const demo = generateDemo({ units, requirements }, { fromYear: 2020, toYear: 2021 });
    const dir = join(tmp, 'demo');
    writeTables(dir, demo);
    expect(readTables(dir)).toEqual(
      Object.fromEntries(
        Object.entries(demo).map(([sheet, rows]) => [
          sheet,
          rows!.map((r) => ({ source_url: '', source_publisher: '', source_published_on: '', ...r })),
        ]),
      ),
    );
  });

  // the CLI is the compiled dist/cli.js: turbo builds the package before its tests
  it('node dist/cli.js --out DIR writes the DEMO CSVs', () => {
    const out = join(tmp, 'cli');
    execFileSync(process.execPath, [join(seedsDir, 'dist/cli.js'), '--out', out, '--from', '2019', '--to', '2019'], { encoding: 'utf8' });
    expect(readdirSync(out).sort()).toEqual(['awards.csv', 'findings.csv', 'inspections.csv', 'models.csv', 'plans.csv', 'recommendations.csv']);
    expect(readTables(out).inspections).toEqual(
      generateDemo({ units, requirements }, { fromYear: 2019, toYear: 2019 }).inspections!.map((r) => ({
        source_publisher: '',
        source_published_on: '',
        ...r,
      })),
    );
  });

  it('the CLI fails with a one-line reason without --out', () => {
    expect(() => execFileSync(process.execPath, [join(seedsDir, 'dist/cli.js')], { stdio: 'pipe' })).toThrow(/usage/);
  });
});
