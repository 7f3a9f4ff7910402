import { Arg, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { argumentLoader, preparedOnce } from '../../shared/dataloaders.js';
import { idsByUnitGroups, isDemoSource } from '../../shared/list.js';
import { sqlFor } from '../../shared/sql.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Model } from './model.entity.js';
import { ModelFilter, ModelOrder, ModelWhere } from './model.inputs.js';
import { listModels, modelStatement } from './model.service.js';
import { NULL_ON_ERROR } from '../../shared/errors.js';

@ObjectType({ description: 'A page of "Dân vận khéo" models.' })
export class ModelConnection extends Connection(Model, 'Model', '"Dân vận khéo" models') {}

@Resolver(() => Model)
export class ModelResolver {
  @Query(() => ModelConnection, { nullable: true, description: 'Mô hình "Dân vận khéo" — skilful mass mobilisation models, filtered and ordered, a page at a time.' + ' ' + NULL_ON_ERROR })
  async models(
    @Ctx() ctx: Context,
    @Arg('filter', () => ModelFilter, { nullable: true, description: 'Which models; all when left out.' }) filter?: ModelFilter,
    @Arg('orderBy', () => ModelOrder, { nullable: true, description: 'Order; default YEAR_DESC.' }) orderBy?: ModelOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
    @Arg('where', () => ModelWhere, { nullable: true, description: 'Conditions with and, or, not on the fields (e.g. `{ field: { contains: "chuyen doi so" } }`), together with `filter`.' }) where?: ModelWhere,
  ) {
    const page = readPage(pageInput);
    const { ids, total } = await listModels(ctx.em, ctx.scope, filter, orderBy, page, where);
    return connection((await ctx.loaders.model.loadMany(ids)) as Model[], total, page);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị — the unit whose model it is.' })
  async unit(@Root() m: Model, @Ctx() ctx: Context) {
    return (await ctx.loaders.unit.load(m.unit.id))!;
  }

  @FieldResolver(() => SourceDocument, { nullable: true, description: 'Nguồn — where this record comes from.' })
  source(@Root() m: Model, @Ctx() ctx: Context) {
    const id = refId(m.source);
    return id === null ? null : ctx.loaders.source.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the record is generated demo data (Dữ liệu minh họa), not fact.' })
  isDemo(@Root() m: Model, @Ctx() ctx: Context) {
    return isDemoSource(ctx.loaders, m.source);
  }
}

/** The arguments of a nested list of models (Unit.models). */
export interface ModelListArgs {
  filter?: ModelFilter;
  where?: ModelWhere;
  orderBy?: ModelOrder;
}

/** The statement of a nested model list's arguments, made once per request (and checked before it runs: NESTED_ARGUMENT_CHECKS in schema.ts); default YEAR_ASC, as without arguments. */
export const nestedModelStatement = (ctx: Context, args: ModelListArgs) =>
  preparedOnce(ctx, 'models', args, () => modelStatement(ctx.scope, args.filter, args.orderBy ?? ModelOrder.YEAR_ASC, args.where));

/** The models of a group of units under a list's arguments: one id statement per batch of parents, then the model loader. */
export async function modelsOfUnits(ctx: Context, unitIds: readonly number[], args: ModelListArgs): Promise<Model[]> {
  const loader = argumentLoader(ctx, 'modelsOfUnits', args, async (groups) => idsByUnitGroups(sqlFor(ctx.em), await nestedModelStatement(ctx, args), groups));
  return (await ctx.loaders.model.loadMany(await loader.load(unitIds))).filter((m): m is Model => m != null && !(m instanceof Error));
}

/** Unit.models, answered by the folder that owns models. */
@Resolver(() => Unit)
export class UnitModelsResolver {
  @FieldResolver(() => [Model], { description: 'Mô hình "Dân vận khéo" — its models, by year; with arguments, those of the top-level models list.' })
  models(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('filter', () => ModelFilter, { nullable: true, description: 'Which models, as in the top-level models list; all when left out.' }) filter?: ModelFilter,
    @Arg('orderBy', () => ModelOrder, { nullable: true, description: 'Order; default YEAR_ASC (oldest first, as without arguments).' }) orderBy?: ModelOrder,
    @Arg('where', () => ModelWhere, { nullable: true, description: 'Conditions with and, or, not on the fields, as in the top-level models list, together with `filter`.' }) where?: ModelWhere,
  ) {
    const args = { filter, where, orderBy };
    return Object.values(args).some((v) => v != null) ? modelsOfUnits(ctx, [unit.id], args) : ctx.loaders.modelsOfUnit.load(unit.id);
  }
}
