import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import { env } from '$env/dynamic/private';
import { ApiQueryError, ApiUnreachable, createClient, type Answer } from './client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Server-side address of the API (API_URL, default http://127.0.0.1:4000). */
export function apiUrl(): string {
  return (env.API_URL || 'http://127.0.0.1:4000').replace(/\/+$/, '');
}

/** The API address browsers can reach, for "open in explorer" links (API_PUBLIC_URL, default API_URL). */
export function apiPublicUrl(): string {
  return (env.API_PUBLIC_URL || apiUrl()).replace(/\/+$/, '');
}

/**
 * Runs one typed operation for a load function; API failures become SvelteKit errors the
 * error page explains (503 unreachable, 400 for a rejected filter, 502 otherwise).
 */
export async function gql<T, V extends Record<string, unknown>>(fetchFn: typeof fetch, doc: TypedDocumentNode<T, V>, variables: V): Promise<Answer<T>> {
  try {
    return await createClient(apiUrl(), fetchFn)(doc, variables);
  } catch (e) {
    if (e instanceof ApiUnreachable) error(503, { message: 'API_UNREACHABLE', detail: e.url });
    if (e instanceof ApiQueryError && e.codes.includes('UNAUTHENTICATED')) {
      // ACCESS=login and no (or an ended) session: to the sign-in page, then back here
      const { url } = getRequestEvent();
      redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`);
    }
    if (e instanceof ApiQueryError && e.codes.includes('FORBIDDEN')) {
      error(403, { message: 'FORBIDDEN', detail: e.messages.join('; ') });
    }
    if (e instanceof ApiQueryError) {
      console.error(e.message);
      error(e.codes.includes('BAD_USER_INPUT') ? 400 : 502, { message: 'API_ERROR', detail: e.messages.join('; ') });
    }
    throw e;
  }
}
