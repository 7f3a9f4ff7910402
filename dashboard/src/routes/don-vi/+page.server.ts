import type { ResultOf } from '@graphql-typed-document-node/core';
import { parseDayFirst, todayIso } from '$lib/dates';
import { UNIT_KINDS, type UnitKindCode } from '$lib/filters';
import { gql } from '$lib/server/api';
import { Reorganisations, UnitSearch, UnitTree } from '$lib/server/queries/units';
import type { PageServerLoad } from './$types';

const LIMIT = 500;

type Former = ResultOf<typeof UnitSearch>['units']['nodes'][number];

export const load: PageServerLoad = async ({ fetch, url }) => {
  const rawDate = url.searchParams.get('date');
  const date = parseDayFirst(rawDate) ?? todayIso();
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const rawKind = url.searchParams.get('ukind') ?? '';
  const kind = (UNIT_KINDS as readonly string[]).includes(rawKind) ? (rawKind as UnitKindCode) : null;
  const problems = [...(rawDate && !parseDayFirst(rawDate) ? ['date'] : []), ...(rawKind && !kind ? ['ukind'] : [])];
  if (q) {
    // a search looks through every time: a unit merged or dissolved before the date is found
    // too, shown apart with where its records count today (issue 13.3)
    const answer = await gql(fetch, UnitSearch, { filter: { search: q, ...(kind ? { kinds: [kind] } : {}) }, page: { first: LIMIT } });
    const on = (u: { validFrom: string | null; validTo: string | null }) => (!u.validFrom || u.validFrom <= date) && (!u.validTo || u.validTo >= date);
    const nodes = answer.data.units.nodes;
    const other = nodes.filter((u) => !on(u));
    return {
      date,
      q,
      kind,
      problems,
      units: { totalCount: answer.data.units.totalCount - other.length, nodes: nodes.filter(on) },
      other,
      query: answer.shown,
      lineage: null,
    };
  }
  const [answer, lineage] = await Promise.all([
    gql(fetch, UnitTree, { filter: { activeOn: date, ...(kind ? { kinds: [kind] } : {}) }, page: { first: LIMIT } }),
    gql(fetch, Reorganisations, {}),
  ]);
  return {
    date,
    q,
    kind,
    problems,
    units: answer.data.units,
    other: [] as Former[],
    query: answer.shown,
    lineage: { events: lineage.data.lineageEvents.nodes, total: lineage.data.lineageEvents.totalCount, query: lineage.shown },
  };
};
