import { redirect } from '@sveltejs/kit';
import { parseFilters } from '$lib/filters';
import { inspectionFilter, parseInspectionList } from '$lib/listParams';
import { gql } from '$lib/server/api';
import { InspectionList } from '$lib/server/queries/inspections';
import { UnitNames } from '$lib/server/queries/units';
import { pickUnit } from '$lib/unitPick';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const list = parseInspectionList(url.searchParams);
  // the unit field takes a code or a name (suggestions: every unit of every time the reader may see)
  const names = await gql(fetch, UnitNames, {});
  const units = names.data.units.nodes;
  const pick = pickUnit(url.searchParams.get('unit') ?? '', units);
  if (pick?.kind === 'one' && pick.unit.code !== url.searchParams.get('unit')) {
    // a name that means one unit: the address says its code, so the link reproduces the view
    const u = new URL(url);
    u.searchParams.set('unit', pick.unit.code);
    redirect(303, `${u.pathname}${u.search}`);
  }
  const unit = pick?.kind === 'one' ? pick.unit : null;
  const empty = { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
  if (pick && !unit) {
    // a name that means no unit, or several: say so and list nothing rather than everything
    return { filters, problems, list: { ...list, unit: null }, units, unitPick: pick, unit: null, inspections: empty, query: null };
  }
  const answer = await gql(fetch, InspectionList, {
    filter: inspectionFilter(filters, { ...list, unit: unit?.code ?? null }),
    page: { first: PAGE_SIZE, ...(list.after ? { after: list.after } : {}) },
  });
  return { filters, problems, list: { ...list, unit: unit?.code ?? null }, units, unitPick: pick, unit, inspections: answer.data.inspections, query: answer.shown };
};
