import { parseFilters } from '$lib/filters';
import { CATEGORIES } from '$lib/map/compliance';
import { gql } from '$lib/server/api';
import { FindingList, RequirementTitle } from '$lib/server/queries/compliance';
import type { PageServerLoad } from './$types';

const RESULTS = ['COMPLIANT', 'PARTIAL', 'NON_COMPLIANT', 'NOT_APPLICABLE'] as const;

/** Drill-down of the compliance heat table: the findings behind a cell (requirement × years) or a group. */
export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const p = url.searchParams;
  const req = /^[A-Za-z0-9_.-]{1,64}$/.test(p.get('req') ?? '') ? (p.get('req') as string) : null;
  const category = (CATEGORIES as readonly string[]).includes(p.get('category') ?? '') ? (p.get('category') as (typeof CATEGORIES)[number]) : null;
  const result = (RESULTS as readonly string[]).includes(p.get('result') ?? '') ? (p.get('result') as (typeof RESULTS)[number]) : null;
  const after = /^[A-Za-z0-9_-]{1,200}$/.test(p.get('after') ?? '') ? p.get('after') : null;
  const start = Math.max(0, Number(p.get('start')) || 0);
  const [list, requirement] = await Promise.all([
    gql(fetch, FindingList, {
      filter: {
        fromYear: filters.from,
        toYear: filters.to,
        ...(filters.kinds.length ? { unitKinds: filters.kinds } : {}),
        ...(filters.within ? { withinUnit: filters.within } : {}),
        ...(req ? { requirementCodes: [req] } : {}),
        ...(category ? { categories: [category] } : {}),
        ...(result ? { results: [result] } : {}),
      },
      page: { first: 50, ...(after ? { after } : {}) },
    }),
    req ? gql(fetch, RequirementTitle, { code: req }) : null,
  ]);
  return {
    filters,
    problems,
    req,
    category,
    result,
    start,
    after,
    results: RESULTS,
    requirement: requirement?.data.requirement ?? null,
    findings: list.data.findings,
    query: list.shown,
  };
};
