import { error } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';
import { exportFile, isQueryExport } from '$lib/server/export-path';
import { apiAuthHeaders } from '$lib/server/session';
import type { RequestHandler } from './$types';

/**
 * Downloads go through the dashboard, so browsers talk only to it: /export/<file> is forwarded to
 * API_URL/export/<file> and the file streamed back with its type and name — only for the export
 * files of $lib/server/export-path (never /graphql, /explorer or /import behind the dashboard). A
 * plain link /export/query.<csv|xlsx>?query=…&variables=… (a figure's own query) becomes the JSON
 * POST the API's /export/query expects; links need no JavaScript and no cross-origin form checks.
 */
const PASS_HEADERS = ['content-type', 'content-disposition', 'content-length', 'cache-control'];

async function forward(target: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(target, init);
  } catch {
    error(503, { message: 'API_UNREACHABLE', detail: apiUrl() });
  }
  const headers = new Headers();
  for (const h of PASS_HEADERS) {
    const v = res.headers.get(h);
    if (v) headers.set(h, v);
  }
  return new Response(res.body, { status: res.status, headers });
}

/** The allowed file the request names (from the raw, still encoded path), or a 404. */
function fileOf(url: URL): string {
  const file = exportFile(url.pathname.replace(/^\/export\//, ''));
  if (!file) error(404, { message: 'NOT_FOUND' });
  return file;
}

export const GET: RequestHandler = async ({ url, cookies }) => {
  const auth = apiAuthHeaders(cookies);
  const file = fileOf(url);
  if (isQueryExport(file)) {
    let variables: unknown = {};
    try {
      variables = JSON.parse(url.searchParams.get('variables') || '{}');
    } catch {
      error(400, { message: 'API_ERROR', detail: 'variables must be JSON' });
    }
    const body = JSON.stringify({ query: url.searchParams.get('query') ?? '', variables });
    return forward(`${apiUrl()}/export/${file}`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body });
  }
  return forward(`${apiUrl()}/export/${file}${url.search}`, { method: 'GET', headers: auth });
};

/**
 * Scripts may post {query, variables} as JSON here as to the API. Only as application/json: a
 * cross-site form can send text/plain without a preflight, JSON it cannot (the API checks the same).
 */
export const POST: RequestHandler = async ({ url, request, cookies }) => {
  const file = fileOf(url);
  if (!isQueryExport(file)) error(405, { message: 'API_ERROR', detail: 'only query.csv and query.xlsx take a POST' });
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') error(415, { message: 'API_ERROR', detail: 'the body must be sent as content-type application/json' });
  return forward(`${apiUrl()}/export/${file}`, { method: 'POST', headers: { 'content-type': 'application/json', ...apiAuthHeaders(cookies) }, body: await request.text() });
};
