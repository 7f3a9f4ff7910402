/**
 * The CLI's usage text, with no imports: `qcdc --help`, `qcdc` alone and an unknown command are
 * answered from here by bin/qcdc.js without loading the API (or opening a database), in well
 * under a second. The lines of the feature commands must say what their modules say
 * (cli-usage.test.ts compares them with src/cli-commands.ts).
 */
export const COMMAND_LINES: readonly { name: string; usage: string; summary: string }[] = [
  { name: 'migrate', usage: 'migrate', summary: 'bring the database schema up to date (no data)' },
  { name: 'seed', usage: 'seed [--no-demo]', summary: 'load reference data, the founding record and DEMO data (idempotent)' },
  {
    name: 'import',
    usage: 'import PATH… [--dry-run] [--lang vi|en] [--errors FILE]',
    summary: 'import interchange files: an XLSX workbook, CSV files, GeoJSON boundaries (.geojson) or a folder',
  },
  { name: 'export', usage: 'export DATASET [options]', summary: 'a dataset or analytics table as CSV/XLSX: --format, --from, --to, --out (export --help)' },
  { name: 'report', usage: 'report --year Y --out FILE', summary: 'the report pack workbook (.xlsx), also --from/--to, --structure (report --help)' },
  { name: 'user', usage: 'user add|list|disable …', summary: 'accounts: add LOGIN --role ROLE [--scope CODE]…, list, disable LOGIN' },
  { name: 'token', usage: 'token create|list|revoke …', summary: 'API tokens: create LOGIN [--name NAME] (printed once), list, revoke NAME' },
];

const line = (c: { usage: string; summary: string }) =>
  c.usage.length >= 32 ? `  ${c.usage}\n${' '.repeat(34)}${c.summary}` : `  ${c.usage.padEnd(32)}${c.summary}`;

export const USAGE = `usage: qcdc <command> [options]

${COMMAND_LINES.map(line).join('\n')}

The database is DATABASE_URL (PostgreSQL), else the embedded one in DATA_DIR (default .data).`;

export const COMMANDS: ReadonlySet<string> = new Set(COMMAND_LINES.map((c) => c.name));
