import { GraphQLError } from 'graphql';
import type { Sql } from '../../shared/sql.js';
import { ReadScope } from '../scope/read-scope.js';
import { UnitKind } from '../../shared/enums.js';
import { columnsOf, SHEETS, type SheetName } from '../interchange/sheets.js';
import type { RecordDecl } from '../records/record.js';
import { recordOf } from '../records/registry.js';
import { SOURCE_SELECT } from '../source/source.record.js';
import { ExportForbiddenError, ExportInputError, type CellKind, type OutColumn, type Row, type Table } from './table.js';

/** Which records a dataset export holds. Without years: all of them; without unit filters: every kind, CITY included. */
export interface DatasetFilter {
  fromYear?: number | null;
  toYear?: number | null;
  unitKinds?: string[] | null;
  withinUnit?: string | null;
}

/** Rows fetched per query: bounded memory, and the connection is free between batches. */
export const EXPORT_BATCH = 5000;

const C = 'collate "C"';

interface Def {
  /** main table, aliased x */
  table: string;
  joins: string;
  select: string;
  /** ORDER BY over the SPEC §5.2 key, byte order so every database sorts alike */
  order: string;
  unitId?: string;
  years?: (from: string, to: string) => string;
  counted?: string;
  source: boolean;
}

/**
 * How a dataset export reads a record, derived from its declaration: plain fields as columns of x,
 * references by their natural key through a join (alias r_<field>), dates as ISO text, ordered by
 * the key unless the declaration says otherwise.
 */
function defOf(d: RecordDecl): Def {
  const joins: string[] = [];
  const select: string[] = [];
  const expr = new Map<string, string>();
  for (const f of d.fields) {
    let e = d.export.select?.[f.name];
    if (!e && f.ref && f.column) {
      const alias = `r_${f.name}`;
      joins.push(`${f.required ? 'join' : 'left join'} ${f.ref.table} ${alias} on ${alias}.id = x.${f.column}`);
      e = `${alias}.${f.ref.keyColumn}`;
    }
    if (!e) e = f.type.kind === 'date' ? `to_char(x.${f.column}, 'YYYY-MM-DD')` : `x.${f.column}`;
    expr.set(f.name, e);
    select.push(`${e} as ${f.name}`);
  }
  const order =
    d.export.order ??
    d.key.map((k) => {
      const f = d.fields.find((x) => x.name === k)!;
      const e = f.ref ? expr.get(k)! : `x.${f.column}`;
      return f.type.kind === 'text' ? `${e} ${C}` : e;
    }).join(', ');
  return {
    table: d.table,
    joins: [d.export.joins ?? '', ...joins].filter(Boolean).join(' '),
    select: select.join(', '),
    order,
    unitId: d.export.unitId,
    years: d.export.years,
    counted: d.export.counted,
    source: d.source,
  };
}


export const isDataset = (name: string): name is SheetName => (SHEETS as readonly string[]).includes(name);

/** The columns of a dataset export: SPEC §5.2 plus provenance, exactly what the importer accepts. */
export function datasetColumns(sheet: SheetName): OutColumn[] {
  const cols = recordOf(sheet).source ? columnsOf(sheet) : recordOf(sheet).fields;
  return cols.map((c) => {
    const kind: CellKind = c.type.kind === 'date' ? 'date' : c.type.kind === 'int' ? 'int' : 'text';
    // Vietnamese sheets show the Vietnamese words under Vietnamese headers; the importer reads them back as codes
    return { key: c.name, code: c.name, vi: c.vi, kind, labels: c.type.kind === 'enum' ? c.type.name : undefined };
  });
}

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
export async function datasetTable(reader: ReadScope | Sql, sheet: SheetName, filter: DatasetFilter = {}): Promise<Table> {
  checkFilter(filter);
  // plain SQL (the CLI, tests): the whole city
  const scope = reader instanceof ReadScope ? reader : new ReadScope(reader, null);
  const sql = scope.sql;
  const d = defOf(recordOf(sheet));
  const params: unknown[] = [];
  const where: string[] = d.counted ? [d.counted] : [];
  let withinUnitId: number | null = null;
  if (filter.withinUnit) {
    try {
      withinUnitId = (await scope.unitIds({ withinUnit: filter.withinUnit })).withinUnit;
    } catch (e) {
      if (e instanceof GraphQLError) throw new (e.extensions.code === 'FORBIDDEN' ? ExportForbiddenError : ExportInputError)(e.message);
      throw e;
    }
  }
  // the records of the units asked for (withinUnit) or the reader may see; lineage events when one of their units is
  const unitsAny = sheet === 'lineage' ? 'exists (select 1 from lineage_event_unit l where l.event_id = x.id and l.unit_id = any(?::int[]))' : null;
  const units = withinUnitId !== null && (d.unitId || unitsAny) ? await scope.within(withinUnitId) : await scope.units();
  if (units && d.unitId) {
    where.push(`${d.unitId} = any(?::int[])`);
    params.push(units);
  } else if (units && unitsAny) {
    where.push(unitsAny);
    params.push(units);
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
    `select coalesce(array_agg(x.id order by ${d.order}), '{}') as ids from ${d.table} x ${d.joins} ${where.length ? `where ${where.join(' and ')}` : ''}`,
    params,
  );
  let select = `${d.select}${d.source ? `, ${SOURCE_SELECT}` : ''}`;
  const selectParams: unknown[] = [];
  const visible = await scope.units();
  if (visible && sheet === 'lineage') {
    // a scoped reader's lineage rows name only the units in scope (one parameter per side)
    select = select.replaceAll('where l.event_id = x.id', 'where l.event_id = x.id and l.unit_id = any(?::int[])');
    selectParams.push(visible, visible);
  }
  if (visible && sheet === 'units') {
    // a scope root's parent lies outside: not named
    select = select.replace('r_parent_code.code as parent_code', 'case when r_parent_code.id = any(?::int[]) then r_parent_code.code end as parent_code');
    selectParams.push(visible);
  }
  const joins = `${d.joins}${d.source ? ' left join source_document sd on sd.id = x.source_id' : ''}`;
  async function* batches(): AsyncIterable<Row[]> {
    for (let i = 0; i < ids.length; i += EXPORT_BATCH) {
      yield await sql<Row>(
        `select ${select} from unnest(?::int[]) with ordinality as o(id, n) join ${d.table} x on x.id = o.id ${joins} order by o.n`,
        [...selectParams, ids.slice(i, i + EXPORT_BATCH)],
      );
    }
  }
  return { name: sheet, vi: recordOf(sheet).vi, columns: datasetColumns(sheet), batches: batches(), total: ids.length };
}
