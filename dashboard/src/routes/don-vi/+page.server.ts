import { isoDate, todayIso } from '$lib/dates';
import { UNIT_KINDS, type UnitKindCode } from '$lib/filters';
import { gql } from '$lib/server/api';
import { UnitTree } from '$lib/server/queries/units';
import type { PageServerLoad } from './$types';

const LIMIT = 500;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const rawDate = url.searchParams.get('date');
  const date = isoDate(rawDate) ?? todayIso();
  const q = (url.searchParams.get('q') ?? '').trim().slice(0, 100);
  const rawKind = url.searchParams.get('ukind') ?? '';
  const kind = (UNIT_KINDS as readonly string[]).includes(rawKind) ? (rawKind as UnitKindCode) : null;
  const problems = [...(rawDate && !isoDate(rawDate) ? ['date'] : []), ...(rawKind && !kind ? ['ukind'] : [])];
  const answer = await gql(fetch, UnitTree, {
    filter: { activeOn: date, ...(q ? { search: q } : {}), ...(kind ? { kinds: [kind] } : {}) },
    page: { first: LIMIT },
  });
  return { date, q, kind, problems, units: answer.data.units, query: answer.shown };
};
