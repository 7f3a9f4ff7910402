import type { Sql } from '../../shared/sql.js';
import { UnitKind } from '../../shared/enums.js';
import { columnsOf, HEADER_VI, SHEETS, SOURCE_COLUMNS, type SheetName } from '../interchange/sheets.js';
import { ExportInputError, type CellKind, type OutColumn, type Row, type Table } from './table.js';

/** Which records a dataset export holds. Without years: all of them; without unit filters: every kind, CITY included. */
export interface DatasetFilter {
  fromYear?: number | null;
  toYear?: number | null;
  unitKinds?: string[] | null;
  withinUnit?: string | null;
}

/** Rows fetched per query: bounded memory, and the connection is free between batches. */
export const EXPORT_BATCH = 5000;

const iso = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;
const SOURCE_SELECT = `sd.kind as source_kind, sd.title as source_title, sd.url as source_url, sd.publisher as source_publisher, ${iso('sd.published_on')} as source_published_on`;
const C = 'collate "C"';

interface Def {
  /** main table, aliased x */
  table: string;
  joins: string;
  select: string;
  /** ORDER BY over the SPEC §5.2 key, byte order so every database sorts alike */
  order: string;
  /** the unit a record belongs to, for unitKinds/withinUnit */
  unitId?: string;
  /** the year filter, given the first and last day of the span as SQL expressions */
  years?: (from: string, to: string) => string;
  source: boolean;
}

const validIn = (x: string) => (from: string, to: string) => `(${x}.valid_from is null or ${x}.valid_from <= ${to}) and (${x}.valid_to is null or ${x}.valid_to >= ${from})`;

const DEFS: Record<SheetName, Def> = {
  units: {
    table: 'unit', joins: 'left join unit p on p.id = x.parent_id',
    select: `x.code, x.name, x.name_en, x.kind, p.code as parent_code, ${iso('x.valid_from')} as valid_from, ${iso('x.valid_to')} as valid_to`,
    order: `x.code ${C}`, unitId: 'x.id', years: validIn('x'), source: true,
  },
  lineage: {
    table: 'lineage_event', joins: '',
    select: `${iso('x.date')} as date, x.type,
      (select string_agg(u.code, ';' order by l.position) from lineage_event_unit l join unit u on u.id = l.unit_id where l.event_id = x.id and l.role = 'FROM') as from_codes,
      (select string_agg(u.code, ';' order by l.position) from lineage_event_unit l join unit u on u.id = l.unit_id where l.event_id = x.id and l.role = 'TO') as to_codes,
      x.decision, x.note`,
    // the natural key is exactly "all columns but note", ISO date first
    order: `x.natural_key ${C}`, years: (f, t) => `x.date between ${f} and ${t}`, source: true,
  },
  requirements: {
    table: 'requirement', joins: 'join framework f on f.id = x.framework_id',
    select: `f.code as framework_code, x.code, x.title, x.title_en, x.category, ${iso('x.valid_from')} as valid_from, ${iso('x.valid_to')} as valid_to`,
    order: `x.code ${C}`, years: validIn('x'), source: true,
  },
  inspections: {
    table: 'inspection', joins: 'join unit u on u.id = x.unit_id join inspection_team tm on tm.id = x.team_id',
    select: `x.code, u.code as unit_code, ${iso('x.date')} as date, tm.name as team, x.leader, x.kind, x.rating, x.conclusion`,
    order: `x.code ${C}`, unitId: 'x.unit_id', years: (f, t) => `x.date between ${f} and ${t}`, source: true,
  },
  findings: {
    table: 'finding', joins: 'join inspection i on i.id = x.inspection_id join requirement q on q.id = x.requirement_id',
    select: 'i.code as inspection_code, q.code as requirement_code, x.result, x.note',
    order: `i.code ${C}, q.code ${C}`, unitId: 'i.unit_id', years: (f, t) => `i.date between ${f} and ${t}`, source: false,
  },
  recommendations: {
    table: 'recommendation', joins: 'join inspection i on i.id = x.inspection_id',
    select: `i.code as inspection_code, x.seq, x.text, ${iso('x.due_date')} as due_date, x.status, ${iso('x.resolved_on')} as resolved_on`,
    order: `i.code ${C}, x.seq`, unitId: 'i.unit_id', years: (f, t) => `i.date between ${f} and ${t}`, source: false,
  },
  awards: {
    table: 'award', joins: 'join award_decision dn on dn.id = x.decision_id join unit u on u.id = x.recipient_id',
    select: `dn.number as decision_number, ${iso('dn.date')} as decision_date, dn.issuer, dn.kind, u.code as recipient_code, dn.period_from, dn.period_to, x.citation`,
    order: `dn.date nulls first, dn.number ${C} nulls first, dn.issuer ${C}, dn.kind, dn.period_from nulls first, dn.period_to nulls first, u.code ${C}`,
    unitId: 'x.recipient_id',
    // a decision known only by its period counts in the span its period overlaps
    years: (f, t) => `(dn.date between ${f} and ${t} or (dn.date is null and dn.period_from <= extract(year from ${t}) and dn.period_to >= extract(year from ${f})))`,
    source: true,
  },
  plans: {
    table: 'annual_plan', joins: 'join unit u on u.id = x.unit_id',
    select: `u.code as unit_code, x.year, ${iso('x.issued_on')} as issued_on, x.document_number`,
    order: `u.code ${C}, x.year`, unitId: 'x.unit_id', years: (f, t) => `x.year between extract(year from ${f}) and extract(year from ${t})`, source: true,
  },
  models: {
    table: 'model', joins: 'join unit u on u.id = x.unit_id',
    select: 'u.code as unit_code, x.year, x.title, x.field, x.level',
    order: `u.code ${C}, x.year, x.title ${C}`, unitId: 'x.unit_id', years: (f, t) => `x.year between extract(year from ${f}) and extract(year from ${t})`, source: true,
  },
};

export const isDataset = (name: string): name is SheetName => (SHEETS as readonly string[]).includes(name);

/** The columns of a dataset export: SPEC §5.2 plus provenance, exactly what the importer accepts. */
export function datasetColumns(sheet: SheetName): OutColumn[] {
  const cols = DEFS[sheet].source ? columnsOf(sheet) : columnsOf(sheet).filter((c) => !SOURCE_COLUMNS.includes(c));
  return cols.map((c) => {
    const kind: CellKind = c.type.kind === 'date' ? 'date' : c.type.kind === 'int' ? 'int' : 'text';
    return { key: c.name, code: c.name, vi: HEADER_VI[c.name] ?? c.name, kind };
  });
}

const DATASET_VI: Record<SheetName, string> = {
  units: 'Đơn vị', lineage: 'Biến động đơn vị', requirements: 'Tiêu chí', inspections: 'Kiểm tra', findings: 'Kết quả kiểm tra',
  recommendations: 'Kiến nghị', awards: 'Khen thưởng', plans: 'Kế hoạch', models: 'Mô hình Dân vận khéo',
};

function checkFilter(f: DatasetFilter): void {
  for (const [k, v] of [['from', f.fromYear], ['to', f.toYear]] as const) {
    if (v !== null && v !== undefined && (!Number.isInteger(v) || v < 1900 || v > 2200)) throw new ExportInputError(`${k} must be a year between 1900 and 2200, got ${v}`);
  }
  if (f.fromYear != null && f.toYear != null && f.fromYear > f.toYear) throw new ExportInputError(`from (${f.fromYear}) is after to (${f.toYear})`);
  for (const k of f.unitKinds ?? []) {
    if (!(Object.values(UnitKind) as string[]).includes(k)) throw new ExportInputError(`unknown unit kind "${k}" (one of ${Object.values(UnitKind).join(', ')})`);
  }
}

/**
 * A dataset as a table of batches, ordered by its key. First the ordered ids (one query, one sort),
 * then the rows EXPORT_BATCH at a time: memory stays flat and the one embedded connection is
 * free between batches, so requests are not held up by a long export.
 */
export async function datasetTable(sql: Sql, sheet: SheetName, filter: DatasetFilter = {}): Promise<Table> {
  checkFilter(filter);
  const d = DEFS[sheet];
  const params: unknown[] = [];
  const where: string[] = [];
  let prefix = '';
  if (filter.withinUnit && d.unitId) {
    const [unit] = await sql<{ id: number }>('select id from unit where code = ?', [filter.withinUnit]);
    if (!unit) throw new ExportInputError(`withinUnit: unknown unit code "${filter.withinUnit}"`);
    prefix = 'with recursive subtree as (select id from unit where id = ? union all select c.id from unit c join subtree s on c.parent_id = s.id) ';
    params.push(unit.id);
    where.push(`${d.unitId} in (select id from subtree)`);
  }
  if (d.years && (filter.fromYear != null || filter.toYear != null)) {
    // checked integers, written as literals: a filter may use each bound more than once, in any order
    where.push(d.years(`make_date(${Number(filter.fromYear ?? 1900)}, 1, 1)`, `make_date(${Number(filter.toYear ?? 2200)}, 12, 31)`));
  }
  if (filter.unitKinds?.length && d.unitId) {
    where.push(`${d.unitId} in (select id from unit where kind = any(?::text[]))`);
    params.push(filter.unitKinds);
  }
  const [{ ids }] = await sql<{ ids: number[] }>(
    `${prefix}select coalesce(array_agg(x.id order by ${d.order}), '{}') as ids from ${d.table} x ${d.joins} ${where.length ? `where ${where.join(' and ')}` : ''}`,
    params,
  );
  const select = `${d.select}${d.source ? `, ${SOURCE_SELECT}` : ''}`;
  const joins = `${d.joins}${d.source ? ' left join source_document sd on sd.id = x.source_id' : ''}`;
  async function* batches(): AsyncIterable<Row[]> {
    for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
      yield await sql<Row>(
        `select ${select} from unnest(?::int[]) with ordinality as o(id, n) join ${d.table} x on x.id = o.id ${joins} order by o.n`,
        [ids.slice(i, i + EXPORT_BATCH)],
      );
    }
  }
  return { name: sheet, vi: DATASET_VI[sheet], columns: datasetColumns(sheet), batches: batches() };
}
