/**
 * The export files the dashboard's /export proxy forwards to the API, and nothing else: publishing
 * the dashboard must not publish the API (/graphql, /explorer, /import). The path is decoded until
 * it stops changing (double encoding), normalised, then compared with this list — so `..`, `%2F`,
 * `%5C` and their encodings never reach a URL.
 */
const DATASETS = ['units', 'lineage', 'requirements', 'inspections', 'findings', 'recommendations', 'awards', 'plans', 'models'];
const ANALYTICS = ['coverage', 'compliance', 'compliance-summary', 'award-stats', 'plan-rate', 'open-recommendations', 'uninspected-units'];
// the planning page's draft programme and priority ranking (api/src/modules/planning/planning.export.ts)
const PLANNING = ['inspection-programme', 'inspection-priorities'];

const ALLOWED = new Set([
  ...[...DATASETS, ...ANALYTICS, ...PLANNING, 'query'].flatMap((n) => [`${n}.csv`, `${n}.xlsx`]),
  'report.xlsx',
]);

/** `query.csv|xlsx`: the one export that is a POST on the API (a figure's own GraphQL query). */
export const isQueryExport = (file: string) => file === 'query.csv' || file === 'query.xlsx';

/** The allowed file name a raw `/export/<path>` names, or null (then the proxy answers 404). */
export function exportFile(raw: string): string | null {
  let s = raw;
  for (let i = 0; ; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(s);
    } catch {
      return null; // a malformed escape is nobody's file name
    }
    if (decoded === s) break;
    if (i === 3) return null; // still changing after four rounds: an attempt, not a name
    s = decoded;
  }
  s = s.normalize('NFC').trim();
  return ALLOWED.has(s) ? s : null;
}
