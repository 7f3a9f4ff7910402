import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { SourceDocument } from '../source/source-document.entity.js';
import { Unit } from '../unit/unit.entity.js';
import { Recorded } from '../audit/recorded.js';

/**
 * A unit's boundary (Ranh giới) over a span of time: a GeoJSON Polygon or MultiPolygon stored as
 * jsonb (no PostGIS here). Read through GraphQL as GeoJSON (`boundaries`, boundary.types.ts).
 */
@Entity({ tableName: 'boundary' })
@Check({ name: 'boundary_validity_ordered', expression: 'valid_to is null or valid_from is null or valid_to >= valid_from' })
// written as PostgreSQL keeps it (in (…) becomes = any (array[…])), or migration:create proposes re-creating it
@Check({ name: 'boundary_geometry_area', expression: "geometry->>'type' = any (array['Polygon', 'MultiPolygon'])" })
@Index({ name: 'boundary_unit_from_uq', expression: "create unique index boundary_unit_from_uq on boundary (unit_id, coalesce(valid_from, '-infinity'::date))" })
export class Boundary extends Recorded {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Unit, { deleteRule: 'restrict', index: true })
  unit!: Unit;

  /** first day this shape holds (YYYY-MM-DD); null = from the unit's start */
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  /** last day this shape holds; null = until the unit ends */
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Property({ type: 'jsonb' })
  geometry!: object;

  @ManyToOne(() => SourceDocument, { nullable: true, deleteRule: 'restrict' })
  source?: SourceDocument | null;
}
