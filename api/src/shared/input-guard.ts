import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTVisitor, type ValidationRule, type ValueNode } from 'graphql';

/**
 * Input PostgreSQL would refuse with a server error, refused first as the caller's mistake: the
 * NUL character (text columns cannot hold it: "invalid byte sequence 0x00") and years outside
 * 1900–2200 (make_date overflows: "date out of range"). Every year argument of the schema is
 * named `year`, `fromYear` or `toYear`, so the names say which integers are years.
 */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;
const YEAR_NAME = /^(year|fromYear|toYear)$/;

export const hasNul = (s: string) => s.includes('\0');

function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument, http: { status: 400 } } });
}

const NUL_MESSAGE = 'text must not contain the NUL character (U+0000)';
const yearMessage = (v: unknown) => `years must lie between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}, got ${v}`;

/** The first problem in a JSON value (variables), with the path of the field at fault. */
function problemIn(value: unknown, path: string, name: string): GraphQLError | null {
  if (typeof value === 'string') return hasNul(value) ? badInput(path, NUL_MESSAGE) : null;
  if (typeof value === 'number') return YEAR_NAME.test(name) && (value < YEAR_RANGE.min || value > YEAR_RANGE.max) ? badInput(path, yearMessage(value)) : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = problemIn(value[i], `${path}[${i}]`, name);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (hasNul(k)) return badInput(path, NUL_MESSAGE);
      const p = problemIn(v, path ? `${path}.${k}` : k, k);
      if (p) return p;
    }
  }
  return null;
}

/** Literals in the document (`withinUnit: "\u0000"`, `fromYear: -5`), found while validating. */
export const inputGuardRule: ValidationRule = (context): ASTVisitor => {
  const check = (node: ValueNode, path: string, name: string) => {
    if (node.kind === Kind.STRING && hasNul(node.value)) context.reportError(badInput(path, NUL_MESSAGE));
    if (node.kind === Kind.INT && YEAR_NAME.test(name)) {
      const v = Number(node.value);
      if (v < YEAR_RANGE.min || v > YEAR_RANGE.max) context.reportError(badInput(path, yearMessage(v)));
    }
  };
  return {
    Argument(node) {
      check(node.value, node.name.value, node.name.value);
    },
    ObjectField(node) {
      check(node.value, node.name.value, node.name.value);
    },
    ListValue(node) {
      // list items have no name of their own; NUL is refused in any of them
      for (const v of node.values) if (v.kind === Kind.STRING && hasNul(v.value)) context.reportError(badInput('list', NUL_MESSAGE));
    },
  };
};

/** Variables, once the operation is known (validation rules do not see them). */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          // a variable passed as a year argument (`fromYear: $y`) is a year whatever its own name
          const years = new Set<string>();
          visit(document, {
            Argument: (node) => void (node.value.kind === Kind.VARIABLE && YEAR_NAME.test(node.name.value) && years.add(node.value.name.value)),
            ObjectField: (node) => void (node.value.kind === Kind.VARIABLE && YEAR_NAME.test(node.name.value) && years.add(node.value.name.value)),
          });
          for (const [name, value] of Object.entries(variables)) {
            const problem = problemIn(value, name, years.has(name) ? 'year' : name);
            if (problem) throw problem;
          }
        },
      };
    },
  };
}

/** A URL whose path or query parameters hold a NUL: refused before any route sees it. */
export function urlHasNul(url: URL): boolean {
  if (hasNul(safeDecode(url.pathname))) return true;
  for (const [k, v] of url.searchParams) if (hasNul(k) || hasNul(v)) return true;
  return false;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Headers on every API response: no site may frame the API's pages (the explorer) and no
 * browser may sniff a type other than the one sent (a CSV read as HTML).
 */
export function setSecurityHeaders(res: http.ServerResponse): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('content-security-policy', "frame-ancestors 'none'");
  res.setHeader('referrer-policy', 'same-origin');
}

/**
 * POST routes that read data or do expensive work take JSON only, as /graphql does: a cross-site
 * HTML form can post text/plain, urlencoded or multipart without a preflight, never
 * application/json. Returns the reason to refuse (415), or null.
 */
export function requireJsonBody(req: http.IncomingMessage): string | null {
  const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' ? null : `send the body as content-type application/json (got ${type ? `"${type}"` : 'none'})`;
}

/**
 * PostgreSQL's "data exception" class (SQLSTATE 22…: a date out of range, a value that is not a
 * number) is always about a value someone sent: said as a 400, never as a server error. The
 * checks above catch the known cases first; this is the net under them.
 */
export function dataExceptionMessage(e: unknown): string | null {
  let err = e as { code?: unknown; sqlState?: unknown; message?: unknown; cause?: unknown; previous?: unknown } | undefined;
  for (let i = 0; err && i < 4; i++) {
    const state = typeof err.sqlState === 'string' ? err.sqlState : typeof err.code === 'string' ? err.code : '';
    if (/^22[0-9A-Z]{3}$/.test(state)) {
      const message = String(err.message ?? '').split('\n')[0];
      return `a value given is not acceptable: ${message.replace(/^.* - /, '')}`;
    }
    err = (err.previous ?? err.cause) as typeof err;
  }
  return null;
}
