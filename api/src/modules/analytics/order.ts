import { Field, InputType, registerEnumType } from 'type-graphql';
import { InputProblem } from '../../shared/errors.js';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Tăng dần / giảm dần — ascending or descending; nulls (e.g. a rate with no unit in scope) come last either way.',
});

@InputType({
  description:
    'One key of the order of analytics rows: a field the rows return (a measure such as `nonCompliant`, `rate`, `awards`, or a dimension in `by` such as `year`, `month`, `district`, `unit` — districts, units and requirements by their code). Ties fall back to the default order (year, quarter, month, district, kind, unit).',
})
export class AnalyticsOrder {
  @Field(() => String, { description: 'The row field to order by, as the rows name it, e.g. "nonCompliant", "rate", "month".' })
  field!: string;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'ASC (default) or DESC.' })
  direction?: SortDirection | null;
}

/** The order and limit of an analytics statement, validated: keys are row fields. */
export interface RowOrder {
  keys: { field: string; desc: boolean }[];
  limit: number | null;
}

/** Row fields that are dimensions, with the `by` value that fills them. */
const DIMENSION_FIELDS: Record<string, string> = {
  year: 'YEAR',
  quarter: 'QUARTER',
  month: 'MONTH',
  district: 'DISTRICT',
  unitKind: 'UNIT_KIND',
  unit: 'UNIT',
  category: 'CATEGORY',
  period: 'PERIOD',
  kind: 'KIND',
};

/**
 * Validates `orderBy` and `limit` against a query's row fields: `measures` (always filled) and the
 * dimension fields (filled only when their dimension is in `by`; `always` = filled in every row,
 * like compliance's requirement). Errors name the argument (orderBy[i].field, limit).
 */
export function readOrder(
  orderBy: AnalyticsOrder[] | null | undefined,
  limit: number | null | undefined,
  fields: { measures: string[]; dimensions: string[]; always?: string[] },
  by: readonly string[],
): RowOrder {
  if (limit != null && limit < 0) throw new InputProblem('limit', `must not be negative (${limit})`);
  const known = [...(fields.always ?? []), ...fields.dimensions, ...fields.measures];
  const keys = (orderBy ?? []).map((o, i) => {
    const argument = `orderBy[${i}].field`;
    if (!known.includes(o.field)) throw new InputProblem(argument, `unknown field "${o.field}"; order by one of ${known.join(', ')}`);
    const dim = DIMENSION_FIELDS[o.field];
    if (fields.dimensions.includes(o.field) && dim && !by.includes(dim)) {
      throw new InputProblem(argument, `"${o.field}" is null in every row unless ${dim} is in \`by\``);
    }
    return { field: o.field, desc: o.direction === SortDirection.DESC };
  });
  return { keys, limit: limit ?? null };
}

/**
 * `order by <keys>, <default order> [limit n]` for a grouped statement: `exprs` maps each row field
 * to its SQL (an output column name or an expression over the grouped columns and aggregates).
 * The default order breaks ties, so the same data always gives the same rows.
 */
export function orderSql(order: RowOrder | undefined, exprs: Record<string, string>, defaults: string[]): string {
  const keys = (order?.keys ?? []).map((k) => `${exprs[k.field]} ${k.desc ? 'desc' : 'asc'} nulls last`);
  const all = [...keys, ...defaults];
  return `${all.length ? `order by ${all.join(', ')}` : ''}${order?.limit != null ? ` limit ${Math.trunc(order.limit)}` : ''}`;
}

/** SQL expressions of the dimension fields over the relation `s` of dimensionSql. */
export const DIMENSION_EXPRS: Record<string, string> = {
  year: 's.year',
  quarter: 's.quarter',
  month: 's.month',
  district: 's.m_district_code',
  unitKind: 's.m_kind',
  unit: 's.m_code',
};

/** a ÷ b as a float, null when b is 0 (rate, score), for ordering in SQL as JS computes it. */
export const ratio = (a: string, b: string) => `(${a})::float8 / nullif(${b}, 0)`;
