import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import type { ShownQuery } from '$lib/query';

export type { ShownQuery };

export interface Answer<T> {
  data: T;
  shown: ShownQuery;
}

export class ApiUnreachable extends Error {
  override name = 'ApiUnreachable';
  constructor(readonly url: string, cause: unknown) {
    super(`the QCDC Hub API at ${url} did not answer`, { cause });
  }
}

export class ApiQueryError extends Error {
  override name = 'ApiQueryError';
  constructor(readonly operation: string, readonly messages: string[], readonly codes: string[]) {
    super(`${operation}: ${messages.join('; ')}`);
  }
}

type Fetch = typeof fetch;

/**
 * The dashboard's one GraphQL client (server-side only): POST the printed document to
 * `${baseUrl}/graphql`, typed by the generated document. Errors name the operation.
 */
export function createClient(baseUrl: string, fetchFn: Fetch = fetch) {
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/graphql`;
  return async function request<T, V extends Record<string, unknown>>(doc: TypedDocumentNode<T, V>, variables: V): Promise<Answer<T>> {
    const query = print(doc);
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition');
    const name = (op && 'name' in op && op.name?.value) || 'anonymous';
    let res: Response;
    try {
      res = await fetchFn(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables, operationName: name === 'anonymous' ? undefined : name }),
      });
    } catch (e) {
      throw new ApiUnreachable(baseUrl, e);
    }
    let body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = await res.json();
    } catch (e) {
      throw new ApiUnreachable(baseUrl, e);
    }
    if (body.errors?.length || !body.data) {
      const errors = body.errors ?? [{ message: `HTTP ${res.status} without data` }];
      throw new ApiQueryError(
        name,
        errors.map((e) => e.message),
        errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
      );
    }
    return { data: body.data, shown: { name, query, variables } };
  };
}

export type Request = ReturnType<typeof createClient>;
