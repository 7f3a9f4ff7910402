import { analyticsFilter, parseFilters } from '$lib/filters';
import { AWARD_KINDS } from '$lib/map/awards';
import { gql } from '$lib/server/api';
import { AwardList, AwardsByDistrict, AwardsByPeriodKind, AwardsByUnitKind, AwardsByYearKind } from '$lib/server/queries/awards';
import type { PageServerLoad } from './$types';

type AwardKind = (typeof AWARD_KINDS)[number];

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const p = url.searchParams;
  const akind = (AWARD_KINDS as readonly string[]).includes(p.get('akind') ?? '') ? (p.get('akind') as AwardKind) : null;
  const period = /^\d{4}-\d{4}$/.test(p.get('period') ?? '') ? p.get('period') : null;
  const origin = p.get('origin') === 'real' || p.get('origin') === 'demo' ? (p.get('origin') as 'real' | 'demo') : 'all';
  const after = /^[A-Za-z0-9_-]{1,200}$/.test(p.get('after') ?? '') ? p.get('after') : null;
  const start = Math.max(0, Number(p.get('start')) || 0);
  const filter = analyticsFilter(filters);
  const [byYear, byPeriod, byDistrict, byUnitKind, list] = await Promise.all([
    gql(fetch, AwardsByYearKind, { filter }),
    gql(fetch, AwardsByPeriodKind, { filter }),
    gql(fetch, AwardsByDistrict, { filter }),
    gql(fetch, AwardsByUnitKind, { filter }),
    gql(fetch, AwardList, {
      filter: {
        fromYear: filters.from,
        toYear: filters.to,
        ...(filters.kinds.length ? { unitKinds: filters.kinds } : {}),
        ...(filters.within ? { withinUnit: filters.within } : {}),
        ...(akind ? { kinds: [akind] } : {}),
        ...(period ? { period } : {}),
        ...(origin !== 'all' ? { demo: origin === 'demo' } : {}),
      },
      page: { first: 50, ...(after ? { after } : {}) },
    }),
  ]);
  return {
    filters,
    problems,
    list: { akind, period, origin, after, start },
    byYear: byYear.data.awardStats,
    byPeriod: byPeriod.data.awardStats,
    byDistrict: byDistrict.data.awardStats,
    byUnitKind: byUnitKind.data.awardStats,
    awards: list.data.awards,
    queries: { byYear: byYear.shown, byPeriod: byPeriod.shown, byDistrict: byDistrict.shown, byUnitKind: byUnitKind.shown, list: list.shown },
  };
};
