import { Arg, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { refId, type Context } from '../../shared/context.js';
import { InputProblem } from '../../shared/errors.js';
import { isDemoSource, ListQuery, whereDemo, whereSearch, whereUnit } from '../../shared/list.js';
import { Connection, connection, PageInput, readPage } from '../../shared/pagination.js';
import { RecordFilter } from '../../shared/record-filter.js';
import { sqlFor } from '../../shared/sql.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Model } from './model.entity.js';

export enum ModelOrder {
  YEAR_DESC = 'YEAR_DESC',
  YEAR_ASC = 'YEAR_ASC',
  UNIT = 'UNIT',
  TITLE = 'TITLE',
}
registerEnumType(ModelOrder, {
  name: 'ModelOrder',
  description: 'Order of a "Dân vận khéo" model list.',
  valuesConfig: {
    YEAR_DESC: { description: 'Newest year first, then unit code and title (default).' },
    YEAR_ASC: { description: 'Oldest year first, then unit code and title.' },
    UNIT: { description: 'By unit code, then year and title.' },
    TITLE: { description: 'By title in Vietnamese order.' },
  },
});

@InputType({ description: 'Which "Dân vận khéo" models to list; years are the model years.' })
export class ModelFilter extends RecordFilter {
  @Field(() => String, { nullable: true, description: 'Lĩnh vực — only models of this field (exact, e.g. "Cải cách hành chính").' })
  field?: string;

  @Field(() => String, { nullable: true, description: 'Cấp — only models recognised at this level (exact, e.g. "Cấp thành phố").' })
  level?: string;

  @Field(() => String, { nullable: true, description: 'Accent-insensitive search in the title.' })
  search?: string;
}

@ObjectType({ description: 'A page of "Dân vận khéo" models.' })
export class ModelConnection extends Connection(Model, 'Model', '"Dân vận khéo" models') {}

@Resolver(() => Model)
export class ModelResolver {
  @Query(() => ModelConnection, { description: 'Mô hình "Dân vận khéo" — skilful mass mobilisation models, filtered and ordered, a page at a time.' })
  async models(
    @Ctx() ctx: Context,
    @Arg('filter', () => ModelFilter, { nullable: true, description: 'Which models; all when left out.' }) filter?: ModelFilter,
    @Arg('orderBy', () => ModelOrder, { nullable: true, description: 'Order; default YEAR_DESC.' }) orderBy?: ModelOrder,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page (cursor pagination).' }) pageInput?: PageInput,
  ) {
    const page = readPage(pageInput);
    const sql = sqlFor(ctx.em);
    const q = new ListQuery();
    if (filter?.fromYear != null && filter.toYear != null && filter.fromYear > filter.toYear) throw new InputProblem('filter.toYear', `must not be before fromYear (${filter.fromYear} > ${filter.toYear})`);
    if (filter?.fromYear != null) q.where('m.year >= ?', filter.fromYear);
    if (filter?.toYear != null) q.where('m.year <= ?', filter.toYear);
    await whereUnit(sql, q, 'm.unit_id', filter);
    whereDemo(q, 'm.source_id', filter?.demo);
    if (filter?.field) q.where('m.field = ?', filter.field);
    if (filter?.level) q.where('m.level = ?', filter.level);
    whereSearch(q, ['m.title'], filter?.search);
    const unit = '(select u.code from unit u where u.id = m.unit_id)';
    const orders: Record<ModelOrder, string> = {
      [ModelOrder.YEAR_DESC]: `m.year desc, ${unit}, m.title`,
      [ModelOrder.YEAR_ASC]: `m.year, ${unit}, m.title`,
      [ModelOrder.UNIT]: `${unit}, m.year, m.title`,
      [ModelOrder.TITLE]: 'm.title collate "und-x-icu", m.id',
    };
    const { ids, total } = await q.page(sql, 'model m', 'm.id', orders[orderBy ?? ModelOrder.YEAR_DESC], page);
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

/** Unit.models, answered by the folder that owns models. */
@Resolver(() => Unit)
export class UnitModelsResolver {
  @FieldResolver(() => [Model], { description: 'Mô hình "Dân vận khéo" — its models, by year.' })
  models(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.modelsOfUnit.load(unit.id);
  }
}
