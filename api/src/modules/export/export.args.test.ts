import { describe, expect, it } from 'vitest';
import { SHEETS } from '../records/registry.js';
import { ANALYTICS, UNINSPECTED } from './analytics-tables.js';
import { EXPORT_NAMES, parseExportArgs } from './export.args.js';

describe('the export arguments, read without the exporter (issue 15.5)', () => {
  it('name exactly the datasets and analytics tables the exporter has', () => {
    expect(EXPORT_NAMES).toEqual([...SHEETS, ...Object.keys(ANALYTICS), UNINSPECTED]);
  });

  it('refuse an unknown dataset, and take the GraphQL names of analytics tables', () => {
    expect(() => parseExportArgs(['unitz'])).toThrow(/^unknown dataset "unitz" \(one of units, lineage, requirements/);
    expect(parseExportArgs(['awardStats', '--format', 'xlsx']).request).toMatchObject({ name: 'awardStats', format: 'xlsx' });
  });
});
