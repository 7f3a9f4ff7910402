import { Field, InputType } from 'type-graphql';
import { StringCondition, UnitKindCondition } from './where.js';

/** The unit fields every `where` of a list of unit records shares (plans, models, awards; issue 11.3). */
@InputType('UnitRecordWhere', { description: 'The fields of the unit a record belongs to, in the where of plans, models and awards (not used on its own).' })
export abstract class UnitRecordWhere {
  @Field(() => StringCondition, { nullable: true, description: 'The unit of the record (for an award: its recipient), by code (with filter.structure CURRENT: its current successor); a code given in eq, in or notIn must be a unit in the reader\'s scope.' })
  unitCode?: StringCondition;

  @Field(() => UnitKindCondition, { nullable: true, description: 'The kind of the record\'s unit (loại đơn vị).' })
  unitKind?: object;

  @Field(() => StringCondition, { nullable: true, description: 'The district (quận, huyện) of the record\'s unit (with filter.structure CURRENT: of its current successor), by code (empty for units under no district); codes in eq, in or notIn must be units in the reader\'s scope.' })
  districtCode?: StringCondition;
}

/** and / or / not, with their descriptions, for a where input class. */
export const LOGIC = {
  and: 'Every one of these holds (an empty list: always true).',
  or: 'At least one of these holds (an empty list: never true).',
  not: 'This does not hold (records with an empty field compared inside are kept).',
  rule: 'The fields given in one object must all hold; at most 5 levels of nesting and 50 conditions. Applies together with `filter` and the reader\'s scope.',
} as const;
