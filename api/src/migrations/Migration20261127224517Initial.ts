import { Migration } from '@mikro-orm/migrations';

export class Migration20261127224517Initial extends Migration {

  override async up(): Promise<void> {
    // accent-insensitive search ("ke hoach" finds "Kế hoạch", "da nang" finds "Đà Nẵng"):
    // unaccent is not IMMUTABLE, so an index needs this wrapper with the dictionary named
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create or replace function qcdc_fold(text) returns text language sql immutable strict parallel safe as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;`);

    this.addSql(`create table "inspection_team" ("id" serial primary key, "name" text not null, "committee" text null, "leader" text null, "members" text[] not null default '{}');`);
    this.addSql(`alter table "inspection_team" add constraint "inspection_team_name_unique" unique ("name");`);

    this.addSql(`create table "source_document" ("id" serial primary key, "kind" text check ("kind" in ('ARTICLE', 'DECISION', 'REPORT', 'REFERENCE', 'PROPOSAL', 'DEMO')) not null, "title" text not null, "url" text null, "publisher" text null, "published_on" date null);`);
    this.addSql(`create unique index source_document_key_uq on source_document (kind, title, coalesce(url, ''));`);

    this.addSql(`create table "lineage_event" ("id" serial primary key, "date" date not null, "type" text check ("type" in ('MERGE', 'SPLIT', 'RENAME', 'TRANSFER', 'ESTABLISH', 'DISSOLVE')) not null, "decision" text null, "note" text null, "natural_key" text not null, "source_id" int null);`);
    this.addSql(`create index "lineage_event_date_index" on "lineage_event" ("date");`);
    this.addSql(`alter table "lineage_event" add constraint "lineage_event_natural_key_unique" unique ("natural_key");`);

    this.addSql(`create table "framework" ("id" serial primary key, "code" text not null, "title" text not null, "source_id" int null);`);
    this.addSql(`alter table "framework" add constraint "framework_code_unique" unique ("code");`);

    this.addSql(`create table "requirement" ("id" serial primary key, "code" text not null, "framework_id" int not null, "title" text not null, "title_en" text null, "category" text check ("category" in ('LEADERSHIP', 'PUBLICIZE', 'DISCUSS_DECIDE', 'CONSULT', 'SUPERVISE', 'CITIZEN_RELATIONS', 'ORGANIZATION')) not null, "valid_from" date null, "valid_to" date null, "source_id" int null, constraint requirement_validity_ordered check (valid_to is null or valid_from is null or valid_to >= valid_from));`);
    this.addSql(`alter table "requirement" add constraint "requirement_code_unique" unique ("code");`);
    this.addSql(`create index "requirement_framework_id_index" on "requirement" ("framework_id");`);

    this.addSql(`create table "award_decision" ("id" serial primary key, "number" text null, "date" date null, "issuer" text not null, "kind" text check ("kind" in ('BANG_KHEN', 'GIAY_KHEN', 'CO_THI_DUA', 'DANH_HIEU', 'HUAN_CHUONG', 'OTHER')) not null, "period_from" int null, "period_to" int null, "source_id" int null, constraint award_decision_period_ordered check (period_to is null or period_from is null or period_to >= period_from), constraint award_decision_identified check (number is not null or period_from is not null));`);
    this.addSql(`create index "award_decision_date_index" on "award_decision" ("date");`);
    this.addSql(`create unique index award_decision_key_uq on award_decision (coalesce(number, ''), coalesce(date, '0001-01-01'), issuer, kind, coalesce(period_from, 0), coalesce(period_to, 0));`);

    this.addSql(`create table "unit" ("id" serial primary key, "code" text not null, "name" text not null, "name_en" text null, "kind" text check ("kind" in ('CITY', 'DEPARTMENT', 'DISTRICT', 'WARD', 'COMMUNE', 'PUBLIC_SERVICE_UNIT', 'STATE_ENTERPRISE', 'PARTY_MASS_ORG', 'OTHER')) not null, "parent_id" int null, "valid_from" date null, "valid_to" date null, "source_id" int null, constraint unit_validity_ordered check (valid_to is null or valid_from is null or valid_to >= valid_from));`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`create index "unit_parent_id_index" on "unit" ("parent_id");`);
    this.addSql(`create index unit_name_search_idx on unit using gin (qcdc_fold(name) gin_trgm_ops);`);

    this.addSql(`create table "model" ("id" serial primary key, "unit_id" int not null, "year" int not null, "title" text not null, "field" text null, "level" text null, "source_id" int null, constraint model_year_range check (year between 1990 and 2100));`);
    this.addSql(`create index "model_unit_id_index" on "model" ("unit_id");`);
    this.addSql(`alter table "model" add constraint "model_unit_year_title_uq" unique ("unit_id", "year", "title");`);

    this.addSql(`create table "lineage_event_unit" ("event_id" int not null, "role" text not null, "position" smallint not null, "unit_id" int not null, constraint "lineage_event_unit_pkey" primary key ("event_id", "role", "position"), constraint lineage_event_unit_role check (role in ('FROM', 'TO')));`);
    this.addSql(`create index "lineage_event_unit_unit_id_index" on "lineage_event_unit" ("unit_id");`);

    this.addSql(`create table "inspection" ("id" serial primary key, "code" text not null, "unit_id" int not null, "team_id" int not null, "date" date not null, "leader" text null, "kind" text check ("kind" in ('PERIODIC', 'THEMATIC', 'UNANNOUNCED', 'FOLLOW_UP')) not null, "rating" text check ("rating" in ('EXCELLENT', 'GOOD', 'SATISFACTORY', 'UNSATISFACTORY')) null, "conclusion" text null, "source_id" int null);`);
    this.addSql(`alter table "inspection" add constraint "inspection_code_unique" unique ("code");`);
    this.addSql(`create index "inspection_team_id_index" on "inspection" ("team_id");`);
    this.addSql(`create index "inspection_date_index" on "inspection" ("date");`);
    this.addSql(`create index "inspection_source_id_index" on "inspection" ("source_id");`);
    this.addSql(`create index "inspection_unit_date_idx" on "inspection" ("unit_id", "date");`);

    this.addSql(`create table "recommendation" ("id" serial primary key, "inspection_id" int not null, "seq" int not null, "text" text not null, "due_date" date null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'RESOLVED')) not null, "resolved_on" date null, constraint recommendation_resolved_has_date check (status <> 'RESOLVED' or resolved_on is not null));`);
    this.addSql(`alter table "recommendation" add constraint "recommendation_inspection_seq_uq" unique ("inspection_id", "seq");`);

    this.addSql(`create table "finding" ("id" serial primary key, "inspection_id" int not null, "requirement_id" int not null, "result" text check ("result" in ('COMPLIANT', 'PARTIAL', 'NON_COMPLIANT', 'NOT_APPLICABLE')) not null, "note" text null);`);
    this.addSql(`create index "finding_requirement_id_index" on "finding" ("requirement_id");`);
    this.addSql(`alter table "finding" add constraint "finding_inspection_requirement_uq" unique ("inspection_id", "requirement_id");`);

    this.addSql(`create table "award" ("id" serial primary key, "decision_id" int not null, "recipient_id" int not null, "citation" text null, "source_id" int null);`);
    this.addSql(`create index "award_recipient_id_index" on "award" ("recipient_id");`);
    this.addSql(`create index "award_source_id_index" on "award" ("source_id");`);
    this.addSql(`alter table "award" add constraint "award_decision_recipient_uq" unique ("decision_id", "recipient_id");`);

    this.addSql(`create table "annual_plan" ("id" serial primary key, "unit_id" int not null, "year" int not null, "issued_on" date null, "document_number" text null, "source_id" int null, constraint annual_plan_year_range check (year between 1990 and 2100));`);
    this.addSql(`create index "annual_plan_year_index" on "annual_plan" ("year");`);
    this.addSql(`alter table "annual_plan" add constraint "annual_plan_unit_year_uq" unique ("unit_id", "year");`);

    this.addSql(`alter table "lineage_event" add constraint "lineage_event_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "framework" add constraint "framework_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "requirement" add constraint "requirement_framework_id_foreign" foreign key ("framework_id") references "framework" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requirement" add constraint "requirement_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "award_decision" add constraint "award_decision_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "unit" add constraint "unit_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "model" add constraint "model_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "model" add constraint "model_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "lineage_event_unit" add constraint "lineage_event_unit_event_id_foreign" foreign key ("event_id") references "lineage_event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "lineage_event_unit" add constraint "lineage_event_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "inspection" add constraint "inspection_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection" add constraint "inspection_team_id_foreign" foreign key ("team_id") references "inspection_team" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection" add constraint "inspection_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "recommendation" add constraint "recommendation_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "finding" add constraint "finding_inspection_id_foreign" foreign key ("inspection_id") references "inspection" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "finding" add constraint "finding_requirement_id_foreign" foreign key ("requirement_id") references "requirement" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "award" add constraint "award_decision_id_foreign" foreign key ("decision_id") references "award_decision" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "award" add constraint "award_recipient_id_foreign" foreign key ("recipient_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "award" add constraint "award_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "annual_plan" add constraint "annual_plan_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "annual_plan" add constraint "annual_plan_source_id_foreign" foreign key ("source_id") references "source_document" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inspection" drop constraint "inspection_team_id_foreign";`);

    this.addSql(`alter table "lineage_event" drop constraint "lineage_event_source_id_foreign";`);

    this.addSql(`alter table "framework" drop constraint "framework_source_id_foreign";`);

    this.addSql(`alter table "requirement" drop constraint "requirement_source_id_foreign";`);

    this.addSql(`alter table "award_decision" drop constraint "award_decision_source_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_source_id_foreign";`);

    this.addSql(`alter table "model" drop constraint "model_source_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_source_id_foreign";`);

    this.addSql(`alter table "award" drop constraint "award_source_id_foreign";`);

    this.addSql(`alter table "annual_plan" drop constraint "annual_plan_source_id_foreign";`);

    this.addSql(`alter table "lineage_event_unit" drop constraint "lineage_event_unit_event_id_foreign";`);

    this.addSql(`alter table "requirement" drop constraint "requirement_framework_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_requirement_id_foreign";`);

    this.addSql(`alter table "award" drop constraint "award_decision_id_foreign";`);

    this.addSql(`alter table "unit" drop constraint "unit_parent_id_foreign";`);

    this.addSql(`alter table "model" drop constraint "model_unit_id_foreign";`);

    this.addSql(`alter table "lineage_event_unit" drop constraint "lineage_event_unit_unit_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_unit_id_foreign";`);

    this.addSql(`alter table "award" drop constraint "award_recipient_id_foreign";`);

    this.addSql(`alter table "annual_plan" drop constraint "annual_plan_unit_id_foreign";`);

    this.addSql(`alter table "recommendation" drop constraint "recommendation_inspection_id_foreign";`);

    this.addSql(`alter table "finding" drop constraint "finding_inspection_id_foreign";`);

    this.addSql(`drop table if exists "inspection_team" cascade;`);

    this.addSql(`drop table if exists "source_document" cascade;`);

    this.addSql(`drop table if exists "lineage_event" cascade;`);

    this.addSql(`drop table if exists "framework" cascade;`);

    this.addSql(`drop table if exists "requirement" cascade;`);

    this.addSql(`drop table if exists "award_decision" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "model" cascade;`);

    this.addSql(`drop table if exists "lineage_event_unit" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "recommendation" cascade;`);

    this.addSql(`drop table if exists "finding" cascade;`);

    this.addSql(`drop table if exists "award" cascade;`);

    this.addSql(`drop table if exists "annual_plan" cascade;`);
  }

}
