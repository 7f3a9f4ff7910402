import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { apiUrl } from './api';

/** One error of a write, as the API describes it (SPEC §6.3: extensions.code, the input field at fault). */
export interface WriteError {
  message: string;
  code: string;
  field: string | null;
  problems: { field: string | null; message: string }[];
  currentVersion: number | null;
}

export type WriteAnswer<T> = { ok: true; data: T } | { ok: false; errors: WriteError[] };

/**
 * Runs a mutation for a form action: the session travels with SvelteKit's fetch (hooks.server.ts),
 * `x-qcdc-via: form` makes the audit trail say the change came from the dashboard's form. Errors
 * are returned, not thrown, so the action can put each one beside its field.
 */
export async function mutate<T, V extends Record<string, unknown>>(fetchFn: typeof fetch, doc: TypedDocumentNode<T, V>, variables: V): Promise<WriteAnswer<T>> {
  let body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  try {
    const res = await fetchFn(`${apiUrl()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-qcdc-via': 'form' },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    body = await res.json();
  } catch {
    return { ok: false, errors: [{ message: 'API_UNREACHABLE', code: 'API_UNREACHABLE', field: null, problems: [], currentVersion: null }] };
  }
  if (body.errors?.length || !body.data) {
    return {
      ok: false,
      errors: (body.errors ?? [{ message: 'no data' }]).map((e) => {
        const x = e.extensions ?? {};
        return {
          message: e.message,
          code: String(x.code ?? 'UNKNOWN'),
          field: (x.field as string | null | undefined) ?? null,
          problems: (x.problems as WriteError['problems'] | undefined) ?? [],
          currentVersion: (x.currentVersion as number | undefined) ?? null,
        };
      }),
    };
  }
  return { ok: true, data: body.data };
}
