import { Field, InputType, registerEnumType } from 'type-graphql';
import { RecordFilter } from '../../shared/record-filter.js';
import { LOGIC, UnitRecordWhere } from '../../shared/record-where.js';
import { IntCondition, StringCondition } from '../../shared/where.js';

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

@InputType({ description: `Which "Dân vận khéo" models, as conditions combined with and, or, not (issue 11.3), e.g. \`{ field: { contains: "chuyen doi so" }, year: { gte: 2021 } }\`. ${LOGIC.rule}` })
export class ModelWhere extends UnitRecordWhere {
  @Field(() => [ModelWhere], { nullable: true, description: LOGIC.and })
  and?: ModelWhere[];

  @Field(() => [ModelWhere], { nullable: true, description: LOGIC.or })
  or?: ModelWhere[];

  @Field(() => ModelWhere, { nullable: true, description: LOGIC.not })
  not?: ModelWhere;

  @Field(() => IntCondition, { nullable: true, description: 'Year (năm) the model was recognised.' })
  year?: IntCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Name of the model (tên mô hình); `contains` ignores accents and case.' })
  title?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Field (lĩnh vực); empty when unknown.' })
  field?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Level of recognition (cấp); empty when unknown.' })
  level?: StringCondition;
}
