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
