import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../shared/pagination.js';
import { LOGIC } from '../../shared/record-where.js';
import { DateCondition, EnumCondition, StringCondition } from '../../shared/where.js';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a change did (thao tác).',
  valuesConfig: {
    CREATE: { description: 'Tạo mới — the record was created (`before` is null).' },
    UPDATE: { description: 'Cập nhật — fields changed (`before` and `after` hold the record).' },
    DELETE: { description: 'Xóa — the record was deleted (`after` is null).' },
  },
});

/** audit_entry.record_type; each record's key (audit_entry.record_key) is documented on the values. */
export enum AuditRecordType {
  UNIT = 'UNIT',
  LINEAGE_EVENT = 'LINEAGE_EVENT',
  LINEAGE_LINK = 'LINEAGE_LINK',
  FRAMEWORK = 'FRAMEWORK',
  REQUIREMENT = 'REQUIREMENT',
  TEAM = 'TEAM',
  INSPECTION = 'INSPECTION',
  FINDING = 'FINDING',
  RECOMMENDATION = 'RECOMMENDATION',
  AWARD_DECISION = 'AWARD_DECISION',
  AWARD = 'AWARD',
  PLAN = 'PLAN',
  MODEL = 'MODEL',
  SOURCE = 'SOURCE',
  USER = 'USER',
  TOKEN = 'TOKEN',
}
registerEnumType(AuditRecordType, {
  name: 'AuditRecordType',
  description: 'The kind of record a change is about (loại bản ghi), with the form of its key (`recordKey`).',
  valuesConfig: {
    UNIT: { description: 'Đơn vị — key: the unit code, e.g. "S_KHDT".' },
    LINEAGE_EVENT: { description: 'Biến động đơn vị — key: date|type|from codes|to codes|decision (SPEC §5.2 natural key).' },
    LINEAGE_LINK: { description: 'A unit named by a lineage event — key: "<event key>/<FROM|TO>/<position>".' },
    FRAMEWORK: { description: 'Khung tiêu chí — key: the framework code.' },
    REQUIREMENT: { description: 'Nội dung kiểm tra — key: the requirement code.' },
    TEAM: { description: 'Đoàn kiểm tra — key: the team name.' },
    INSPECTION: { description: 'Cuộc kiểm tra — key: the inspection code.' },
    FINDING: { description: 'Kết quả theo nội dung — key: "<inspection code>/<requirement code>".' },
    RECOMMENDATION: { description: 'Kiến nghị — key: "<inspection code>/<seq>".' },
    AWARD_DECISION: { description: 'Quyết định khen thưởng — key: number|date|issuer|kind|period_from|period_to (empty parts when unknown).' },
    AWARD: { description: 'Khen thưởng — key: "<recipient unit code>/<decision key>".' },
    PLAN: { description: 'Kế hoạch năm — key: "<unit code>/<year>".' },
    MODEL: { description: 'Mô hình "Dân vận khéo" — key: "<unit code>/<year>/<title>".' },
    SOURCE: { description: 'Nguồn — key: "<kind>/<title>" (+ "/<url>" when there is one).' },
    USER: { description: 'Tài khoản — key: the login; login, name, role, scope_roots, disabled (never the password). Shown to readers of the whole city only.' },
    TOKEN: { description: 'Mã truy cập API — key: the token name; its user and when it was revoked (never the token). Shown to readers of the whole city only.' },
  },
});

/** The children whose keys start with "<parent key>/": a record's history with its children. */
export const CHILDREN: Partial<Record<AuditRecordType, AuditRecordType[]>> = {
  [AuditRecordType.UNIT]: [AuditRecordType.PLAN, AuditRecordType.MODEL, AuditRecordType.AWARD],
  [AuditRecordType.INSPECTION]: [AuditRecordType.FINDING, AuditRecordType.RECOMMENDATION],
};

@ObjectType({ description: 'One field a change touched (trường thay đổi), with its value before and after.' })
export class AuditChange {
  @Field(() => String, { description: 'Field name as in the interchange files (e.g. "result", "unit_code", "parent_code").' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Giá trị trước — the value before (null when created, or when it was empty).' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Giá trị sau — the value after (null when deleted, or when it became empty).' })
  after!: unknown;
}

@ObjectType({ description: 'An audit entry (bản ghi nhật ký thay đổi): one change of one record. Entries are never changed or deleted.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id; later entries have larger ids.' })
  id!: string;

  @Field(() => Date, { description: 'Thời điểm — when the change was committed to (all changes of one transaction share it).' })
  at!: Date;

  @Field(() => String, { description: 'Người thực hiện — the user login, or "cli" for the command line.' })
  login!: string;

  @Field(() => String, { description: 'Qua — how the change came in: seed, import, cli, api or form.' })
  via!: string;

  @Field(() => AuditRecordType, { description: 'Loại bản ghi — what kind of record changed.' })
  recordType!: AuditRecordType;

  @Field(() => String, { description: 'Khóa bản ghi — the record\'s key as users know it (form: see AuditRecordType).' })
  recordKey!: string;

  @Field(() => AuditAction, { description: 'Thao tác — created, updated or deleted.' })
  action!: AuditAction;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record before the change (codes rather than internal ids); null when created.' })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The record after the change; null when deleted.' })
  after!: Record<string, unknown> | null;

  @Field(() => [String], { description: 'Các trường thay đổi — the fields whose value differs between before and after (for a creation: the fields given a value).' })
  changedFields!: string[];

  @Field(() => [AuditChange], { description: 'The changed fields with their values before and after, in changedFields order.' })
  changes!: AuditChange[];
}

@ObjectType({ description: 'A page of audit entries (nhật ký thay đổi), newest first.' })
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntry', 'audit entries') {}

@InputType({ description: 'Which audit entries (nhật ký thay đổi) to list; every given condition must hold.' })
export class AuditFilter {
  @Field(() => AuditRecordType, { nullable: true, description: 'Only changes of this kind of record.' })
  recordType?: AuditRecordType;

  @Field(() => String, { nullable: true, description: 'Only changes of the record with this key (see AuditRecordType for the forms).' })
  recordKey?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'With recordKey: also the changes of its children (an inspection\'s findings and recommendations; a unit\'s plans, models and awards). Default false.',
  })
  includeChildren?: boolean;

  @Field(() => String, { nullable: true, description: 'Only changes by this login ("cli" for the command line).' })
  login?: string;

  @Field(() => String, { nullable: true, description: 'Từ ngày — changes on or after this day (YYYY-MM-DD, Vietnam time).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Đến ngày — changes on or before this day (YYYY-MM-DD, Vietnam time).' })
  to?: string;
}

export const AuditRecordTypeCondition = EnumCondition('AuditRecordTypeCondition', AuditRecordType, 'the kind of record a change is about (loại bản ghi)');
export const AuditActionCondition = EnumCondition('AuditActionCondition', AuditAction, 'what a change did (thao tác)');

@InputType({
  description: `Which audit entries, as conditions combined with and, or, not (issue 11.3), e.g. \`{ recordType: { in: [INSPECTION, FINDING] }, not: { via: { eq: "import" } }, at: { gte: "2026-01-01", lt: "2026-02-01" } }\`. ${LOGIC.rule}`,
})
export class AuditWhere {
  @Field(() => [AuditWhere], { nullable: true, description: LOGIC.and })
  and?: AuditWhere[];

  @Field(() => [AuditWhere], { nullable: true, description: LOGIC.or })
  or?: AuditWhere[];

  @Field(() => AuditWhere, { nullable: true, description: LOGIC.not })
  not?: AuditWhere;

  @Field(() => StringCondition, { nullable: true, description: 'Người thực hiện — the actor\'s login ("cli" for the command line).' })
  login?: StringCondition;

  @Field(() => StringCondition, { nullable: true, description: 'Qua — how the change came in: seed, import, cli, api, form (or migration, bench).' })
  via?: StringCondition;

  @Field(() => AuditRecordTypeCondition, { nullable: true, description: 'Loại bản ghi — the kind of record.' })
  recordType?: object;

  @Field(() => StringCondition, { nullable: true, description: 'Khóa bản ghi — the record\'s key (form: see AuditRecordType); `contains: "KT-01/"` finds an inspection\'s findings and recommendations.' })
  recordKey?: StringCondition;

  @Field(() => AuditActionCondition, { nullable: true, description: 'Thao tác — CREATE, UPDATE or DELETE.' })
  action?: object;

  @Field(() => DateCondition, {
    nullable: true,
    description: 'Thời điểm — the day of the change in Vietnam time (UTC+7): `at: { eq: "2026-03-01" }` is that whole day there, `at: { gte: "2026-01-01", lt: "2026-02-01" }` January.',
  })
  at?: DateCondition;
}
