import { Field, InputType, Int, type ClassType } from 'type-graphql';
import { parseDate } from './dates.js';
import { AwardKind, UnitKind } from './enums.js';
import { InputProblem } from './errors.js';
import { searchCondition } from './search.js';

/**
 * The typed `where` argument of the record lists (issue 11.3), beside their `filter`:
 * `where: { and: [...], or: [...], not: {...}, <field>: { eq in notIn lt lte gt gte isNull contains } }`.
 * A where is compiled into one parameterised SQL condition of the list's statement (nothing is
 * filtered in JS), added to the list's other conditions, so the reader's scope, the review status
 * and `totalCount` apply as they do with `filter`.
 *
 * Meaning, the same for every list:
 * - the fields and operators given in one object must all hold (`{}` holds for every record);
 *   `and: []` holds for every record, `or: []` for none;
 * - a comparison never matches an empty field (null): `rating: { lt: GOOD }` leaves unrated
 *   inspections out, and `not` takes them in (`not` of a condition is true wherever the condition
 *   is not: `not coalesce(…, false)`); `notIn` keeps empty fields too (as `not { in }` does);
 *   `isNull: true|false` asks for them;
 * - an explicit null (`eq: null`, `rating: null`) is refused rather than ignored (Hasura's
 *   "null collapses to true" surprise): leave the field out, or use `isNull`;
 * - `contains` is the search rule of shared/search.ts on the one field (accent- and
 *   case-insensitive substring: "so 2" finds "Đoàn kiểm tra số 2");
 * - ordered enumerations (a rating) compare by their order, worst < best.
 * Bounded: at most WHERE_LIMITS.depth nested objects and WHERE_LIMITS.conditions operators;
 * every mistake is BAD_USER_INPUT naming its path, e.g. `where.or[1].not.date.lt`.
 */
export const WHERE_LIMITS = { depth: 5, conditions: 50 } as const;

const ALL = 'All the operators given must hold; an empty field (null) matches only `isNull: true` (and `notIn`, `not`).';

@InputType({ description: `Conditions on a text field in a \`where\`. ${ALL}` })
export class StringCondition {
  @Field(() => String, { nullable: true, description: 'Equal to this (exact).' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'Equal to one of these (an empty list matches nothing).' })
  in?: string[];

  @Field(() => [String], { nullable: true, description: 'Equal to none of these (empty fields included).' })
  notIn?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: the field is empty; false: it is not.' })
  isNull?: boolean;

  @Field(() => String, { nullable: true, description: 'Contains this text, accent- and case-insensitively ("so 2" finds "Đoàn kiểm tra số 2"), as the search of the lists.' })
  contains?: string;
}

@InputType({ description: `Conditions on a date in a \`where\`: dates are written YYYY-MM-DD (or D/M/YYYY). ${ALL}` })
export class DateCondition {
  @Field(() => String, { nullable: true, description: 'On this date.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'On one of these dates.' })
  in?: string[];

  @Field(() => [String], { nullable: true, description: 'On none of these dates (empty fields included).' })
  notIn?: string[];

  @Field(() => String, { nullable: true, description: 'Before this date.' })
  lt?: string;

  @Field(() => String, { nullable: true, description: 'On or before this date.' })
  lte?: string;

  @Field(() => String, { nullable: true, description: 'After this date.' })
  gt?: string;

  @Field(() => String, { nullable: true, description: 'On or after this date.' })
  gte?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: no date; false: a date.' })
  isNull?: boolean;
}

@InputType({ description: `Conditions on a whole number in a \`where\`. ${ALL}` })
export class IntCondition {
  @Field(() => Int, { nullable: true, description: 'Equal to this.' })
  eq?: number;

  @Field(() => [Int], { nullable: true, description: 'Equal to one of these.' })
  in?: number[];

  @Field(() => [Int], { nullable: true, description: 'Equal to none of these (empty fields included).' })
  notIn?: number[];

  @Field(() => Int, { nullable: true, description: 'Less than this.' })
  lt?: number;

  @Field(() => Int, { nullable: true, description: 'Less than or equal to this.' })
  lte?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than this.' })
  gt?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than or equal to this.' })
  gte?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: the field is empty; false: it is not.' })
  isNull?: boolean;
}

/**
 * The condition input of an enumeration, named `name` (e.g. RatingCondition). With `ascending`
 * (its values worst first) it also takes lt/lte/gt/gte, compared in that order.
 */
export function EnumCondition(name: string, enumType: object, what: string, ascending?: readonly string[]): ClassType {
  @InputType(name, { description: `Conditions on ${what} in a \`where\`. ${ALL}${ascending ? ` Ordered ${ascending.join(' < ')}.` : ''}` })
  class Condition {}
  const field = (key: string, type: () => unknown, description: string) => Field(type as never, { nullable: true, description })(Condition.prototype, key);
  field('eq', () => enumType, 'Equal to this.');
  field('in', () => [enumType], 'One of these (an empty list matches nothing).');
  field('notIn', () => [enumType], 'None of these (empty fields included).');
  if (ascending) {
    field('lt', () => enumType, `Worse than this (in the order ${ascending.join(' < ')}).`);
    field('lte', () => enumType, 'This or worse.');
    field('gt', () => enumType, 'Better than this.');
    field('gte', () => enumType, 'This or better.');
  }
  field('isNull', () => Boolean, 'true: the field is empty; false: it is not.');
  return Condition;
}

/** Unit kinds and award kinds, in the where of several lists. */
export const UnitKindCondition = EnumCondition('UnitKindCondition', UnitKind, 'the kind of a unit (loại đơn vị)');
export const AwardKindCondition = EnumCondition('AwardKindCondition', AwardKind, 'the form of an award (hình thức khen thưởng)');

/** How one field of a where reads in SQL. */
export interface WhereColumn {
  /** an SQL expression over the list's aliases, e.g. `i.date` or a scalar subselect */
  sql: string;
  type: 'text' | 'date' | 'int' | 'enum';
  /** an ordered enumeration: its values worst first */
  ascending?: readonly string[];
  /** the values of eq, in and notIn name records (unit codes, team names) the caller looks up, as `filter` does */
  names?: string;
  /**
   * How eq, in and notIn read instead of comparing `sql`, so that an index serves them: a condition
   * with one `?` (an array of the values, or with `names` of the ids the caller looked up) that is
   * true exactly where `sql` is one of the values (false or null elsewhere, e.g. for a null foreign
   * key), e.g. `i.unit_id = any(?::int[])` for a unit code. notIn is `not coalesce(member, false)`,
   * so it keeps empty fields. A column with `names` uses it only once compileWhere is given the ids.
   */
  member?: string;
  /**
   * A `date` column that stands for a moment (timestamptz), e.g. an audit entry's `e.at`: `sql` is its
   * calendar day in Vietnam (UTC+7, no daylight saving time), which in, notIn and isNull read, while
   * eq and lt/lte/gt/gte compare `instant` itself with the bounds of the given day in Vietnam, so
   * that a range index on it (BRIN, b-tree) serves them.
   */
  instant?: string;
  /**
   * The parameters of the `?` that `sql` and `member` hold themselves, before the compared value's
   * (the same for both, bound at each place the text reads them), e.g. the reader's units in the
   * successor a record counts under (structure: CURRENT).
   */
  params?: readonly unknown[];
}

/**
 * A to-many link of the records (e.g. a lineage event's units), as Prisma writes relation filters:
 * `{ some: {...}, every: {...}, none: {...} }`, each a where (and / or / not and `columns`) over the
 * linked rows, read as `exists (select 1 from <from> where <on> and …)`. `every` holds where no
 * linked row fails it (so also where there is none), `none` where none matches.
 */
export interface WhereRelation {
  relation: true;
  /** the linked rows and their aliases, e.g. `lineage_event_unit lu` */
  from: string;
  /** how they join the record, e.g. `lu.event_id = e.id and lu.role = 'FROM'` */
  on: string;
  /** the parameters of `on`, in text order (e.g. the reader's units, so that links outside the scope count for nothing) */
  params?: readonly unknown[];
  columns: Record<string, WhereField>;
}

/** A field of a where: a column, or a to-many link. */
export type WhereField = WhereColumn | WhereRelation;

/** A value eq/in/notIn gave for a column with `names`, and where. */
export interface NamedValue {
  names: string;
  path: string;
  value: string;
}

export interface CompiledWhere {
  sql: string;
  params: unknown[];
  named: NamedValue[];
}

const CAST: Record<WhereColumn['type'], string> = { text: '::text', date: '::date', int: '::int', enum: '::text' };
const COMPARE = { lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;
/** Vietnam's offset from UTC, for the days of `instant` columns (no daylight saving time). */
const VIETNAM_OFFSET = '+07';

/**
 * Compiles `where` (as GraphQL gave it) over `columns` into one SQL condition with `?` parameters
 * in text order. `path` names the argument in errors. Unknown keys cannot reach here (GraphQL
 * validates the input type); they are refused all the same. `ids` are the ids the caller looked up
 * for the `named` values of a first compilation, by their path: columns with `names` and `member`
 * then compare ids (without ids they compare `sql` with the names).
 */
export function compileWhere(where: object, columns: Record<string, WhereField>, path = 'where', ids?: Readonly<Record<string, number>>): CompiledWhere {
  const params: unknown[] = [];
  const named: NamedValue[] = [];
  let conditions = 0;

  const bind = (value: unknown) => {
    params.push(value);
    return '?';
  };
  const all = (parts: string[]) => (parts.length > 1 ? parts.map((p) => `(${p})`).join(' and ') : (parts[0] ?? 'true'));

  const node = (w: object, at: string, depth: number, cols: Record<string, WhereField> = columns): string => {
    if (depth > WHERE_LIMITS.depth) throw new InputProblem(at, `nested more than ${WHERE_LIMITS.depth} levels deep (and, or, not); write the condition flatter`);
    const parts: string[] = [];
    for (const [key, value] of Object.entries(w)) {
      if (value === undefined) continue;
      const here = `${at}.${key}`;
      if (value === null) throw new InputProblem(here, 'null is not a condition; leave the field out (for empty fields: isNull: true)');
      if (key === 'and' || key === 'or') {
        const list = value as object[];
        parts.push(list.length ? list.map((x, i) => `(${node(x, `${here}[${i}]`, depth + 1, cols)})`).join(` ${key} `) : key === 'and' ? 'true' : 'false');
      } else if (key === 'not') {
        parts.push(`not coalesce((${node(value as object, here, depth + 1, cols)}), false)`);
      } else {
        const column = cols[key];
        if (!column) throw new InputProblem(here, 'is not a field of this where');
        parts.push(all('relation' in column ? relation(column, value as Record<string, unknown>, here, depth) : field(column, value as Record<string, unknown>, here)));
      }
    }
    return all(parts);
  };

  // some / every / none of a to-many link: the linked rows' where nested one level deeper, in exists (…)
  const relation = (r: WhereRelation, condition: Record<string, unknown>, at: string, depth: number): string[] => {
    const parts: string[] = [];
    for (const [op, v] of Object.entries(condition)) {
      if (v === undefined) continue;
      const here = `${at}.${op}`;
      if (v === null) throw new InputProblem(here, 'null is not a condition; leave it out');
      if (op !== 'some' && op !== 'every' && op !== 'none') throw new InputProblem(here, 'is not an operator of this field (some, every, none)');
      if (++conditions > WHERE_LIMITS.conditions) throw new InputProblem(here, `more than ${WHERE_LIMITS.conditions} conditions in one where; ask for less, or use in: [...]`);
      params.push(...(r.params ?? []));
      const inner = node(v as object, here, depth + 1, r.columns);
      const rows = `select 1 from ${r.from} where ${r.on}`;
      parts.push(op === 'some' ? `exists (${rows} and (${inner}))` : op === 'none' ? `not exists (${rows} and (${inner}))` : `not exists (${rows} and not coalesce((${inner}), false))`);
    }
    return parts;
  };

  const field = (column: WhereColumn, condition: Record<string, unknown>, at: string): string[] => {
    // the SQL of the column where the text reads it, its own parameters (column.params) bound there
    const col = () => {
      params.push(...(column.params ?? []));
      return column.sql;
    };
    const cast = CAST[column.type];
    const value = (v: unknown, p: string) => {
      if (column.type !== 'date') return v;
      const iso = typeof v === 'string' && v !== '' ? parseDate(v) : null;
      if (!iso) throw new InputProblem(p, `"${String(v)}" is not a date (use YYYY-MM-DD)`);
      return iso;
    };
    const name = (v: unknown, p: string) => {
      if (column.names) named.push({ names: column.names, path: p, value: String(v) });
      return value(v, p);
    };
    const list = (vs: unknown[], p: string) => vs.map((v, i) => name(v, `${p}[${i}]`));
    const member = column.member && (!column.names || ids) ? column.member : undefined;
    const id = (v: unknown, p: string) => {
      const found = ids?.[p];
      if (found === undefined) throw new Error(`${p}: no id looked up for "${String(v)}"`);
      return found;
    };
    // the values of eq (one), in and notIn as member's array parameter: ids for named records
    const members = (vs: unknown[], p: string, one: boolean) => {
      const at = (i: number) => (one ? p : `${p}[${i}]`);
      params.push(vs.map((v, i) => (column.names ? (name(v, at(i)), id(v, at(i))) : value(v, at(i)))));
    };
    const parts: string[] = [];
    for (const [op, v] of Object.entries(condition)) {
      if (v === undefined) continue;
      const here = `${at}.${op}`;
      if (v === null) throw new InputProblem(here, 'null is not a value to compare with; leave it out, or use isNull: true');
      if (++conditions > WHERE_LIMITS.conditions) throw new InputProblem(here, `more than ${WHERE_LIMITS.conditions} conditions in one where; ask for less, or use in: [...]`);
      if (column.instant && (op === 'eq' || op in COMPARE)) {
        // the day in Vietnam is [its 00:00+07, the next day's 00:00+07): compare the moment with those bounds
        const t = column.instant;
        const start = () => `${bind(`${value(v, here) as string} 00:00:00${VIETNAM_OFFSET}`)}::timestamptz`;
        const next = () => `(${start()} + interval '1 day')`;
        const bounds = { eq: () => `${t} >= ${start()} and ${t} < ${next()}`, lt: () => `${t} < ${start()}`, lte: () => `${t} < ${next()}`, gt: () => `${t} >= ${next()}`, gte: () => `${t} >= ${start()}` };
        parts.push(bounds[op as keyof typeof bounds]());
        continue;
      }
      if (member && (op === 'eq' || op === 'in' || op === 'notIn')) {
        params.push(...(column.params ?? []));
        members(op === 'eq' ? [v] : (v as unknown[]), here, op === 'eq');
        parts.push(op === 'notIn' ? `not coalesce(${member}, false)` : member);
        continue;
      }
      switch (op) {
        case 'eq':
          parts.push(`${col()} = ${bind(name(v, here))}${cast}`);
          break;
        case 'in':
          parts.push(`${col()} = any(${bind(list(v as unknown[], here))}${cast}[])`);
          break;
        case 'notIn':
          parts.push(`(${col()} is null or ${col()} <> all(${bind(list(v as unknown[], here))}${cast}[]))`);
          break;
        case 'lt':
        case 'lte':
        case 'gt':
        case 'gte': {
          if (column.ascending) {
            const at = column.ascending.indexOf(String(v));
            if (at < 0) throw new InputProblem(here, `"${String(v)}" is not one of ${column.ascending.join(', ')}`);
            const [from, to] = { lt: [0, at], lte: [0, at + 1], gt: [at + 1, column.ascending.length], gte: [at, column.ascending.length] }[op];
            parts.push(`${col()} = any(${bind(column.ascending.slice(from, to))}::text[])`);
          } else if (column.type === 'enum' || column.type === 'text') {
            throw new InputProblem(here, 'this field has no order to compare with');
          } else {
            parts.push(`${col()} ${COMPARE[op]} ${bind(value(v, here))}${cast}`);
          }
          break;
        }
        case 'isNull':
          parts.push(v ? `${col()} is null` : `${col()} is not null`);
          break;
        case 'contains': {
          const s = searchCondition([col()], String(v).normalize('NFC'));
          parts.push(s.sql);
          params.push(...s.params);
          break;
        }
        default:
          throw new InputProblem(here, 'is not an operator of this field');
      }
    }
    return parts;
  };

  return { sql: node(where, path, 1), params, named };
}
