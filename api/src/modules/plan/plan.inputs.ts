import { Field, InputType, registerEnumType } from 'type-graphql';
import { RecordFilter } from '../../shared/record-filter.js';
import { LOGIC, UnitRecordWhere } from '../../shared/record-where.js';
import { DateCondition, IntCondition, StringCondition } from '../../shared/where.js';

export enum PlanOrder {
  YEAR_DESC = 'YEAR_DESC',
  YEAR_ASC = 'YEAR_ASC',
  UNIT = 'UNIT',
  ISSUED_ON = 'ISSUED_ON',
}
registerEnumType(PlanOrder, {
  name: 'PlanOrder',
  description: 'Order of an annual plan list.',
  valuesConfig: {
    YEAR_DESC: { description: 'Newest year first, then unit code (default).' },
    YEAR_ASC: { description: 'Oldest year first, then unit code.' },
    UNIT: { description: 'By unit code, then year.' },
    ISSUED_ON: { description: 'By date issued (unknown last), then unit code.' },
  },
});

@InputType({ description: 'Which annual QCDC plans (kế hoạch thực hiện QCDC năm) to list; years are the plan years.' })
export class PlanFilter extends RecordFilter {}

@InputType({ description: `Which annual plans, as conditions combined with and, or, not (issue 11.3), e.g. \`{ year: { gte: 2020 }, not: { unitKind: { eq: WARD } } }\`. ${LOGIC.rule}` })
export class PlanWhere extends UnitRecordWhere {
  @Field(() => [PlanWhere], { nullable: true, description: LOGIC.and })
  and?: PlanWhere[];

  @Field(() => [PlanWhere], { nullable: true, description: LOGIC.or })
  or?: PlanWhere[];

  @Field(() => PlanWhere, { nullable: true, description: LOGIC.not })
  not?: PlanWhere;

  @Field(() => IntCondition, { nullable: true, description: 'The year the plan is for (năm kế hoạch).' })
  year?: IntCondition;

  @Field(() => DateCondition, { nullable: true, description: 'Date issued (ngày ban hành); empty when unknown.' })
  issuedOn?: DateCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Document number (số kế hoạch); empty when unknown.' })
  documentNumber?: StringCondition;
}
