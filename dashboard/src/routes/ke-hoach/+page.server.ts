import { todayIso } from '$lib/dates';
import { parsePlanning, priorityFilter } from '$lib/planning';
import { gql } from '$lib/server/api';
import { PlanningPriorities, PlanningProgramme } from '$lib/server/queries/planning';
import type { PageServerLoad } from './$types';

/** Kế hoạch kiểm tra: the risk ranking and a draft programme, both from the inputs in the URL. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const q = parsePlanning(url.searchParams, todayIso());
  const filter = priorityFilter(q);
  const [ranking, programme] = await Promise.all([
    gql(fetch, PlanningPriorities, { asOf: q.asOf, filter, limit: q.limit }),
    gql(fetch, PlanningProgramme, {
      input: { year: q.year, asOf: q.asOf, cycleYears: q.cycle, teams: q.teams, pinned: q.pinned, excluded: q.excluded, filter },
    }),
  ]);
  return {
    q,
    rows: ranking.data.inspectionPriorities,
    factors: ranking.data.priorityFactors,
    programme: programme.data.draftProgramme,
    queries: { ranking: ranking.shown, programme: programme.shown },
  };
};
