import { error } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { ChangeHistory, mayReadAudit } from '$lib/server/queries/audit';
import { InspectionDetail } from '$lib/server/queries/inspection';
import { InspectionList, RecommendationList } from '$lib/server/queries/inspections';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, params, parent }) => {
  const { me } = await parent();
  const detail = await gql(fetch, InspectionDetail, { code: params.code });
  const inspection = detail.data.inspection;
  if (!inspection) error(404, { message: 'NOT_FOUND', detail: params.code });
  const [others, recommendations, history] = await Promise.all([
    gql(fetch, InspectionList, { filter: { unitCode: inspection.unit.code }, page: { first: 20 } }),
    gql(fetch, RecommendationList, { filter: { inspectionCode: inspection.code }, page: { first: 500 } }),
    mayReadAudit(me) ? gql(fetch, ChangeHistory, { filter: { recordType: 'INSPECTION', recordKey: inspection.code, includeChildren: true }, page: { first: 50 } }) : null,
  ]);
  return {
    inspection,
    others: others.data.inspections,
    recommendations: recommendations.data.recommendations.nodes,
    history: history?.data.auditLog ?? null,
    queries: { detail: detail.shown, others: others.shown, recommendations: recommendations.shown, history: history?.shown ?? null },
  };
};
