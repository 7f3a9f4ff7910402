import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'A "Dân vận khéo" (skilful mass mobilisation) model of a unit in a year.' })
@Entity({ tableName: 'model' })
@Unique({ name: 'model_unit_year_title_uq', properties: ['unit', 'year', 'title'] })
// written as PostgreSQL keeps it (between becomes >= and <=), or migration:create proposes re-creating it
@Check({ name: 'model_year_range', expression: 'year >= 1990 and year <= 2100' })
export class Model extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Unit;

  @Field(() => Int, { description: 'Year (năm) the model was recognised.' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: 'Name of the model (tên mô hình).' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Field (lĩnh vực), e.g. "Cải cách hành chính".' })
  @Property({ type: 'text', nullable: true })
  field?: string | null;

  @Field(() => String, { nullable: true, description: 'Level of recognition (cấp), e.g. "Cấp thành phố".' })
  @Property({ type: 'text', nullable: true })
  level?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}
