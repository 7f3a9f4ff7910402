import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { InspectionKind, Rating } from '../../shared/enums.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'An inspection (Cuộc kiểm tra): a team\'s visit to a unit on a date, with its findings and recommendations.' })
@Entity({ tableName: 'inspection' })
@Index({ name: 'inspection_unit_date_idx', properties: ['unit', 'date'] })
export class Inspection extends Recorded {
  @Field(() => ID, { description: 'Internal id (stable within one database); use `code` to refer to an inspection.' })
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Unique code, e.g. KT-2021-S_KHDT-0001.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @ManyToOne(() => InspectionTeam, { deleteRule: 'restrict', index: true })
  team!: InspectionTeam;

  @Field(() => String, { description: 'Date of the visit (YYYY-MM-DD).' })
  @Property({ type: 'date', index: true })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Who led the team at this inspection, with titles (người chủ trì).' })
  @Property({ type: 'text', nullable: true })
  leader?: string | null;

  @Field(() => InspectionKind, { description: 'Hình thức kiểm tra — periodic, thematic, unannounced or follow-up.' })
  @Enum({ items: () => InspectionKind, type: 'text' })
  kind!: InspectionKind;

  @Field(() => Rating, { nullable: true, description: 'Overall rating (xếp loại); null when the source gives none.' })
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  rating?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Conclusion (kết luận) as stated by the source.' })
  @Property({ type: 'text', nullable: true })
  conclusion?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict', index: true })
  source?: SourceDocument | null;
}
