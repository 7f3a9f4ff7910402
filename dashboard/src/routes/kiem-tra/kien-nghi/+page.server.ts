import { parseDayFirst, todayIso } from '$lib/dates';
import { parseFilters } from '$lib/filters';
import { gql } from '$lib/server/api';
import { RecommendationList } from '$lib/server/queries/inspections';
import { RecommendationProgressOf } from '$lib/server/queries/remediation';
import type { PageServerLoad } from './$types';

/** The records behind the "open recommendations" card: open (or overdue) on a date, SPEC §4. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const p = url.searchParams;
  const asOf = parseDayFirst(p.get('asOf')) ?? todayIso();
  const overdue = p.get('overdue') === '1';
  const after = /^[A-Za-z0-9_-]{1,200}$/.test(p.get('after') ?? '') ? p.get('after') : null;
  const start = Math.max(0, Number(p.get('start')) || 0);
  const variables = {
    filter: {
      fromYear: filters.from,
      toYear: filters.to,
      ...(filters.kinds.length ? { unitKinds: filters.kinds } : {}),
      ...(filters.within ? { withinUnit: filters.within } : {}),
      ...(overdue ? { overdueOn: asOf } : { openOn: asOf }),
    },
    page: { first: 50, ...(after ? { after } : {}) },
  };
  const [list, progress] = await Promise.all([gql(fetch, RecommendationList, variables), gql(fetch, RecommendationProgressOf, variables)]);
  // remediation history of the shown rows, by inspection code and seq
  const history = Object.fromEntries(progress.data.recommendations.nodes.map((r) => [`${r.inspection.code}/${r.seq}`, r.progress.filter((s) => s.report)]));
  return { filters, problems, asOf, overdue, after, start, recommendations: list.data.recommendations, history, query: list.shown };
};
