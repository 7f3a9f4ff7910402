import { describe, expect, it } from 'vitest';
import { exportFile } from './export-path';

describe('exportFile: the proxy forwards only the export files it knows', () => {
  it('accepts the dataset, analytics, report and query files', () => {
    expect(exportFile('units.csv')).toBe('units.csv');
    expect(exportFile('compliance-summary.xlsx')).toBe('compliance-summary.xlsx');
    expect(exportFile('report.xlsx')).toBe('report.xlsx');
    expect(exportFile('query.csv')).toBe('query.csv');
    // an encoded but harmless name is still that name
    expect(exportFile('units%2Ecsv')).toBe('units.csv');
  });

  it('refuses traversal in every spelling, other API routes and unknown names', () => {
    for (const p of [
      '../graphql', '..%2Fgraphql', '%2E%2E%2Fgraphql', '..%252Fgraphql', '%252E%252E%252Fexplorer', '..%5Cgraphql', '..\\graphql',
      '%2e%2e/%2e%2e/healthz', 'units.csv/../../graphql', 'units.csv%2F..%2F..%2Fimport', '..%25252Fgraphql', '%25252525', '%E0%A4%A',
      'graphql', 'explorer', 'import', 'report.csv', 'units.json', 'units.csv%00', ' units.csv/', '',
    ]) {
      expect(exportFile(p), p).toBeNull();
    }
  });
});
