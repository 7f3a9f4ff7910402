import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/** What "Xem truy vấn" shows: the exact operation text and variables a page ran. */
export interface ShownQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Link to the API's explorer with the operation and its variables filled in. */
export function explorerHref(apiPublicUrl: string, q: ShownQuery): string {
  const p = new URLSearchParams({ query: q.query, variables: JSON.stringify(q.variables, null, 2) });
  return `${apiPublicUrl}/explorer?${p}`;
}

/** A figure's own query as a spreadsheet download: the dashboard turns this link into the API's POST /export/query. */
export function queryExportHref(q: ShownQuery, format: string): string {
  const p = new URLSearchParams({ query: q.query, variables: JSON.stringify(q.variables) });
  return `/export/query.${format}?${p}`;
}

/**
 * The spreadsheet formats a query exports to: a CSV file holds one list, so a query with several
 * top-level fields (a trend's series, the overview's cards) is offered as XLSX only, one sheet each
 * (POST /export/query refuses such a CSV).
 */
export function queryExportFormats(q: ShownQuery): ('csv' | 'xlsx')[] {
  const op = parse(q.query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const fields = op?.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value !== '__typename').length ?? 0;
  return fields > 1 ? ['xlsx'] : ['csv', 'xlsx'];
}
