import { SourceKind } from '../../shared/enums.js';
import type { Sql } from '../../shared/sql.js';
import { date, oneOf, text, webUrl, type Field } from '../records/record.js';

/** Where a record came from (Nguồn): the document a row cites, or the import's default. */
export interface SourceRef {
  kind: SourceKind;
  title: string;
  url: string | null;
  publisher: string | null;
  publishedOn: string | null;
}
export const sourceKey = (s: Pick<SourceRef, 'kind' | 'title' | 'url'>) => `${s.kind}\u0000${s.title}\u0000${s.url ?? ''}`;

/**
 * Provenance columns every sheet may carry (an extension of SPEC §5.2): the source document of the
 * row, keyed by (kind, title, url). Without them a row gets the import's default source.
 */
export const SOURCE_FIELDS: Field[] = [
  oneOf('source_kind', SourceKind, 'SourceKind', { column: null, vi: 'Loại nguồn', en: 'Source kind' }),
  text('source_title', { column: null, vi: 'Nguồn', en: 'Source' }),
  webUrl('source_url', { column: null, vi: 'Liên kết nguồn', en: 'Source URL' }),
  text('source_publisher', { column: null, vi: 'Nơi đăng', en: 'Publisher' }),
  date('source_published_on', { column: null, vi: 'Ngày đăng', en: 'Published on' }),
];

/** SQL of the provenance columns of an export, from source_document `sd`. */
export const SOURCE_SELECT = `sd.kind as source_kind, sd.title as source_title, sd.url as source_url, sd.publisher as source_publisher, to_char(sd.published_on, 'YYYY-MM-DD') as source_published_on`;

/**
 * Upserts the distinct sources (a publisher or date given later fills in, never erases) and returns
 * their ids by sourceKey.
 */
export async function upsertSources(sql: Sql, sources: Iterable<SourceRef>): Promise<Map<string, number>> {
  const distinct = new Map<string, SourceRef>();
  for (const s of sources) distinct.set(sourceKey(s), s);
  const list = [...distinct.values()];
  const ids = new Map<string, number>();
  if (!list.length) return ids;
  const col = <T>(f: (s: SourceRef) => T) => list.map(f);
  await sql(
    `insert into source_document (kind, title, url, publisher, published_on)
     select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::date[])
     on conflict (kind, title, coalesce(url, '')) do update
       set publisher = coalesce(excluded.publisher, source_document.publisher),
           published_on = coalesce(excluded.published_on, source_document.published_on)
       where (source_document.publisher, source_document.published_on) is distinct from
             (coalesce(excluded.publisher, source_document.publisher), coalesce(excluded.published_on, source_document.published_on))`,
    [col((x) => x.kind), col((x) => x.title), col((x) => x.url), col((x) => x.publisher), col((x) => x.publishedOn)],
  );
  const rows = await sql<{ id: number; kind: string; title: string; url: string }>(
    `select d.id, d.kind, d.title, coalesce(d.url, '') as url from source_document d
     join unnest(?::text[], ?::text[], ?::text[]) as v(kind, title, url) on d.kind = v.kind and d.title = v.title and coalesce(d.url, '') = v.url`,
    [col((x) => x.kind), col((x) => x.title), col((x) => x.url ?? '')],
  );
  for (const r of rows) ids.set(sourceKey({ kind: r.kind as SourceKind, title: r.title, url: r.url || null }), r.id);
  return ids;
}
