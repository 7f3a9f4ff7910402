import { error } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';
import type { RequestHandler } from './$types';

/**
 * Downloads go through the dashboard, so browsers talk only to it: /export/* is forwarded to
 * API_URL/export/* and the file streamed back with its type and name. A plain link
 * /export/query.<csv|xlsx>?query=…&variables=… (a figure's own query) becomes the JSON POST the
 * API's /export/query expects; links need no JavaScript and no cross-origin form checks.
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

export const GET: RequestHandler = async ({ params, url }) => {
  if (/^query\.(csv|xlsx)$/.test(params.path)) {
    let variables: unknown = {};
    try {
      variables = JSON.parse(url.searchParams.get('variables') || '{}');
    } catch {
      error(400, { message: 'API_ERROR', detail: 'variables must be JSON' });
    }
    const body = JSON.stringify({ query: url.searchParams.get('query') ?? '', variables });
    return forward(`${apiUrl()}/export/${params.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  }
  return forward(`${apiUrl()}/export/${params.path}${url.search}`, { method: 'GET' });
};

/** JSON bodies pass through unchanged (scripts can post {query, variables} here as to the API). */
export const POST: RequestHandler = async ({ params, request }) => {
  return forward(`${apiUrl()}/export/${params.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: await request.text() });
};
