import type { UnitKind } from '../../shared/enums.js';
import type { Sql } from '../../shared/sql.js';
import { activeOn } from '../../shared/validity.js';
import type { ReadScope } from '../scope/read-scope.js';
import type { BoundaryCollection } from './boundary.types.js';

export interface BoundaryQuery {
  /** YYYY-MM-DD */
  asOf: string;
  withinUnit?: string | null;
  unitKinds?: UnitKind[] | null;
}

/**
 * The boundaries holding on `asOf` of the units active that day, in the viewer's scope (SPEC §6.1)
 * and the `withinUnit` subtree, as a GeoJSON FeatureCollection. One statement.
 */
export async function boundariesOn(sql: Sql, scope: ReadScope, q: BoundaryQuery): Promise<BoundaryCollection> {
  const where = [activeOn('u', '?::date'), activeOn('b', '?::date')];
  const params: unknown[] = [q.asOf, q.asOf, q.asOf, q.asOf];
  const visible = await scope.unitCondition('u.id');
  if (visible) where.push(visible.sql), params.push(...visible.params);
  if (q.withinUnit) {
    const ids = await scope.unitIds({ withinUnit: q.withinUnit });
    where.push('u.id = any(?::int[])');
    params.push(await scope.within(ids.withinUnit));
  }
  if (q.unitKinds?.length) where.push('u.kind = any(?::text[])'), params.push(q.unitKinds);
  const rows = await sql<{ code: string; name: string; name_en: string | null; kind: UnitKind; parent_code: string | null; valid_from: string | null; valid_to: string | null; geometry: object; source_kind: string; source_title: string }>(
    `select u.code, u.name, u.name_en, u.kind, p.code as parent_code,
            to_char(b.valid_from, 'YYYY-MM-DD') as valid_from, to_char(b.valid_to, 'YYYY-MM-DD') as valid_to, b.geometry,
            s.kind as source_kind, s.title as source_title
     from boundary b join unit u on u.id = b.unit_id
     left join unit p on p.id = u.parent_id
     join source_document s on s.id = b.source_id
     where ${where.join(' and ')}
     order by u.code`,
    params,
  );
  return {
    type: 'FeatureCollection',
    asOf: q.asOf,
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.code,
      geometry: r.geometry,
      properties: {
        unitCode: r.code, name: r.name, nameEn: r.name_en, kind: r.kind, parentCode: r.parent_code,
        validFrom: r.valid_from, validTo: r.valid_to, sourceKind: r.source_kind, sourceTitle: r.source_title,
      },
    })),
  };
}
