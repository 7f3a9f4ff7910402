import { error } from '@sveltejs/kit';
import { FIRST_YEAR, UNIT_KINDS } from '$lib/filters';
import { gql } from '$lib/server/api';
import { ChangeHistory, mayReadAudit } from '$lib/server/queries/audit';
import { CoverageByYear } from '$lib/server/queries/overview';
import { UnitRecommendations } from '$lib/server/queries/remediation';
import { UnitAwardHistory, UnitDetail, UnitHistory, UnitInspectionHistory, UnitLineage } from '$lib/server/queries/units';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  const code = params.code;
  const { me } = await parent();
  const currentYear = new Date().getFullYear();
  const [detail, history, lineage, inspections, awards, coverage, changes, recommendations] = await Promise.all([
    gql(fetch, UnitDetail, { code }),
    gql(fetch, UnitHistory, { code }),
    gql(fetch, UnitLineage, { code }),
    gql(fetch, UnitInspectionHistory, { code }),
    gql(fetch, UnitAwardHistory, { code }),
    // every kind counts here, CITY included, so a unit's own page never has an empty scope
    gql(fetch, CoverageByYear, { filter: { fromYear: FIRST_YEAR, toYear: currentYear, withinUnit: code, unitKinds: [...UNIT_KINDS], structure: 'AS_OF' } }),
    mayReadAudit(me) ? gql(fetch, ChangeHistory, { filter: { recordType: 'UNIT', recordKey: code, includeChildren: true }, page: { first: 50 } }) : null,
    gql(fetch, UnitRecommendations, { code }),
  ]);
  const unit = detail.data.unit;
  const more = history.data.unit;
  if (!unit || !more) error(404, { message: 'NOT_FOUND', detail: code });
  return {
    unit,
    more,
    events: lineage.data.lineageEvents.nodes,
    inspections: inspections.data.unit?.history.inspections ?? [],
    awards: awards.data.unit?.history.awards ?? [],
    coverage: coverage.data.coverage,
    changes: changes?.data.auditLog ?? null,
    recommendations: recommendations.data.recommendations,
    queries: {
      detail: detail.shown,
      history: history.shown,
      lineage: lineage.shown,
      inspections: inspections.shown,
      awards: awards.shown,
      coverage: coverage.shown,
      changes: changes?.shown ?? null,
      recommendations: recommendations.shown,
    },
  };
};
