import { Field, InputType, registerEnumType } from 'type-graphql';
import { RecordFilter } from '../../shared/record-filter.js';

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
