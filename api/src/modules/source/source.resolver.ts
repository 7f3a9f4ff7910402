import { Arg, Ctx, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { SourceDocument } from './source-document.entity.js';
import { SourceFilter, SourceOrder, SourceWhere } from './source.inputs.js';
import { listSources } from './source.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

@ObjectType({ description: 'A page of source documents (nguồn).' })
export class SourceDocumentConnection extends Connection(SourceDocument, 'SourceDocument', 'source documents') {}

@Resolver(() => SourceDocument)
export class SourceResolver {
  @Query(() => SourceDocumentConnection, { nullable: true, description: 'Nguồn — the articles, decisions, reports and other sources records come from, a page at a time.' + ' ' + NULL_ON_ERROR })
  async sourceDocuments(
    @Ctx() ctx: Context,
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which sources; all when left out.' }) filter?: SourceFilter,
    @Arg('orderBy', () => SourceOrder, { nullable: true, description: 'Order; default PUBLISHED_DESC.' }) orderBy?: SourceOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => SourceWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ or: [{ kind: { eq: DECISION } }, { publisher: { contains: "ubnd" } }] }`), together with `filter`.' }) where?: SourceWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listSources(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.source.loadMany(ids)) as SourceDocument[], total, page);
  }
}
