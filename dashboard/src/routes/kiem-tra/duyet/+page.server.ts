import { error, redirect } from '@sveltejs/kit';
import { gql } from '$lib/server/api';
import { ReviewQueue } from '$lib/server/queries/record';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url, parent }) => {
  const { me } = await parent();
  if (!me) redirect(303, `/dang-nhap?next=${encodeURIComponent(url.pathname)}`);
  if (!['LEADER', 'ADMIN'].includes(me.role)) error(403, { message: 'FORBIDDEN', detail: 'LEADER, ADMIN' });
  const queue = await gql(fetch, ReviewQueue, {});
  return { queue: queue.data.inspectionsToReview, done: url.searchParams.get('done'), decision: url.searchParams.get('decision') };
};
