import { Migration } from '@mikro-orm/migrations';
import { auditTriggerSql, ref, type AuditedTable } from '../modules/audit/triggers.js';

/**
 * Unit boundaries (Ranh giới, issue 13.6): a GeoJSON Polygon/MultiPolygon per unit and span of
 * validity, stored as jsonb (modules/boundary/boundary.record.ts says how they are versioned).
 * A record table like the others: timestamps and version, its audit triggers (BOUNDARY
 * <unit code>/<valid_from or "…">, a child of its unit's key), no TRUNCATE.
 */
export const BOUNDARY_AUDIT: AuditedTable = {
  table: 'boundary', type: 'BOUNDARY', versioned: true, pk: ['id'], columns: ['valid_from', 'valid_to', 'geometry'],
  lookups: [
    { col: 'unit_id', table: 'unit', value: 'x.code', as: 'unit_code' },
    { col: 'source_id', table: 'source_document', value: `x.kind || ': ' || x.title`, as: 'source' },
  ],
  key: (r) => `${ref(r, 'unit_code', 'unit_id')} || '/' || coalesce(${r}.valid_from::text, '…')`,
};

export class Migration20261202133656Boundaries extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table boundary (
      id serial primary key,
      unit_id int not null constraint boundary_unit_id_foreign references unit (id) on update cascade on delete restrict,
      valid_from date null,
      valid_to date null,
      geometry jsonb not null,
      source_id int null constraint boundary_source_id_foreign references source_document (id) on update cascade on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version int not null default 1,
      constraint boundary_validity_ordered check (valid_to is null or valid_from is null or valid_to >= valid_from),
      constraint boundary_geometry_area check (geometry->>'type' in ('Polygon', 'MultiPolygon'))
    );`);
    this.addSql(`create index boundary_unit_id_index on boundary (unit_id);`);
    this.addSql(`create unique index boundary_unit_from_uq on boundary (unit_id, coalesce(valid_from, '-infinity'::date));`);
    this.addSql(`create trigger boundary_touch before update on boundary for each row execute function qcdc_touch();`);
    for (const s of auditTriggerSql(BOUNDARY_AUDIT)) this.addSql(s);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists boundary cascade;`);
    for (const op of ['ins', 'upd', 'del']) this.addSql(`drop function if exists qcdc_audit_boundary_${op}();`);
  }
}
