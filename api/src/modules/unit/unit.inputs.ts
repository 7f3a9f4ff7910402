import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { LineageType, UnitKind } from '../../shared/enums.js';
import { LOGIC } from '../../shared/record-where.js';
import { DateCondition, EnumCondition, IntCondition, StringCondition, UnitKindCondition } from '../../shared/where.js';

export enum UnitOrder {
  RELEVANCE = 'RELEVANCE',
  CODE = 'CODE',
  NAME = 'NAME',
  KIND = 'KIND',
  VALID_FROM = 'VALID_FROM',
}
registerEnumType(UnitOrder, {
  name: 'UnitOrder',
  description: 'Order of a unit list.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match of `search` first: exact code, then whole name, then names starting with the text, then containing it; units still existing before former ones. Without search, as CODE. Default when searching.' },
    CODE: { description: 'By code (default without search).' },
    NAME: { description: 'By Vietnamese name, in Vietnamese alphabetical order.' },
    KIND: { description: 'By kind, then name.' },
    VALID_FROM: { description: 'Oldest first (unknown start first), then code.' },
  },
});

@InputType({ description: 'Which units to list.' })
export class UnitFilter {
  @Field(() => [UnitKind], { nullable: true, description: 'Only these kinds.' })
  kinds?: UnitKind[];

  @Field(() => Int, { nullable: true, description: 'Only units active in this year (validity intersects the year).' })
  activeYear?: number;

  @Field(() => String, { nullable: true, description: 'Only units that existed on this date (YYYY-MM-DD): the hierarchy as of a date.' })
  activeOn?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Accent- and case-insensitive search in name and code; every word must occur ("ke hoach" finds "Kế hoạch và Đầu tư", "da nang" finds "Đà Nẵng").',
  })
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only that unit and its descendants (subtree), by code.' })
  withinUnit?: string;

  @Field(() => String, { nullable: true, description: 'Only the direct children of this unit, by code.' })
  parentCode?: string;

  @Field(() => String, { nullable: true, description: 'Only units of this district (quận, huyện; SPEC §4: the district itself and units below it), by code.' })
  districtCode?: string;
}

@InputType({
  description:
    'Which units, as conditions combined with and, or, not (issue 11.3), e.g. `{ kind: { eq: WARD }, or: [{ validTo: { isNull: true } }, { validTo: { gte: "2021-01-01" } }] }`. ' +
    'The fields given in one object must all hold; at most 5 levels of nesting and 50 conditions. Applies together with `filter` and the reader\'s scope.',
})
export class UnitWhere {
  @Field(() => [UnitWhere], { nullable: true, description: 'Every one of these holds (an empty list: always true).' })
  and?: UnitWhere[];

  @Field(() => [UnitWhere], { nullable: true, description: 'At least one of these holds (an empty list: never true).' })
  or?: UnitWhere[];

  @Field(() => UnitWhere, { nullable: true, description: 'This does not hold (records with an empty field compared inside are kept: `not: { validTo: { lt: … } }` includes units that still exist).' })
  not?: UnitWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The unit code (mã đơn vị).' })
  code?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The Vietnamese name (tên đơn vị); `contains` ignores accents and case.' })
  name?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The English name; empty when none was given.' })
  nameEn?: StringCondition;

  @Field(() => UnitKindCondition, { nullable: true, description: 'Loại đơn vị.' })
  kind?: object;

  @Field(() => DateCondition, { nullable: true, description: 'First day of existence; empty when before the records begin.' })
  validFrom?: DateCondition;

  @Field(() => DateCondition, { nullable: true, description: 'Last day of existence; empty while the unit still exists.' })
  validTo?: DateCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The unit directly above (đơn vị cấp trên), by code; empty for the city. Codes in eq, in or notIn must be units in the reader\'s scope.' })
  parentCode?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The district (quận, huyện; SPEC §4: a district is its own), by code; empty for units under no district. Codes in eq, in or notIn must be units in the reader\'s scope.' })
  districtCode?: StringCondition;
}

export enum LineageOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
}
registerEnumType(LineageOrder, {
  name: 'LineageOrder',
  description: 'Order of a lineage event list.',
  valuesConfig: {
    DATE_ASC: { description: 'Oldest first (default).' },
    DATE_DESC: { description: 'Newest first.' },
  },
});

@InputType({ description: 'Which lineage events (biến động đơn vị) to list.' })
export class LineageFilter {
  @Field(() => Int, { nullable: true, description: 'Events dated from this calendar year (inclusive).' })
  fromYear?: number;

  @Field(() => Int, { nullable: true, description: 'Events dated up to this calendar year (inclusive).' })
  toYear?: number;

  @Field(() => [LineageType], { nullable: true, description: 'Only these kinds of change.' })
  types?: LineageType[];

  @Field(() => String, { nullable: true, description: 'Only events this unit takes part in, on either side (by code).' })
  unitCode?: string;

  @Field(() => String, { nullable: true, description: 'Only events with a unit of this subtree on either side (by code of its root).' })
  withinUnit?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only DEMO (generated) events; false: only events from real sources.' })
  demo?: boolean;
}

export const LineageTypeCondition = EnumCondition('LineageTypeCondition', LineageType, 'the kind of a lineage event (loại biến động)');

@InputType({ description: `Conditions on one unit of a lineage event, inside \`some\`, \`every\` or \`none\` (issue 11.3). ${LOGIC.rule}` })
export class LineageUnitWhere {
  @Field(() => [LineageUnitWhere], { nullable: true, description: LOGIC.and })
  and?: LineageUnitWhere[];

  @Field(() => [LineageUnitWhere], { nullable: true, description: LOGIC.or })
  or?: LineageUnitWhere[];

  @Field(() => LineageUnitWhere, { nullable: true, description: LOGIC.not })
  not?: LineageUnitWhere;

  @Field(() => StringCondition, { nullable: true, description: 'The unit code (mã đơn vị); codes in eq, in or notIn must be units in the reader\'s scope.' })
  code?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'The unit\'s Vietnamese name; `contains` ignores accents and case.' })
  name?: StringCondition;

  @Field(() => UnitKindCondition, { nullable: true, description: 'Loại đơn vị.' })
  kind?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The unit\'s district (quận, huyện), by code; empty for units under no district. Codes in eq, in or notIn must be units in the reader\'s scope.' })
  districtCode?: StringCondition;
}

@InputType({
  description:
    'Conditions on the units of a lineage event, a many-to-many link, as Prisma filters a to-many relation: `some` — at least one unit matches; ' +
    '`every` — all of them match (true when there is none); `none` — no unit matches. E.g. `fromUnits: { some: { code: { eq: "W2" } } }` (Hasura\'s `from_units: { code: { _eq: "W2" } }`). ' +
    'For a scoped reader only the units of the scope count.',
})
export class LineageUnitsCondition {
  @Field(() => LineageUnitWhere, { nullable: true, description: 'At least one of the units matches.' })
  some?: LineageUnitWhere;

  @Field(() => LineageUnitWhere, { nullable: true, description: 'Every one of the units matches (also true when the event has none on that side).' })
  every?: LineageUnitWhere;

  @Field(() => LineageUnitWhere, { nullable: true, description: 'None of the units matches.' })
  none?: LineageUnitWhere;
}

@InputType({
  description:
    `Which lineage events, as conditions combined with and, or, not (issue 11.3), e.g. \`{ type: { in: [MERGE, SPLIT] }, fromUnits: { some: { kind: { eq: WARD } } }, date: { gte: "2025-01-01" } }\`. ` +
    `Its units are a many-to-many link: \`fromUnits\`, \`toUnits\` and \`units\` (either side) take \`some\`, \`every\` and \`none\`, as Prisma's relation filters. ${LOGIC.rule}`,
})
export class LineageWhere {
  @Field(() => [LineageWhere], { nullable: true, description: LOGIC.and })
  and?: LineageWhere[];

  @Field(() => [LineageWhere], { nullable: true, description: LOGIC.or })
  or?: LineageWhere[];

  @Field(() => LineageWhere, { nullable: true, description: LOGIC.not })
  not?: LineageWhere;

  @Field(() => DateCondition, { nullable: true, description: 'The date the change took effect.' })
  date?: DateCondition;

  @Field(() => IntCondition, { nullable: true, description: 'The calendar year of that date.' })
  year?: IntCondition;

  @Field(() => LineageTypeCondition, { nullable: true, description: 'Loại biến động.' })
  type?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The decision or resolution behind it; empty when unknown.' })
  decision?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Ghi chú; empty when none.' })
  note?: StringCondition;

  @Field(() => LineageUnitsCondition, { nullable: true, description: 'Đơn vị trước — the units before the change (some / every / none).' })
  fromUnits?: LineageUnitsCondition;

  @Field(() => LineageUnitsCondition, { nullable: true, description: 'Đơn vị sau — the units after the change (some / every / none).' })
  toUnits?: LineageUnitsCondition;

  @Field(() => LineageUnitsCondition, { nullable: true, description: 'The units on either side (some / every / none).' })
  units?: LineageUnitsCondition;
}
