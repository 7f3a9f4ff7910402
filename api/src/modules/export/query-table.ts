import {
  getNamedType, getNullableType, isLeafType, isListType, isObjectType, Kind, parse, print,
  type ArgumentNode, type DirectiveNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType,
  type GraphQLField, type GraphQLNamedType, type GraphQLSchema, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode,
  isCompositeType, GraphQLError, isAbstractType,
} from 'graphql';
import { throwIfUnavailable } from '../../shared/db-availability.js';
import { LIMITS, queryCost } from '../../shared/limits.js';
import { MAX_PAGE_SIZE } from '../../shared/pagination.js';
import { buildSchema } from '../../schema.js';
import { ExportInputError, type CellKind, type OutColumn, type Row, type Table } from './table.js';
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
export function queryColumns(rows: Row[], keys?: string[]): OutColumn[] {
  if (!keys) {
    const all = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    keys = all.filter((k) => !all.some((other) => other.startsWith(`${k}.`)));
  }
  return keys.map((k) => ({ key: k, code: k, vi: k, kind: kindOf(k, rows.map((r) => r[k])) }));
}

/** Rows an export of one list may hold (a sheet past Excel's 1,048,576 rows continues on the next). */
export const MAX_QUERY_EXPORT_ROWS = 1_000_000;

/** Aliases and variables the export adds to the query to page through a connection (not columns). */
const PAGE_ALIAS = 'qcdcExportPageInfo';
const TOTAL_ALIAS = 'qcdcExportTotal';

type Fragments = Map<string, FragmentDefinitionNode>;

const responseKey = (f: FieldNode) => f.alias?.value ?? f.name.value;

/** The fields of a selection set with fragments spread in (their type conditions are the schema's business). */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) out.push(s);
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(s.selectionSet, fragments, seen));
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value);
      out.push(...fieldsOf(fragments.get(s.name.value)?.selectionSet, fragments, seen));
    }
  }
  return out;
}

/** A field of a composite type (abstract types: looked up in their possible types). */
function fieldOf(schema: GraphQLSchema, type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (isAbstractType(type)) {
    for (const t of schema.getPossibleTypes(type)) {
      const f = t.getFields()[name];
      if (f) return f;
    }
    return undefined;
  }
  return type.getFields()[name];
}

const isConnection = (t: GraphQLNamedType) => isObjectType(t) && t.name.endsWith('Connection') && 'nodes' in t.getFields() && 'pageInfo' in t.getFields();

/** A row's columns, and the one list inside it whose items become rows of their own (if any). */
interface RowShape {
  columns: string[];
  /** Dotted key of the nested list (e.g. "findings"): each item is a row, with the parent's columns repeated. */
  list?: string;
  /** With more than one nested list, none is expanded: each list's columns hold its items' values joined with ";". */
  joined?: string[];
}

/**
 * The dotted column keys of a row's selection, in the query's order. One nested list of objects
 * is flattened: a row per item, the parent's columns repeated (a parent without items is one row,
 * the item's columns empty); with several lists, each list's columns hold its items' values
 * joined with ";" (as lists of scalars are). A list inside a list, or a nested connection
 * (paged: it would be cut to its first page) is refused, naming it, rather than written as JSON.
 */
function rowShape(schema: GraphQLSchema, type: GraphQLCompositeType, set: SelectionSetNode | undefined, fragments: Fragments, path: string): RowShape {
  const shape: RowShape = { columns: [] };
  const lists: string[] = [];
  const walk = (type: GraphQLCompositeType, set: SelectionSetNode | undefined, prefix: string, inList: string | null) => {
    for (const f of fieldsOf(set, fragments)) {
      const key = prefix ? `${prefix}.${responseKey(f)}` : responseKey(f);
      if (f.name.value === '__typename') {
        if (!shape.columns.includes(key)) shape.columns.push(key);
        continue;
      }
      const def = fieldOf(schema, type, f.name.value);
      if (!def) continue; // execution has already said so
      const nullable = getNullableType(def.type);
      const named = getNamedType(def.type);
      if (isConnection(named)) {
        throw new ExportInputError(
          `"${path}.${key}" is a paged list inside each row: the export would cut it to its first page. Ask for it as a top-level list of its own (e.g. with a filter on the parent), or leave it out.`,
        );
      }
      if (isListType(nullable) && !isLeafType(named)) {
        if (inList) throw new ExportInputError(`"${path}.${key}" is a list inside the list "${path}.${inList}": rows can be flattened along one list only. Ask for it as a top-level list of its own.`);
        lists.push(key);
        walk(named as GraphQLCompositeType, f.selectionSet, key, key);
      } else if (isLeafType(named)) {
        if (!shape.columns.includes(key)) shape.columns.push(key);
      } else if (isCompositeType(named)) {
        walk(named, f.selectionSet, key, inList);
      }
    }
  };
  walk(type, set, '', null);
  if (lists.length === 1) shape.list = lists[0];
  else if (lists.length > 1) shape.joined = lists;
  return shape;
}

/** One top-level field of the query, as the sheet it becomes. */
interface TopField {
  key: string;
  node: FieldNode;
  kind: 'connection' | 'list' | 'object' | 'value';
  /** A connection the export pages through itself (no `page` argument in the query). */
  paged: boolean;
  /** Where the rows are in the field's value (connections: nodes or edges). */
  via?: 'nodes' | 'edges';
  columns: string[];
  /** The list inside each row that is flattened to rows (RowShape.list). */
  list?: string;
  joined?: string[];
}

function topFields(schema: GraphQLSchema, op: OperationDefinitionNode, fragments: Fragments): TopField[] {
  const query = schema.getQueryType()!;
  const out: TopField[] = [];
  for (const node of fieldsOf(op.selectionSet, fragments)) {
    if (node.name.value.startsWith('__')) continue; // __typename, introspection: not data
    const def = query.getFields()[node.name.value];
    if (!def) continue;
    const key = responseKey(node);
    if (out.some((t) => t.key === key)) continue;
    const named = getNamedType(def.type);
    const nullable = getNullableType(def.type);
    if (isConnection(named)) {
      const inner = fieldsOf(node.selectionSet, fragments);
      const nodes = inner.find((f) => f.name.value === 'nodes');
      const edges = inner.find((f) => f.name.value === 'edges');
      const conn = named as GraphQLCompositeType;
      let shape: RowShape;
      let via: TopField['via'];
      if (nodes) {
        via = 'nodes';
        shape = rowShape(schema, getNamedType(fieldOf(schema, conn, 'nodes')!.type) as GraphQLCompositeType, nodes.selectionSet, fragments, `${key}.${responseKey(nodes)}`);
      } else if (edges) {
        const edgeType = getNamedType(fieldOf(schema, conn, 'edges')!.type) as GraphQLCompositeType;
        const nodeField = fieldsOf(edges.selectionSet, fragments).find((f) => f.name.value === 'node');
        if (!nodeField) throw new ExportInputError(`"${key}.edges" needs "node { … }" to have rows to export`);
        via = 'edges';
        shape = rowShape(schema, getNamedType(fieldOf(schema, edgeType, 'node')!.type) as GraphQLCompositeType, nodeField.selectionSet, fragments, `${key}.edges.node`);
      } else {
        // only totalCount (or pageInfo): one row of those
        out.push({ key, node, kind: 'object', paged: false, ...rowShape(schema, conn, node.selectionSet, fragments, key) });
        continue;
      }
      const paged = !(node.arguments ?? []).some((a) => a.name.value === 'page');
      out.push({ key, node, kind: 'connection', paged, via, ...shape });
    } else if (isListType(nullable)) {
      const shape = isLeafType(named) ? { columns: ['value'] } : rowShape(schema, named as GraphQLCompositeType, node.selectionSet, fragments, key);
      out.push({ key, node, kind: 'list', paged: false, ...shape });
    } else if (isCompositeType(named)) {
      out.push({ key, node, kind: 'object', paged: false, ...rowShape(schema, named, node.selectionSet, fragments, key) });
    } else {
      out.push({ key, node, kind: 'value', paged: false, columns: ['value'] });
    }
  }
  return out;
}

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const variable = (v: string) => ({ kind: Kind.VARIABLE, name: name(v) }) as const;
const afterVar = (i: number) => `qcdcExportAfter${i}`;
const keepVar = (i: number) => `qcdcExportKeep${i}`;
const FIRST_VAR = 'qcdcExportFirst';

/**
 * The query as the export runs it: each connection it pages gets `page: {first, after}` from
 * variables and asks for its pageInfo and totalCount under aliases of the export's own; each
 * top-level field can be left out (@include / @skip on a variable) to fetch one list's next page.
 */
function pagingDocument(doc: DocumentNode, op: OperationDefinitionNode, fields: TopField[]): DocumentNode {
  const byNode = new Map(fields.map((f, i) => [f.node, i]));
  const rewrite = (s: SelectionNode): SelectionNode => {
    if (s.kind !== Kind.FIELD || !byNode.has(s)) return s;
    const i = byNode.get(s)!;
    const f = fields[i];
    const directives: DirectiveNode[] = [...(s.directives ?? [])];
    // a field with an @include of its own is fetched with each page of the others (it is not paged)
    if (!directives.some((d) => d.name.value === 'include')) {
      directives.push({ kind: Kind.DIRECTIVE, name: name('include'), arguments: [{ kind: Kind.ARGUMENT, name: name('if'), value: variable(keepVar(i)) }] });
    }
    if (!f.paged) return { ...s, directives };
    const args: ArgumentNode[] = [
      ...(s.arguments ?? []),
      {
        kind: Kind.ARGUMENT,
        name: name('page'),
        value: {
          kind: Kind.OBJECT,
          fields: [
            { kind: Kind.OBJECT_FIELD, name: name('first'), value: variable(FIRST_VAR) },
            { kind: Kind.OBJECT_FIELD, name: name('after'), value: variable(afterVar(i)) },
          ],
        },
      },
    ];
    const extra = parse(`{ ${PAGE_ALIAS}: pageInfo { hasNextPage endCursor } ${TOTAL_ALIAS}: totalCount }`).definitions[0] as OperationDefinitionNode;
    return {
      ...s,
      arguments: args,
      directives,
      selectionSet: { ...s.selectionSet!, selections: [...s.selectionSet!.selections, ...extra.selectionSet.selections] },
    };
  };
  const varDef = (v: string, type: string, value?: boolean) => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: variable(v),
    type: type.endsWith('!') ? { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: name(type.slice(0, -1)) } } : { kind: Kind.NAMED_TYPE, name: name(type) },
    ...(value === undefined ? {} : { defaultValue: { kind: Kind.BOOLEAN, value } }),
  });
  const defs = [
    ...(op.variableDefinitions ?? []),
    ...(fields.some((f) => f.paged) ? [varDef(FIRST_VAR, 'Int!')] : []),
    ...fields.flatMap((f, i) => [
      ...(f.paged ? [varDef(afterVar(i), 'String')] : []),
      ...(f.node.directives?.some((d) => d.name.value === 'include') ? [] : [varDef(keepVar(i), 'Boolean!', true)]),
    ]),
  ];
  // top-level fields only: the operation's own selections (fragments at the top are spread by hand)
  const top = fieldsOf(op.selectionSet, new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d])));
  const newOp: OperationDefinitionNode = { ...op, variableDefinitions: defs as never, selectionSet: { kind: Kind.SELECTION_SET, selections: top.map(rewrite) } };
  return { ...doc, definitions: doc.definitions.map((d) => (d === op ? newOp : d)) };
}

/** The largest page the cost budget allows for every paged list at once (MAX_PAGE_SIZE at best). */
function pageSize(schema: GraphQLSchema, doc: DocumentNode, variables: Record<string, unknown>): number {
  for (const n of [MAX_PAGE_SIZE, 200, 100]) {
    try {
      if (queryCost(schema, doc, { ...variables, [FIRST_VAR]: n }) <= LIMITS.maxCost) return n;
    } catch {
      break;
    }
  }
  return 50;
}

type Result = Awaited<ReturnType<Execute>>;

function check(res: Result): Record<string, unknown> {
  throwIfUnavailable(res.errors);
  if (res.errors?.length) {
    throw new ExportInputError(res.errors.map((e) => (e.path?.length ? `${e.path.join('.')}: ${e.message}` : e.message)).join('; '));
  }
  return (res.data ?? {}) as Record<string, unknown>;
}

/** One result object as its rows: one, or one per item of the list flattened along (the parent's columns on each). */
function expand(f: TopField, value: unknown): Row[] {
  if (value === null || typeof value !== 'object') return [{ value }];
  const lists = f.list ? [f.list] : (f.joined ?? []);
  if (!lists.length) return [flatten(value)];
  const at = (v: unknown, path: string): unknown => {
    for (const p of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Row)[p] : null;
    return v;
  };
  // the object without its lists, then each list's items under its dotted key
  const strip = (v: unknown, parts: string[]): unknown => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const copy: Row = { ...(v as Row) };
    if (parts.length === 1) delete copy[parts[0]];
    else copy[parts[0]] = strip(copy[parts[0]], parts.slice(1));
    return copy;
  };
  let rest: unknown = value;
  for (const l of lists) rest = strip(rest, l.split('.'));
  const base = flatten(rest);
  const itemsOf = (l: string) => {
    const items = at(value, l);
    return Array.isArray(items) ? items : [];
  };
  if (f.joined) {
    for (const l of f.joined) {
      const items = itemsOf(l);
      for (const c of f.columns.filter((c) => c.startsWith(`${l}.`))) {
        base[c] = items.length ? items.map((i) => at(i, c.slice(l.length + 1)) ?? '').join(';') : null;
      }
    }
    return [base];
  }
  const items = itemsOf(f.list!);
  if (!items.length) return [base];
  return items.map((item) => ({ ...base, ...flatten(item, f.list) }));
}

function rowsOf(f: TopField, value: unknown): Row[] {
  if (value === null || value === undefined) return [];
  if (f.kind === 'value') return [{ value }];
  if (f.kind === 'object') return expand(f, value);
  if (f.kind === 'list') return (value as unknown[]).flatMap((v) => expand(f, v));
  const conn = value as Row;
  const items = f.via === 'edges' ? ((conn.edges as Row[] | null) ?? []).map((e) => e?.node ?? null) : ((conn.nodes as unknown[] | null) ?? []);
  return items.flatMap((v) => expand(f, v));
}

/**
 * "This GraphQL query as a spreadsheet": one table per top-level field of the query. A connection
 * the query does not page itself (no `page` argument) is exported whole, page after page along
 * its cursor, streamed as the pages come; one with a `page` argument is that page, as asked. A
 * plain list is its rows, an object or a value one row; one list inside each row is flattened to
 * a row per item (the parent's columns repeated). Other nested lists are refused, named.
 */
export async function queryTables(execute: Execute, query: unknown, variables: unknown, maxRows = MAX_QUERY_EXPORT_ROWS): Promise<Table[]> {
  if (typeof query !== 'string' || !query.trim()) throw new ExportInputError('the body needs "query": a GraphQL query');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new ExportInputError('"variables" must be an object');
  }
  const vars = (variables ?? {}) as Record<string, unknown>;
  let doc: DocumentNode;
  try {
    doc = parse(query, { maxTokens: LIMITS.maxTokens });
  } catch (e) {
    throw new ExportInputError(e instanceof GraphQLError ? e.message : String(e));
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  // anything that is not one query is refused by execution, with its own message
  if (ops.length !== 1 || ops[0].operation !== 'query') {
    check(await execute(query, vars));
    throw new ExportInputError('the body needs one query operation (no mutation or subscription) to export');
  }
  const op = ops[0];
  const fragments: Fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const schema = await buildSchema();
  // the query as written is checked first: its errors come back as the client wrote it
  const found = (() => {
    try {
      return topFields(schema, op, fragments);
    } catch (e) {
      if (e instanceof ExportInputError) throw e;
      return null;
    }
  })();
  if (!found?.length) {
    check(await execute(query, vars));
    throw new ExportInputError('the query result holds nothing to export');
  }
  const fields: TopField[] = found;
  const paging = pagingDocument(doc, op, fields);
  const text = print(paging);
  const first = fields.some((f) => f.paged) ? pageSize(schema, paging, vars) : undefined;
  const run = (extra: Record<string, unknown>) => execute(text, { ...vars, ...(first ? { [FIRST_VAR]: first } : {}), ...extra });
  const data = check(await run({}));
  for (const f of fields) {
    const total = (data[f.key] as Row | null)?.[TOTAL_ALIAS];
    if (f.paged && typeof total === 'number' && total > maxRows) {
      throw new ExportInputError(`"${f.key}" has ${total} rows, more than one export holds (${maxRows}): narrow it with a filter, or export it in parts with page: {first, after}`);
    }
  }
  return fields.map((f, i) => {
    const firstRows = rowsOf(f, data[f.key]);
    const columns = queryColumns(firstRows, f.columns);
    async function* batches(): AsyncIterable<Row[]> {
      yield firstRows;
      let info = (data[f.key] as Row | null)?.[PAGE_ALIAS] as { hasNextPage: boolean; endCursor: string | null } | undefined;
      let done = firstRows.length;
      while (f.paged && info?.hasNextPage && info.endCursor) {
        // only this list: every other top-level field left out of the request
        const keep = Object.fromEntries(fields.map((g, j) => [keepVar(j), j === i]));
        const next = check(await run({ ...keep, [afterVar(i)]: info.endCursor }));
        const rows = rowsOf(f, next[f.key]);
        done += rows.length;
        if (done > maxRows) throw new ExportInputError(`"${f.key}" grew past ${maxRows} rows while it was exported`);
        if (!rows.length) break;
        yield rows;
        info = (next[f.key] as Row | null)?.[PAGE_ALIAS] as typeof info;
      }
    }
    const sheet = f.key.slice(0, 31);
    return { name: sheet, vi: sheet, columns, batches: batches() };
  });
}

/** The first table of queryTables (kept for callers that want one). */
export async function queryTable(execute: Execute, query: unknown, variables: unknown): Promise<Table> {
  return (await queryTables(execute, query, variables))[0];
}

export { runList };

/** What an export of `query` would be (its sheets and columns), or the reason it is refused; no data read. */
export async function exportShape(query: string): Promise<{ key: string; columns: string[]; list?: string; joined?: string[] }[]> {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return topFields(await buildSchema(), op, fragments).map(({ key, columns, list, joined }) => ({ key, columns, list, joined }));
}
