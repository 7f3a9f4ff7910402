import { InputType, registerEnumType } from 'type-graphql';
import { RecordFilter } from '../../shared/record-filter.js';

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
