import type { Sql } from '../../shared/sql.js';
import { sourceKey, upsertSources } from '../source/source.record.js';
import { keyOf, type Field, type InternalField, type RecordDecl, type Values } from './record.js';
import { RECORDS, type RecordName } from './registry.js';
import type { Change, Grouped } from './validate.js';

export interface SheetCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** present only when the changes deleted records (an edited inspection's dropped findings) */
  deleted?: number;
}
export type ChangeSummary = Partial<Record<RecordName, SheetCounts>>;
export type Progress = (sheet: RecordName, done: number, total: number) => void;

const BATCH = 5000;

const SQL_TYPE = { text: 'text', date: 'date', int: 'int', enum: 'text', codes: 'text', geometry: 'jsonb' } as const;
const sqlType = (f: Field) => (f.ref ? 'text' : SQL_TYPE[f.type.kind]);

function add(a: SheetCounts | undefined, b: SheetCounts): SheetCounts {
  if (!a) return b;
  const sum: SheetCounts = { created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
  if (a.deleted !== undefined || b.deleted !== undefined) sum.deleted = (a.deleted ?? 0) + (b.deleted ?? 0);
  return sum;
}

/** The internal fields (RecordDecl.internal) a change names. */
const internalOf = (d: RecordDecl, v: Values): InternalField[] => (d.internal ?? []).filter((f) => f.name in v);

/** Changes grouped by the internal fields they name (one statement shape each). */
function byInternal(d: RecordDecl, rows: Change[]): Change[][] {
  const groups = new Map<string, Change[]>();
  for (const c of rows) {
    const k = internalOf(d, c.values).map((f) => f.name).join(',');
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups.values()];
}

/**
 * The record's key as SQL conditions on its table `x` against unnest row `v` (references by
 * natural key), with the parameters' names and types: what deletes and patches match on.
 */
function keyMatch(d: RecordDecl): { names: string[]; types: string[]; where: string } {
  if (d.parent || d.conflict) throw new Error(`${d.type}: deletes and patches need a key of the record's own columns`);
  const fields = d.key.map((k) => d.fields.find((f) => f.name === k)!);
  return {
    names: fields.map((f) => f.name),
    types: fields.map(sqlType),
    where: fields
      .map((f) => (f.ref ? `x.${f.column} = (select id from ${f.ref.table} where ${f.ref.keyColumn} = v.${f.name})` : `x.${f.column} = v.${f.name}`))
      .join(' and '),
  };
}

/** Deletes the records with the keys of these changes; returns how many existed. */
async function deleteRecords(sql: Sql, d: RecordDecl, rows: Change[]): Promise<number> {
  const k = keyMatch(d);
  const ret = await sql(
    `delete from ${d.table} x using unnest(${k.types.map((t) => `?::${t}[]`).join(', ')}) as v(${k.names.join(', ')}) where ${k.where} returning x.id`,
    k.names.map((n) => rows.map((c) => c.values[n] ?? null)),
  );
  return ret.length;
}

/** Sets the internal fields of existing records (patches); returns how many rows changed. */
async function patchRecords(sql: Sql, d: RecordDecl, rows: Change[]): Promise<number> {
  let n = 0;
  for (const group of byInternal(d, rows)) {
    const fields = internalOf(d, group[0].values);
    if (!fields.length) continue;
    const k = keyMatch(d);
    const ret = await sql(
      `update ${d.table} x set ${fields.map((f) => `${f.column} = v.${f.name}`).join(', ')}
       from unnest(${[...k.types, ...fields.map((f) => f.sqlType)].map((t) => `?::${t}[]`).join(', ')}) as v(${[...k.names, ...fields.map((f) => f.name)].join(', ')})
       where ${k.where} and (${fields.map((f) => `x.${f.column}`).join(', ')}, null) is distinct from (${fields.map((f) => `v.${f.name}`).join(', ')}, null)
       returning x.id`,
      [...k.names.map((nm) => group.map((c) => c.values[nm] ?? null)), ...fields.map((f) => group.map((c) => c.values[f.name] ?? null))],
    );
    n += ret.length;
  }
  return n;
}

/** A referenced row that an unknown key creates (teams, frameworks): insert what is missing, once per key. */
async function createReferenced(sql: Sql, f: Field, rows: Change[], src: (c: Change) => number | null): Promise<void> {
  const create = f.ref!.create!;
  const byKey = new Map<string, Change>();
  for (const c of rows) {
    const k = c.values[f.name] as string | null;
    if (k !== null && !byKey.has(k)) byKey.set(k, c);
  }
  if (!byKey.size) return;
  const cols = Object.entries(create.columns);
  const values = cols.map(([, what]) => [...byKey].map(([k, c]) => (what === 'key' ? k : src(c))));
  await sql(
    `insert into ${f.ref!.table} (${cols.map(([c]) => c).join(', ')})
     select * from unnest(${cols.map(([, what]) => (what === 'key' ? '?::text[]' : '?::int[]')).join(', ')})
     on conflict (${f.ref!.keyColumn}) do nothing`,
    values,
  );
}

/** The parent rows (award decisions) the changes name, upserted once each before their children. */
async function writeParents(sql: Sql, d: RecordDecl, rows: Change[], src: (c: Change) => number | null): Promise<void> {
  const p = d.parent!;
  const fields = Object.keys(p.fields);
  const chosen = new Map<string, Change>();
  for (const c of rows) {
    const k = fields.map((f) => c.values[f] ?? '').join('|');
    const prev = chosen.get(k);
    if (!prev || p.prefer?.({ sourceKind: c.source.kind }, { sourceKind: prev.source.kind })) chosen.set(k, c);
  }
  const list = [...chosen.values()];
  await sql(
    `insert into ${p.table} (${[...Object.values(p.fields), 'source_id'].join(', ')})
     select * from unnest(${[...p.types, 'int'].map((t) => `?::${t}[]`).join(', ')})
     on conflict ${p.conflict} ${p.onConflict}`,
    [...fields.map((f) => list.map((c) => c.values[f] ?? null)), list.map(src)],
  );
}

/**
 * The upsert of one batch of a record, derived from its declaration: every stored field (a
 * reference joined by its natural key), the parent's id, the computed key column and the source;
 * on a key conflict the other columns are updated only when something differs, so a re-import
 * changes nothing and `returning` lists only rows written.
 */
function upsertStatement(d: RecordDecl, internal: InternalField[] = []) {
  const stored = d.fields.filter((f) => f.column !== null && !(f.ref && f.ref.table === d.table));
  const parentFields = d.parent ? Object.keys(d.parent.fields) : [];
  const inputs: { name: string; type: string; value: (v: Values, source: number | null) => unknown }[] = [
    ...stored.map((f) => ({ name: f.name, type: sqlType(f), value: (v: Values) => v[f.name] ?? null })),
    ...parentFields.map((n, i) => ({ name: n, type: d.parent!.types[i], value: (v: Values) => v[n] ?? null })),
  ];
  if (d.conflict?.computed) inputs.push({ name: '_key', type: 'text', value: (v) => d.conflict!.computed!.value(v) });
  if (d.source) inputs.push({ name: '_source', type: 'int', value: (_v, s) => s });
  for (const f of internal) inputs.push({ name: f.name, type: f.sqlType, value: (v) => v[f.name] ?? null });

  const columns: string[] = [];
  const selects: string[] = [];
  const joins: string[] = [];
  stored.forEach((f, i) => {
    columns.push(f.column!);
    if (f.ref) {
      const alias = `r${i}`;
      joins.push(`${f.required ? 'join' : 'left join'} ${f.ref.table} ${alias} on ${alias}.${f.ref.keyColumn} = v.${f.name}`);
      selects.push(`${alias}.id`);
    } else selects.push(`v.${f.name}`);
  });
  if (d.parent) {
    columns.push(d.parent.column);
    selects.push('p.id');
    joins.push(`join ${d.parent.table} p on ${d.parent.join}`);
  }
  if (d.conflict?.computed) columns.push(d.conflict.computed.column), selects.push('v._key');
  if (d.source) columns.push('source_id'), selects.push('v._source');
  for (const f of internal) columns.push(f.column), selects.push(`v.${f.name}`);

  const keyColumns = new Set<string>();
  for (const k of d.key) {
    const f = d.fields.find((x) => x.name === k)!;
    if (f.column !== null) keyColumns.add(f.column);
    else if (parentFields.includes(k)) keyColumns.add(d.parent!.column);
  }
  const target = d.conflict?.target ?? [...keyColumns].join(', ');
  const skip = new Set([...keyColumns, ...(d.conflict?.computed ? [d.conflict.computed.column] : [])]);
  const updated = columns.filter((c) => !skip.has(c));
  const onConflict = updated.length
    ? `do update set ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}
       where (${updated.map((c) => `${d.table}.${c}`).join(', ')}) is distinct from (${updated.map((c) => `excluded.${c}`).join(', ')})`
    : 'do nothing';
  const returned = d.conflict?.computed ? d.conflict.computed.column : d.fields.find((f) => f.name === d.key[0])!.column;
  const text = `insert into ${d.table} (${columns.join(', ')})
    select ${selects.join(', ')}
    from unnest(${inputs.map((x) => `?::${x.type}[]`).join(', ')}) as v(${inputs.map((x) => x.name).join(', ')})
    ${joins.join('\n    ')}
    on conflict (${target}) ${onConflict}
    returning (xmax = 0) as inserted, id, ${returned ?? 'id'}::text as k`;
  return { text, params: (batch: Change[], src: (c: Change) => number | null) => inputs.map((x) => batch.map((c) => x.value(c.values, src(c)))) };
}

/** A reference to the record's own table (a unit's parent): set after every row of the import exists. */
async function writeSelfReference(sql: Sql, d: RecordDecl, f: Field, batch: Change[]): Promise<string[]> {
  const key = d.fields.find((x) => x.name === d.key[0])!;
  const rows = await sql<{ k: string }>(
    `update ${d.table} x set ${f.column} = p.id
     from unnest(?::text[], ?::text[]) as v(k, r) left join ${d.table} p on p.${f.ref!.keyColumn} = v.r
     where x.${key.column} = v.k and x.${f.column} is distinct from p.id
     returning x.${key.column} as k`,
    [batch.map((c) => c.values[key.name]), batch.map((c) => c.values[f.name] ?? null)],
  );
  return rows.map((r) => r.k);
}

/**
 * Writes validated changes, every record in load order, in batches. Must run inside one
 * transaction: a failure anywhere rolls all of it back.
 */
export async function writeChanges(sql: Sql, g: Grouped, progress?: Progress): Promise<ChangeSummary> {
  const summary: ChangeSummary = {};
  const sources = await upsertSources(sql, RECORDS.filter((d) => d.source).flatMap((d) => g[d.sheet as RecordName].filter((c) => !c.action).map((c) => c.source)));
  const src = (c: Change) => sources.get(sourceKey(c.source)) ?? null;
  // deletes first, children before parents
  for (const d of [...RECORDS].reverse()) {
    const sheet = d.sheet as RecordName;
    const gone = g[sheet].filter((c) => c.action === 'delete');
    if (gone.length) summary[sheet] = add(summary[sheet], { created: 0, updated: 0, unchanged: 0, deleted: await deleteRecords(sql, d, gone) });
  }
  for (const d of RECORDS) {
    const sheet = d.sheet as RecordName;
    const patches = g[sheet].filter((c) => c.action === 'patch');
    if (patches.length) {
      const updated = await patchRecords(sql, d, patches);
      summary[sheet] = add(summary[sheet], { created: 0, updated, unchanged: patches.length - updated });
    }
    const rows = g[sheet].filter((c) => !c.action);
    if (!rows.length) continue;
    for (const f of d.fields) if (f.ref?.create) await createReferenced(sql, f, rows, src);
    if (d.parent) await writeParents(sql, d, rows, src);
    const self = d.fields.filter((f) => f.ref && f.ref.table === d.table);
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const ret: { inserted: boolean; id: number; k: string }[] = [];
      for (const group of byInternal(d, batch)) {
        const upsert = upsertStatement(d, internalOf(d, group[0].values));
        ret.push(...(await sql<{ inserted: boolean; id: number; k: string }>(upsert.text, upsert.params(group, src))));
      }
      const touched = new Set(ret.map((r) => r.k));
      let extra = 0;
      for (const f of self) extra += (await writeSelfReference(sql, d, f, batch)).filter((k) => !touched.has(k)).length;
      if (d.afterWrite) await d.afterWrite(sql, batch, new Map(ret.filter((r) => r.inserted).map((r) => [r.k, r.id])));
      const created = ret.filter((r) => r.inserted).length;
      const updated = ret.length - created + extra;
      summary[sheet] = add(summary[sheet], { created, updated, unchanged: batch.length - created - updated });
      progress?.(sheet, Math.min(i + BATCH, rows.length), rows.length);
    }
  }
  return summary;
}

export { keyOf };
