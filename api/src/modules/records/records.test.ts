import { SHEET_COLUMNS } from '@qcdc/seeds';
import { describe, expect, it } from 'vitest';
import { findingRecord } from '../inspection/finding.record.js';
import { inspectionRecord } from '../inspection/inspection.record.js';
import { recommendationRecord } from '../inspection/recommendation.record.js';
import { datasetColumns } from '../export/datasets.js';
import { fromInput, inputFields } from './inputs.js';
import { interchangeFields, RECORDS, SHEETS } from './registry.js';
import { toChange, type Problem } from './validate.js';

/** SPEC §5.2, copied by hand: the columns of each file, `*` = required. */
const SPEC_5_2: Record<string, string> = {
  units: 'code*, name*, name_en, kind*, parent_code, valid_from, valid_to',
  lineage: 'date*, type*, from_codes, to_codes, decision, note',
  requirements: 'framework_code*, code*, title*, title_en, category*, valid_from, valid_to',
  // SPEC lists kind and source_title/source_url here; kind is required by the importer, the source columns are the provenance columns
  inspections: 'code*, unit_code*, date*, team*, leader, kind, rating, conclusion',
  findings: 'inspection_code*, requirement_code*, result*, note',
  recommendations: 'inspection_code*, seq*, text*, due_date, status*, resolved_on',
  awards: 'decision_number*, decision_date*, issuer*, kind*, recipient_code*, period_from, period_to, citation',
  plans: 'unit_code*, year*, issued_on, document_number',
  models: 'unit_code*, year*, title*, field, level',
};
const PROVENANCE = ['source_kind', 'source_title', 'source_url', 'source_publisher', 'source_published_on'];
/** The records of the interchange sheets; the boundaries come from GeoJSON files (issue 13.6). */
const TABULAR = RECORDS.filter((r) => !('file' in r && r.file));

describe('record declarations', () => {
  it('one declaration per interchange sheet, in load order; then the boundaries of GeoJSON files', () => {
    expect(TABULAR.map((r) => r.sheet)).toEqual([...SHEETS]);
    expect(RECORDS.map((r) => r.sheet)).toEqual([...SHEETS, 'boundaries']);
  });

  it('declare exactly the columns of SPEC §5.2 (with their required flags), then provenance', () => {
    for (const d of TABULAR) {
      expect(d.fields.map((f) => `${f.name}${f.required ? '*' : ''}`).join(', '), d.sheet).toBe(SPEC_5_2[d.sheet]);
      expect(interchangeFields(d.sheet as never).map((f) => f.name), d.sheet).toEqual([...d.fields.map((f) => f.name), ...PROVENANCE]);
    }
  });

  it('the seeds write the declared columns', () => {
    for (const d of TABULAR) {
      const own = SHEET_COLUMNS[d.sheet as keyof typeof SHEET_COLUMNS].filter((c) => !PROVENANCE.includes(c));
      expect(own, d.sheet).toEqual(d.fields.map((f) => f.name));
    }
  });

  it('export the declared columns with their Vietnamese headers; provenance only for records with a source', () => {
    for (const d of TABULAR) {
      const cols = datasetColumns(d.sheet as never);
      expect(cols.map((c) => c.code), d.sheet).toEqual([...d.fields.map((f) => f.name), ...(d.source ? PROVENANCE : [])]);
      expect(cols.slice(0, d.fields.length).map((c) => c.vi)).toEqual(d.fields.map((f) => f.vi));
    }
    expect(datasetColumns('inspections').find((c) => c.code === 'unit_code')).toEqual({ key: 'unit_code', code: 'unit_code', vi: 'Mã đơn vị', kind: 'text' });
  });

  it('give the GraphQL inputs of SPEC §6.3', () => {
    const fields = (xs: { name: string; type: string }[]) => xs.map((x) => `${x.name}: ${x.type}`);
    // InspectionInput without the code (assigned) and the nested lists; the enum of ratings is called Rating in this schema
    expect(fields(inputFields(inspectionRecord, ['code']))).toEqual([
      'unitCode: String!', 'date: Date!', 'team: String!', 'leader: String', 'kind: InspectionKind!', 'rating: Rating', 'conclusion: String',
    ]);
    expect(fields(inputFields(findingRecord, ['inspection_code']))).toEqual(['requirementCode: String!', 'result: FindingResult!', 'note: String']);
    // seq is the position in the list; resolved_on comes along with the status
    expect(fields(inputFields(recommendationRecord, ['inspection_code', 'seq']))).toEqual([
      'text: String!', 'dueDate: Date', 'status: RecommendationStatus!', 'resolvedOn: Date',
    ]);
  });

  it('an API input becomes a change, and a bad value is named by its input field', () => {
    const problems: Problem[] = [];
    const source = () => ({ kind: 'REPORT' as const, title: 't', url: null, publisher: null, publishedOn: null });
    const ok = toChange('inspections', fromInput({ code: 'K1', unitCode: 'W1', date: '27/10/2021', team: 'Đoàn 2', kind: 'periodic' }), { input: 'input' }, source as never, problems);
    expect(problems).toEqual([]);
    expect(ok!.values).toMatchObject({ code: 'K1', unit_code: 'W1', date: '2021-10-27', team: 'Đoàn 2', kind: 'PERIODIC', rating: null });
    const bad = toChange('inspections', fromInput({ code: 'K2', unitCode: 'W1', date: '31/02/2021', kind: 'PERIODIC' }), { input: 'input' }, source as never, problems);
    expect(bad).toBeNull();
    expect(problems).toEqual([
      { field: 'input.date', message: '"31/02/2021" is not a date (use YYYY-MM-DD or DD/MM/YYYY)' },
      { field: 'input.team', message: '"team" is required' },
    ]);
  });
});
