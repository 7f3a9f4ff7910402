import { throwIfUnavailable } from '../../shared/db-availability.js';
import { ExportInputError, oneBatch, type CellKind, type OutColumn, type Row, type Table } from './table.js';
import type { Execute } from '../../shared/execute.js';
import { runList } from './analytics-tables.js';

/** The first list in a GraphQL result, depth-first in field order: a plain list, or the `nodes`/`edges` of a connection. */
export function firstList(value: unknown): { path: string; rows: unknown[] } | null {
  if (Array.isArray(value)) return { path: '', rows: value };
  if (value === null || typeof value !== 'object') return null;
  const obj = value as Row;
  if (Array.isArray(obj.edges) && !Array.isArray(obj.nodes)) {
    return { path: 'edges', rows: (obj.edges as { node?: unknown }[]).map((e) => (e && typeof e === 'object' && 'node' in e ? e.node : e)) };
  }
  for (const [key, v] of Object.entries(obj)) {
    const found = firstList(v);
    if (found) return { path: found.path ? `${key}.${found.path}` : key, rows: found.rows };
  }
  return null;
}

/** Nested objects become dotted columns (unit.code); lists of scalars are joined with ";", other lists kept as JSON. */
export function flatten(value: unknown, prefix = '', out: Row = {}): Row {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Row)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(value)) {
    out[prefix || 'value'] = value.every((v) => v === null || typeof v !== 'object') ? value.join(';') : JSON.stringify(value);
  } else {
    out[prefix || 'value'] = value;
  }
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields that are shares of 1 in the schema (coverage and plan `rate`, compliance `score`, …Rate). */
const RATE_FIELD = /(^|\.)(rate|score|share)$|Rate$|Share$/;

function kindOf(key: string, values: unknown[]): CellKind {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (!present.length) return 'text';
  if (present.every((v) => typeof v === 'number')) {
    if (RATE_FIELD.test(key) && present.every((v) => (v as number) >= 0 && (v as number) <= 1)) return 'rate';
    return present.every((v) => Number.isInteger(v)) ? 'int' : 'number';
  }
  if (present.every((v) => typeof v === 'string' && ISO_DATE.test(v))) return 'date';
  return 'text';
}

/**
 * The columns of flattened rows, in first-seen order, typed by their values (rates as percentage
 * cells). An object that is null on some rows (a unit without a district) is its dotted columns,
 * left empty on those rows, not an extra empty column of its own.
 */
export function queryColumns(rows: Row[]): OutColumn[] {
  const all = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const keys = all.filter((k) => !all.some((other) => other.startsWith(`${k}.`)));
  return keys.map((k) => ({ key: k, code: k, vi: k, kind: kindOf(k, rows.map((r) => r[k])) }));
}

/** "This GraphQL query as a spreadsheet": the query's first list result, one row per item. */
export async function queryTable(execute: Execute, query: unknown, variables: unknown): Promise<Table> {
  if (typeof query !== 'string' || !query.trim()) throw new ExportInputError('the body needs "query": a GraphQL query');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new ExportInputError('"variables" must be an object');
  }
  const res = await execute(query, (variables ?? {}) as Record<string, unknown>);
  throwIfUnavailable(res.errors);
  if (res.errors?.length) throw new ExportInputError(res.errors.map((e) => e.message).join('; '));
  const found = firstList(res.data);
  if (!found) throw new ExportInputError('the query result holds no list to export');
  const rows = found.rows.map((r) => flatten(r));
  const columns = queryColumns(rows);
  const name = (found.path.split('.')[0] || 'query').slice(0, 31);
  return { name, vi: name, columns, batches: oneBatch(rows) };
}

export { runList };
