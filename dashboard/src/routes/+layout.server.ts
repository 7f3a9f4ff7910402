import { apiPublicUrl, gql } from '$lib/server/api';
import { Districts, Me, RecordCounts } from '$lib/server/queries/layout';
import { authConfig } from '$lib/server/session';
import type { LayoutServerLoad } from './$types';

// Does not read the URL, so it runs once per visit, not on every filter change. When the API is
// down it still returns, so the page's own error (503) is shown inside the usual layout.
export const load: LayoutServerLoad = async ({ fetch, locals }) => {
  const [counts, districts, me, auth] = await Promise.all([
    gql(fetch, RecordCounts, {}).catch(() => null),
    gql(fetch, Districts, {}).catch(() => null),
    gql(fetch, Me, {}).catch(() => null),
    authConfig(),
  ]);
  return {
    lang: locals.lang,
    apiPublicUrl: apiPublicUrl(),
    currentYear: new Date().getFullYear(),
    counts: { real: counts?.data.real.totalCount ?? 0, demo: counts?.data.demo.totalCount ?? 0 },
    /** The newest inspection's date: how far the figures of the current year reach. */
    dataUntil: counts?.data.latest.nodes[0]?.date ?? null,
    districts: districts?.data.units.nodes ?? [],
    /** The signed-in user (null: anonymous, which ACCESS=open allows) and the API's access mode. */
    me: me?.data.me ?? null,
    access: auth?.access ?? 'open',
  };
};
