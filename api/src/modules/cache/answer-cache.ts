import crypto from 'node:crypto';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { MaybeViewer } from '../auth/viewer.js';

/**
 * The analytics answer cache (issue 15.1). An answer is a pure function of the query document, its
 * variables, what the reader may see (role and scope roots) and the data; the data changes only in
 * write transactions, which bump the data version (data-version.ts). So the key is all four, and
 * an answer is kept only for the version it was computed under: after a write, nothing cached
 * before it can be found again. Only queries whose every root field is listed below are cached
 * (analytics and record reads; never `me`, `users` or a reviewer's or author's own queue).
 */
// Root fields whose answers depend only on the data and on what the reader may see. Never add one
// that depends on who asks beyond role and scope (`me`, `users`, `myPendingInspections`…).
export const CACHEABLE_FIELDS: ReadonlySet<string> = new Set([
  // analytics (SPEC §5.3)
  'coverage',
  'compliance',
  'complianceSummary',
  'awardStats',
  'planRate',
  'openRecommendations',
  'uninspectedUnits',
  'inspectionPriorities',
  'priorityFactors',
  // the records the dashboard pages show beside them
  'unit',
  'units',
  'lineageEvents',
  'inspection',
  'inspections',
  'findings',
  'recommendations',
  'requirement',
  'requirements',
  'framework',
  'frameworks',
  'awards',
  'awardDecision',
  'awardDecisions',
  'plans',
  'models',
  'sourceDocuments',
  '__typename',
]);

/** Roles whose reads are the same for everyone with the same scope; others are keyed by login too (drafts are their author's). */
const SHARED_ROLES = new Set(['ADMIN', 'LEADER', 'ANALYST']);

/** What the reader may see, as a key part: role and scope roots (login too for roles that see their own drafts). */
export function scopeKey(viewer: MaybeViewer): string {
  if (!viewer) return 'anonymous';
  const roots = [...viewer.scopeRoots].sort().join(',');
  return SHARED_ROLES.has(viewer.role) ? `${viewer.role}:${roots}` : `${viewer.role}:${roots}:${viewer.login}`;
}

/** JSON with object keys sorted, so {a, b} and {b, a} are one key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function rootFieldsCacheable(doc: DocumentNode, set: SelectionSetNode, depth = 0): boolean {
  if (depth > 5) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (!CACHEABLE_FIELDS.has(s.name.value)) return false;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (!rootFieldsCacheable(doc, s.selectionSet, depth + 1)) return false;
    } else {
      const f = doc.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === s.name.value);
      if (!f || f.kind !== Kind.FRAGMENT_DEFINITION || !rootFieldsCacheable(doc, f.selectionSet, depth + 1)) return false;
    }
  }
  return true;
}

/** Whether the operation `operationName` of `query` is an analytics query (memoised per document text). */
export class Cacheability {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly max = 1000) {}

  check(query: string, operationName: string | undefined): boolean {
    const memo = `${operationName ?? ''}\u0000${query}`;
    let ok = this.known.get(memo);
    if (ok === undefined) {
      ok = decide(query, operationName);
      if (this.known.size >= this.max) this.known.delete(this.known.keys().next().value!);
      this.known.set(memo, ok);
    }
    return ok;
  }
}

function decide(query: string, operationName: string | undefined): boolean {
  let doc: DocumentNode;
  try {
    // bounded like the server's own parse; a document that does not parse is Apollo's to refuse
    doc = parse(query, { maxTokens: 5000 });
  } catch {
    return false;
  }
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  return !!op && op.operation === 'query' && rootFieldsCacheable(doc, op.selectionSet);
}

export interface CachedAnswer {
  body: string;
  etag: string;
}

export const etagOf = (body: string): string => `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names this ETag (or `*`). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/**
 * Answers by key, least recently used dropped first past `maxBytes`; entries of older data
 * versions are dropped as soon as a newer version is seen. Concurrent misses of one key share
 * one computation.
 */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer & { version: string; bytes: number }>();
  private readonly computing = new Map<string, Promise<CachedAnswer | null>>();
  private bytes = 0;
  private newest = '';
  readonly counts = { hits: 0, misses: 0, shared: 0, stored: 0 };

  constructor(readonly maxBytes = 64 * 1024 * 1024) {}

  static key(parts: { query: string; operationName?: string; variables?: unknown; scope: string; version: string }): string {
    return crypto
      .createHash('sha256')
      .update(stableJson([parts.query, parts.operationName ?? null, parts.variables ?? {}, parts.scope, parts.version]))
      .digest('base64url');
  }

  get size(): number {
    return this.entries.size;
  }

  /** The answer under `key`, computing it with `compute` (null = not cacheable, e.g. it had errors) on a miss. */
  async get(key: string, version: string, compute: () => Promise<string | null>): Promise<{ answer: CachedAnswer | null; hit: boolean }> {
    this.seeVersion(version);
    const found = this.entries.get(key);
    if (found) {
      this.counts.hits++;
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, found);
      return { answer: found, hit: true };
    }
    const pending = this.computing.get(key);
    if (pending) {
      this.counts.shared++;
      return { answer: await pending, hit: false };
    }
    this.counts.misses++;
    const work = compute()
      .then((body) => {
        if (body === null) return null;
        const answer = { body, etag: etagOf(body) };
        this.store(key, version, answer);
        return answer;
      })
      .finally(() => this.computing.delete(key));
    this.computing.set(key, work);
    return { answer: await work, hit: false };
  }

  private seeVersion(version: string): void {
    if (version === this.newest) return;
    if (this.newest && BigInt(version) < BigInt(this.newest)) return;
    this.newest = version;
    for (const [k, e] of this.entries) if (e.version !== version) this.drop(k, e);
  }

  private store(key: string, version: string, answer: CachedAnswer): void {
    if (version !== this.newest) return; // a write committed meanwhile: the answer may be from either side of it
    const bytes = answer.body.length * 2 + key.length * 2 + 200;
    if (bytes > this.maxBytes / 4) return;
    this.entries.set(key, { ...answer, version, bytes });
    this.bytes += bytes;
    this.counts.stored++;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k, e);
    }
  }

  private drop(key: string, e: { bytes: number }): void {
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }
}
