#!/usr/bin/env node
/**
 * node dist/cli.js --out DIR [--seed N] [--from YEAR] [--to YEAR] [--until YYYY-MM-DD]
 * Writes the DEMO tables (inspections, findings, recommendations, awards, plans, models) as
 * interchange CSV into DIR, generated from the reference units and requirements.
 */
import { parseArgs } from 'node:util';
import { generateDemo, readTables, referenceDir, writeTables } from './index.js';

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      until: { type: 'string' },
    },
    strict: true,
  });
  if (!values.out) throw new Error('usage: node dist/cli.js --out DIR [--seed N] [--from YEAR] [--to YEAR] [--until YYYY-MM-DD]');
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, got "${v}"`);
    return Number(v);
  };
  if (values.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.until)) {
    throw new Error(`--until must be YYYY-MM-DD, got "${values.until}"`);
  }
  const reference = readTables(referenceDir);
  const tables = generateDemo(
    { units: reference.units ?? [], requirements: reference.requirements ?? [] },
    { seed: int('seed', values.seed), fromYear: int('from', values.from), toYear: int('to', values.to), until: values.until },
  );
  for (const path of writeTables(values.out, tables)) console.log(path);
}

try {
  main();
} catch (error) {
  console.error(`seeds demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
