import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { InspectionKind, InspectionStatus, Rating } from '../../shared/enums.js';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { InspectionTeam } from './inspection-team.entity.js';
import { Recorded } from '../audit/recorded.js';

@ObjectType({ description: 'An inspection (Cuộc kiểm tra): a team\'s visit to a unit on a date, with its findings and recommendations.' })
@Entity({ tableName: 'inspection' })
@Index({ name: 'inspection_unit_date_idx', properties: ['unit', 'date'] })
@Index({ name: 'inspection_date_desc_code_idx', expression: 'create index inspection_date_desc_code_idx on inspection (date desc, code)' })
@Index({ name: 'inspection_not_approved_idx', expression: "create index inspection_not_approved_idx on inspection (status, author) where status <> 'APPROVED'" })
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

  @Field(() => InspectionKind, { nullable: true, description: 'Hình thức kiểm tra — periodic, thematic, unannounced or follow-up; null when the source does not say (shown "không rõ").' })
  @Enum({ items: () => InspectionKind, type: 'text', nullable: true })
  kind?: InspectionKind | null;

  @Field(() => Rating, { nullable: true, description: 'Overall rating (xếp loại); null when the source gives none.' })
  @Enum({ items: () => Rating, type: 'text', nullable: true })
  rating?: Rating | null;

  @Field(() => String, { nullable: true, description: 'Conclusion (kết luận) as stated by the source.' })
  @Property({ type: 'text', nullable: true })
  conclusion?: string | null;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict', index: true })
  source?: SourceDocument | null;

  // --- recording and approval (SPEC §6.3): written by the inspection mutations through the gateway
  // (records/record.ts `internal` fields), never by imports, which leave them as they are

  @Field(() => InspectionStatus, { description: 'Trạng thái duyệt — DRAFT, SUBMITTED or APPROVED; imported and seeded inspections are APPROVED. Only APPROVED ones count in analytics, exports and report packs.' })
  @Enum({ items: () => InspectionStatus, type: 'text', default: InspectionStatus.APPROVED })
  status!: InspectionStatus;

  @Field(() => String, { nullable: true, description: 'Người nhập — login of who recorded it in the dashboard or through the API; null for imported records.' })
  @Property({ type: 'text', nullable: true })
  author?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was last edited through the form or the API (with its findings and recommendations).' })
  @Property({ type: 'timestamptz', nullable: true })
  editedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Who submitted it for review last (login).' })
  @Property({ type: 'text', nullable: true })
  submittedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was submitted for review last.' })
  @Property({ type: 'timestamptz', nullable: true })
  submittedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Người duyệt — who approved or returned it last (login).' })
  @Property({ type: 'text', nullable: true })
  reviewedBy?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was approved or returned last.' })
  @Property({ type: 'timestamptz', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Lý do trả lại — the reason given when it was last returned to its author (kept after it is resubmitted).' })
  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;
}
