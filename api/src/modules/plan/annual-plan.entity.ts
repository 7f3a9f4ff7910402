import { Check, Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'A unit\'s annual QCDC implementation plan (Kế hoạch thực hiện QCDC năm). One per unit and year.' })
@Entity({ tableName: 'annual_plan' })
@Unique({ name: 'annual_plan_unit_year_uq', properties: ['unit', 'year'] })
// written as PostgreSQL keeps it (between becomes >= and <=), or migration:create proposes re-creating it
@Check({ name: 'annual_plan_year_range', expression: 'year >= 1990 and year <= 2100' })
export class AnnualPlan extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database).' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => Int, { description: 'The year the plan is for (năm kế hoạch).' })
  @Property({ type: 'integer', index: true })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Date issued (ngày ban hành), YYYY-MM-DD.' })
  @Property({ type: 'date', nullable: true })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Document number (số kế hoạch), e.g. "12/KH-SKHĐT".' })
  @Property({ type: 'text', nullable: true })
  documentNumber?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}
