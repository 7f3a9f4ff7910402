import {
  execute, getArgumentValues, Kind, locatedError, type DocumentNode, type ExecutionResult, type FieldNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../../shared/context.js';
import { isConnectionLost } from '../../shared/db-availability.js';
import { isStatementTimeout } from '../../shared/limits.js';
import type { ListStatement } from '../../shared/list.js';
import { connection, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import {
  InspectionOrder, type FindingFilter, type FindingOrder, type FindingWhere, type InspectionFilter, type InspectionWhere, type RecommendationFilter, type RecommendationOrder, type RecommendationWhere,
} from '../inspection/inspection.inputs.js';
import { findingStatement, inspectionStatement, recommendationStatement } from '../inspection/inspection.service.js';
import { compileObject, COMPILED_TYPES, NotCompiled, plainFields, responseKey } from './json-selection.js';

/**
 * Record lists answered by one statement that builds the page's JSON in PostgreSQL (issue 12,
 * PostGraphile's way): a query whose every root field is such a list, selecting only fields
 * json-selection.ts compiles, skips the field-by-field execution. Anything else — and any
 * request whose arguments are refused — runs through graphql-js as before, so errors and every
 * other answer come from the resolvers. The page's ids come from the list's own statement (its
 * filter, where, scope and review status), so both paths answer the same rows.
 */
interface CompiledRoot {
  /** the node type and its table */
  type: string;
  statement(ctx: Context, args: Record<string, unknown>): Promise<ListStatement>;
}

const ROOTS: Record<string, CompiledRoot> = {
  inspections: {
    type: 'Inspection',
    statement: (ctx, a) => inspectionStatement(ctx.scope, a.filter as InspectionFilter | undefined, (a.orderBy as InspectionOrder | undefined) ?? InspectionOrder.DATE_DESC, a.where as InspectionWhere | undefined),
  },
  findings: {
    type: 'Finding',
    statement: (ctx, a) => findingStatement(ctx.scope, a.filter as FindingFilter | undefined, a.orderBy as FindingOrder | undefined, a.where as FindingWhere | undefined),
  },
  recommendations: {
    type: 'Recommendation',
    statement: (ctx, a) => recommendationStatement(ctx.scope, a.filter as RecommendationFilter | undefined, a.orderBy as RecommendationOrder | undefined, a.where as RecommendationWhere | undefined),
  },
};

/** One root list of a compiled operation: what to read and how the answer's keys are laid out. */
interface Plan {
  field: FieldNode;
  root: CompiledRoot;
  /** the json_build_object of one node over alias t0; null when nodes are not selected */
  node: string | null;
  connection: FieldNode[];
}

function planOperation(em: Context['em'], document: DocumentNode, operationName: string | null | undefined): Plan[] {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== 'query' || document.definitions.length !== ops.length) throw new NotCompiled('not one query');
  return plainFields(op.selectionSet, true).map((field) => {
    const root = ROOTS[field.name.value];
    if (!root) throw new NotCompiled(field.name.value);
    const conn = plainFields(field.selectionSet);
    let node: string | null = null;
    for (const f of conn) {
      const name = f.name.value;
      if (name === 'nodes') {
        let n = 0;
        node = compileObject(em, root.type, 't0', f.selectionSet, () => `t${++n}`);
      } else if (name === 'pageInfo') {
        for (const p of plainFields(f.selectionSet)) if (!['hasNextPage', 'endCursor', '__typename'].includes(p.name.value)) throw new NotCompiled('pageInfo');
      } else if (name !== 'totalCount' && name !== '__typename') {
        throw new NotCompiled(name);
      }
    }
    return { field, root, node, connection: conn };
  });
}

async function runPlan(schema: GraphQLSchema, plan: Plan, ctx: Context, variables: Record<string, unknown>): Promise<unknown> {
  const fieldDef = schema.getQueryType()!.getFields()[plan.field.name.value];
  const args = getArgumentValues(fieldDef, plan.field, variables);
  const page = readPage(args.page as never);
  const s = await plan.root.statement(ctx, args);
  // an order with parameters of its own (a relevance order) is written twice below: left to the resolvers
  if (s.orderParams?.length) throw new NotCompiled('order parameters');
  const { head, where, params } = s.q.parts();
  const sql = sqlFor(ctx.em);
  const table = ctx.em.getMetadata().get(COMPILED_TYPES[plan.root.type].entity.name).tableName;
  // the page's ids with their place in the order, one past the page to know whether more follow
  const pageCte = `page as materialized (select ${s.id} as id, row_number() over (order by ${s.orderBy}) as ord from ${s.from} ${where} order by ${s.orderBy} limit ? offset ?)`;
  const nodesSql = plan.node
    ? `(select coalesce(json_agg(${plan.node} order by page.ord), '[]'::json)::text from page join "${table}" t0 on t0.id = page.id where page.ord <= ?)`
    : `'[]'`;
  const [row] = await sql<{ n: number; nodes: string }>(
    `${head ? `${head}, ` : 'with '}${pageCte} select (select count(*)::int from page) as n, ${nodesSql} as nodes`,
    [...params, page.limit + 1, page.offset, ...(plan.node ? [page.offset + page.limit] : [])],
  );
  const nodes = JSON.parse(row.nodes) as unknown[];
  const conn = connection(nodes, { hasNextPage: row.n > page.limit, count: s.q.counter(sql, s.from) }, page);
  const out: Record<string, unknown> = {};
  for (const f of plan.connection) {
    const key = responseKey(f);
    const name = f.name.value;
    if (name === '__typename') out[key] = fieldDef.type.toString().replace(/!$/, '');
    else if (name === 'nodes') out[key] = plan.node ? nodes : [];
    else if (name === 'totalCount') out[key] = await conn.totalCount;
    else {
      const info: Record<string, unknown> = {};
      for (const p of plainFields(f.selectionSet)) info[responseKey(p)] = p.name.value === '__typename' ? 'PageInfo' : conn.pageInfo[p.name.value as 'hasNextPage' | 'endCursor'];
      out[key] = info;
    }
  }
  return out;
}

/** The compiled plans of each document, or null when it does not compile (remembered with the parsed document). */
const plans = new WeakMap<DocumentNode, Map<string, Plan[] | null>>();

/** Whether and how a document compiles; exported for tests. */
export function compiledPlan(em: Context['em'], document: DocumentNode, operationName?: string | null): Plan[] | null {
  let known = plans.get(document);
  if (!known) plans.set(document, (known = new Map()));
  const key = operationName ?? '';
  if (!known.has(key)) {
    try {
      known.set(key, planOperation(em, document, operationName));
    } catch (e) {
      if (!(e instanceof NotCompiled)) throw e;
      known.set(key, null);
    }
  }
  return known.get(key)!;
}

/**
 * Executes an operation: compiled lists in one statement each when the document allows, else
 * (or when the compiled run throws: a refused argument, an unknown code) graphql-js.
 */
export function compiledExecutor(schema: GraphQLSchema) {
  return async (args: { document: DocumentNode; operationName?: string | null; variables?: Record<string, unknown>; context: Context }): Promise<ExecutionResult> => {
    const plan = compiledPlan(args.context.em, args.document, args.operationName);
    if (plan) {
      const data: Record<string, unknown> = {};
      try {
        for (const p of plan) {
          try {
            data[responseKey(p.field)] = await runPlan(schema, p, args.context, args.variables ?? {});
          } catch (e) {
            // a statement timed out or the database went away: running it again the long way would only double the wait
            if (isStatementTimeout(e) || isConnectionLost(e)) return { data: null, errors: [locatedError(e, [p.field], [responseKey(p.field)])] };
            throw e;
          }
        }
        return { data };
      } catch {
        // a refused argument, an unknown code: the resolvers say what is wrong, located, with their codes
      }
    }
    return execute({ schema, document: args.document, operationName: args.operationName, variableValues: args.variables, contextValue: args.context });
  };
}
