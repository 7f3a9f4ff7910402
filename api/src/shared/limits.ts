import crypto from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  getNullableType,
  GraphQLError,
  isListType,
  Kind,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * Limits on what one GraphQL request may ask, so that no single request can stall the server
 * (ARCHITECTURE "Signals and errors": unlimited, depth-50 queries are answered and 3,000 aliases
 * stall it for seconds). Checked in this order, each cheaper than the next:
 * tokens (while parsing) → depth, aliases, fields (validation) → estimated cost (with variables).
 */
/**
 * Every statement of a request is cancelled after this long (PostgreSQL statement_timeout on the
 * API's connections; writes through the gateway get WRITE_TIMEOUT instead). The answer is
 * QUERY_TIMEOUT naming the limit. PGlite does not enforce statement_timeout.
 */
export const QUERY_TIMEOUT_MS = 10_000;
export const WRITE_TIMEOUT = '10min';

/** Whether an error is PostgreSQL cancelling a statement at statement_timeout (SQLSTATE 57014). */
export function isStatementTimeout(error: unknown): boolean {
  let e = error as { code?: unknown; message?: unknown; originalError?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 6; depth++) {
    if (e.code === '57014' && /statement timeout/i.test(String(e.message))) return true;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return false;
}

let statementTimeoutMs = QUERY_TIMEOUT_MS;
/** The limit in effect (database.ts sets it when it opens a pool with one), for the messages. */
export function setStatementTimeout(ms: number): void {
  statementTimeoutMs = ms;
}
export const statementTimeout = () => statementTimeoutMs;

export const queryTimeoutMessage = (ms = statementTimeoutMs) =>
  `the query ran longer than the ${ms / 1000} s limit and was stopped; ask for less (a shorter span, fewer dimensions, a smaller page or less nesting)`;

export const LIMITS = {
  /** Parsing stops after this many tokens: the guard that keeps huge documents from being validated at all. */
  maxTokens: 5_000,
  /** Nesting of fields; introspection (`__schema`, `__type`) is bounded by graphql's own introspection-depth rule. */
  maxDepth: 12,
  maxAliases: 100,
  /** Field selections written in the document (fragments counted once). */
  maxFields: 1_000,
  /** Estimated cost: 1 a field, lists multiply their contents (see `estimateCost`). */
  maxCost: 10_000,
} as const;

/** A list without `page` and without a length of its own below (analytics rows without `limit`, …) is assumed this long. */
export const ASSUMED_LIST_LENGTH = 10;

/**
 * Unpaged lists of a record that are short in this city's data (issue 11.4: a unit's predecessors
 * are a handful, not 10): a restructuring joins a few units into one or two, a unit has a few
 * inspections, awards and models over the years, an inspection a few recommendations. Only lists
 * shorter than ASSUMED_LIST_LENGTH are listed, so no query costs more than it did before; what an
 * answer really cost is in its `extensions.cost.actual`.
 */
export const LIST_LENGTHS: Record<string, number> = {
  'LineageEvent.fromUnits': 4,
  'LineageEvent.toUnits': 2,
  'Unit.predecessors': 4,
  'Unit.successors': 2,
  'Unit.lineageEvents': 3,
  'Unit.inspections': 5,
  'Unit.awards': 3,
  'Unit.models': 3,
  'Inspection.recommendations': 5,
  'Recommendation.progress': 5,
};
/** Every top-level query runs at least one SQL statement: weigh it above a field read from a loaded row. */
export const ROOT_FIELD_COST = 10;

function limitError(message: string, code: string, extra: Record<string, unknown>, nodes?: FieldNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, ...extra } });
}

/** The codes of the request limits: formatError keeps them instead of GRAPHQL_VALIDATION_FAILED. */
export const LIMIT_CODES = ['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_FIELDS'];

/**
 * The path (response names, fragments followed) to one deepest field of the document, and that
 * field: where a too-deep query is too deep.
 */
export function deepestField(document: DocumentNode): { path: string[]; node: FieldNode | null } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const walk = (set: SelectionSetNode | undefined, visiting: Set<string>): { path: string[]; node: FieldNode | null } => {
    let best: { path: string[]; node: FieldNode | null } = { path: [], node: null };
    for (const sel of set?.selections ?? []) {
      let found: { path: string[]; node: FieldNode | null };
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === '__schema' || sel.name.value === '__type') continue;
        const inner = walk(sel.selectionSet, visiting);
        found = { path: [(sel.alias ?? sel.name).value, ...inner.path], node: inner.node ?? sel };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        found = walk(sel.selectionSet, visiting);
      } else {
        const name = sel.name.value;
        if (visiting.has(name)) continue;
        visiting.add(name);
        found = walk(fragments.get(name)?.selectionSet, visiting);
        visiting.delete(name);
      }
      if (found.path.length > best.path.length) best = found;
    }
    return best;
  };
  let best: { path: string[]; node: FieldNode | null } = { path: [], node: null };
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const found = walk(def.selectionSet, new Set());
    if (found.path.length > best.path.length) best = found;
  }
  return best;
}

/** The field most often aliased (by field name) and its aliased selections: where the aliases went. */
function mostAliased(document: DocumentNode): { field: string; count: number; nodes: FieldNode[] } {
  const byName = new Map<string, FieldNode[]>();
  visit(document, {
    Field(node) {
      if (node.alias) byName.set(node.name.value, [...(byName.get(node.name.value) ?? []), node]);
    },
  });
  let best = { field: '', count: 0, nodes: [] as FieldNode[] };
  for (const [field, nodes] of byName) if (nodes.length > best.count) best = { field, count: nodes.length, nodes };
  return best;
}

interface Shape {
  depth: number;
  aliases: number;
  fields: number;
}

/** Depth, aliases and field count of a document, following fragment spreads (cycles are another rule's error). */
export function measureDocument(document: DocumentNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  let aliases = 0;
  let fields = 0;
  visit(document, {
    Field(node) {
      fields++;
      if (node.alias) aliases++;
    },
  });

  const fragmentDepth = new Map<string, number>();
  const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const sel of set.selections) {
      let d = 0;
      if (sel.kind === Kind.FIELD) {
        // introspection subtrees are bounded by graphql's MaxIntrospectionDepthRule
        if (sel.name.value === '__schema' || sel.name.value === '__type') continue;
        d = 1 + depthOf(sel.selectionSet, visiting);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        d = depthOf(sel.selectionSet, visiting);
      } else {
        const name = sel.name.value;
        if (visiting.has(name)) continue;
        if (!fragmentDepth.has(name)) {
          const frag = fragments.get(name);
          visiting.add(name);
          fragmentDepth.set(name, frag ? depthOf(frag.selectionSet, visiting) : 0);
          visiting.delete(name);
        }
        d = fragmentDepth.get(name)!;
      }
      if (d > max) max = d;
    }
    return max;
  };
  let depth = 0;
  for (const def of document.definitions) {
    if (def.kind === Kind.OPERATION_DEFINITION) depth = Math.max(depth, depthOf(def.selectionSet, new Set()));
  }
  return { depth, aliases, fields };
}

/** Validation rule: refuses documents deeper, or with more aliases or fields, than LIMITS allow. */
export const shapeLimitRule: ValidationRule = (context): ASTVisitor => ({
  Document(node) {
    const shape = measureDocument(node);
    if (shape.depth > LIMITS.maxDepth) {
      // located at the deepest field, its path in `field`
      const deepest = deepestField(node);
      context.reportError(
        limitError(
          `Truy vấn quá sâu (query too deep): depth ${shape.depth} exceeds the limit of ${LIMITS.maxDepth}.`,
          'QUERY_TOO_DEEP',
          { limit: LIMITS.maxDepth, actual: shape.depth, field: deepest.path.join('.') },
          deepest.node ? [deepest.node] : undefined,
        ),
      );
    }
    if (shape.aliases > LIMITS.maxAliases) {
      // `field` names the field aliased most, located at its first aliases
      const most = mostAliased(node);
      context.reportError(
        limitError(
          `Quá nhiều bí danh (too many aliases): ${shape.aliases} aliases exceed the limit of ${LIMITS.maxAliases} per request.`,
          'TOO_MANY_ALIASES',
          { limit: LIMITS.maxAliases, actual: shape.aliases, field: most.field, aliasesOfField: most.count },
          most.nodes.slice(0, 3),
        ),
      );
    }
    if (shape.fields > LIMITS.maxFields) {
      context.reportError(
        limitError(`Quá nhiều trường (too many fields): ${shape.fields} field selections exceed the limit of ${LIMITS.maxFields} per request.`, 'TOO_MANY_FIELDS', {
          limit: LIMITS.maxFields,
          actual: shape.fields,
        }),
      );
    }
    return BREAK;
  },
});

/**
 * What estimating one document notes on the way: the fragments, and the cost of each `nodes`
 * selection of a connection (children are estimated before their field), so that the connection
 * multiplies only its rows by the page size.
 */
interface CostContext {
  fragments: Map<string, FragmentDefinitionNode>;
  nodes: Map<FieldNode, number>;
}

/** The noted cost of the `nodes` selections of a connection's selection set, fragments followed. */
function nodesCost(set: SelectionSetNode | undefined, costs: CostContext, visiting: Set<string>): number {
  let sum = 0;
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) sum += sel.name.value === 'nodes' ? (costs.nodes.get(sel) ?? 0) : 0;
    else if (sel.kind === Kind.INLINE_FRAGMENT) sum += nodesCost(sel.selectionSet, costs, visiting);
    else if (!visiting.has(sel.name.value)) {
      visiting.add(sel.name.value);
      sum += nodesCost(costs.fragments.get(sel.name.value)?.selectionSet, costs, visiting);
      visiting.delete(sel.name.value);
    }
  }
  return sum;
}

/**
 * Cost of a field: 1, plus its contents; a field with a `page` argument (a connection) multiplies
 * its `nodes` by `page.first` (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE — a larger value
 * is refused by the resolver with a clearer message) and counts the rest of the page once:
 * `totalCount` and `pageInfo` are one of each per list, not one per row (issue 11.4); other lists
 * multiply their contents by their length (below). Top-level fields cost ROOT_FIELD_COST as they
 * each run SQL. Introspection costs nothing here (graphql bounds it).
 */
export const estimateCost: ComplexityEstimator = ({ type, field, node, args, childComplexity, context }) => {
  // (analytics rows: their `limit` when given; unpaged lists of a record: LIST_LENGTHS)
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const base = type.name === 'Query' ? ROOT_FIELD_COST : 1;
  if (field.args.some((a) => a.name === 'page')) {
    const first = Number((args.page as { first?: unknown } | undefined)?.first ?? DEFAULT_PAGE_SIZE);
    const n = Number.isFinite(first) ? Math.min(Math.max(Math.trunc(first), 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    const costs = context as CostContext | undefined;
    // without the context of queryCost every child is taken for a row, as before
    const rows = costs?.nodes ? nodesCost(node.selectionSet, costs, new Set()) : childComplexity;
    return base + n * rows + (childComplexity - rows);
  }
  if (type.name.endsWith('Connection') && field.name === 'nodes') {
    (context as CostContext | undefined)?.nodes?.set(node, childComplexity);
    return childComplexity;
  }
  if (isListType(getNullableType(field.type))) {
    const limit = Number(args.limit);
    const n = Number.isInteger(limit) && limit > 0 ? Math.min(limit, ASSUMED_LIST_LENGTH) : (LIST_LENGTHS[`${type.name}.${field.name}`] ?? ASSUMED_LIST_LENGTH);
    return base + n * childComplexity;
  }
  return base + childComplexity;
};

/**
 * The cost of an answer as it came out, by the estimate's own weights: ROOT_FIELD_COST for each
 * top-level field, 1 for every other field of every object returned (so lists count their real
 * length). Reported beside the estimate in `extensions.cost` of every answer.
 */
export function answerCost(data: Record<string, unknown> | null | undefined): number {
  let n = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) (n++, walk((v as Record<string, unknown>)[k]));
  };
  for (const k of Object.keys(data ?? {})) {
    if (k === '__schema' || k === '__type') continue;
    n += ROOT_FIELD_COST;
    walk(data![k]);
  }
  return n;
}

/** The estimated cost of an operation with its variables (exported for tests and the explorer's examples). */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const context: CostContext = { fragments, nodes: new Map() };
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimateCost], context });
}

/**
 * Apollo keeps parsed documents in its document cache, so a repeated query (a dashboard refresh)
 * arrives as the same DocumentNode: its cost per variables and operation is remembered with it
 * (estimating walks the whole document, ~0.1 ms a request). Only documents that passed
 * validation get here, and the key bounds each entry's growth to a few variants.
 */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
const MAX_COSTS_PER_DOCUMENT = 50;

function cachedCost(schema: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, operationName?: string | null): number {
  // hashed: a key is the variables' text, up to the 1 MB a body may hold, kept as long as the document
  const key = crypto.createHash('sha1').update(`${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`).digest('base64');
  let known = costs.get(document);
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const cost = queryCost(schema, document, variables, operationName);
  if (!known) costs.set(document, (known = new Map()));
  if (known.size >= MAX_COSTS_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/**
 * Refuses operations whose estimated cost exceeds LIMITS.maxCost. Runs once the operation is
 * known, because page sizes usually come in variables, which validation rules do not see.
 */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let estimated: number | undefined;
      return {
        async willSendResponse({ response }) {
          // every answer says what it cost against the budget: estimated before, actual after (issue 11.4)
          if (estimated === undefined || response.body.kind !== 'single') return;
          const r = response.body.singleResult;
          r.extensions = { ...r.extensions, cost: { estimated, actual: answerCost(r.data as Record<string, unknown> | null), limit: LIMITS.maxCost } };
        },
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = cachedCost(schema, document, request.variables, operationName);
          } catch (e) {
            if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) {
              throw limitError(
                'Truy vấn quá tốn kém (query too costly): it expands to too many fields to estimate; ask for fewer fields or smaller pages.',
                'QUERY_TOO_COSTLY',
                { limit: LIMITS.maxCost, http: { status: 400 } },
              );
            }
            // bad variable values: execution reports them with their names, and runs nothing
            return;
          }
          estimated = cost;
          if (cost > LIMITS.maxCost) {
            throw limitError(
              `Truy vấn quá tốn kém (query too costly): estimated cost ${cost} exceeds the budget of ${LIMITS.maxCost}` +
                ` (each list counts page.first items, ${ASSUMED_LIST_LENGTH} when unpaged); ask for smaller pages or fewer nested lists.`,
              'QUERY_TOO_COSTLY',
              { limit: LIMITS.maxCost, actual: cost, http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}

/** graphql's message when parsing stops at maxTokens, made to say which limit was hit. */
export function explainParseLimit(message: string): string | null {
  return /Document contains more th(?:an|at) \d+ tokens/.test(message) // graphql 16 writes "more that"
    ? `Truy vấn quá lớn (query too large): more than ${LIMITS.maxTokens} tokens per request; split it into smaller requests.`
    : null;
}
