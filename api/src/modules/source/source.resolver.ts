import { Arg, Ctx, Field, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { SourceKind } from '../../shared/enums.js';
import { ListQuery, whereSearch } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { sqlFor } from '../../shared/sql.js';
import { SourceDocument } from './source-document.entity.js';

export enum SourceOrder {
  PUBLISHED_DESC = 'PUBLISHED_DESC',
  TITLE = 'TITLE',
  KIND = 'KIND',
}
registerEnumType(SourceOrder, {
  name: 'SourceOrder',
  description: 'Order of a source document list.',
  valuesConfig: {
    PUBLISHED_DESC: { description: 'Newest publication first (unknown dates last), then title (default).' },
    TITLE: { description: 'By title in Vietnamese order.' },
    KIND: { description: 'By kind, then title.' },
  },
});

@InputType({ description: 'Which source documents (nguồn) to list.' })
export class SourceFilter {
  @Field(() => [SourceKind], { nullable: true, description: 'Only these kinds (e.g. ARTICLE, DECISION, DEMO).' })
  kinds?: SourceKind[];

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in title and publisher.' })
  search?: string;
}

@ObjectType({ description: 'A page of source documents (nguồn).' })
export class SourceDocumentConnection extends Connection(SourceDocument, 'SourceDocument', 'source documents') {}

@Resolver(() => SourceDocument)
export class SourceResolver {
  @Query(() => SourceDocumentConnection, { description: 'Nguồn — the articles, decisions, reports and other sources records come from, a page at a time.' })
  async sourceDocuments(
    @Ctx() ctx: Context,
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which sources; all when left out.' }) filter?: SourceFilter,
    @Arg('orderBy', () => SourceOrder, { nullable: true, description: 'Order; default PUBLISHED_DESC.' }) orderBy?: SourceOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const q = new ListQuery();
    if (filter?.kinds?.length) q.where('s.kind = any(?::text[])', filter.kinds);
    whereSearch(q, ['s.title', 's.publisher'], filter?.search);
    const orders: Record<SourceOrder, string> = {
      [SourceOrder.PUBLISHED_DESC]: 's.published_on desc nulls last, s.title collate "und-x-icu", s.id',
      [SourceOrder.TITLE]: 's.title collate "und-x-icu", s.id',
      [SourceOrder.KIND]: 's.kind, s.title collate "und-x-icu", s.id',
    };
    const { ids, total } = await q.page(sqlFor(ctx.em), 'source_document s', 's.id', orders[orderBy ?? SourceOrder.PUBLISHED_DESC], page);
    return connection((await ctx.loaders.source.loadMany(ids)) as SourceDocument[], total, page);
  }
}
