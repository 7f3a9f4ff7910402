import { parseFilters } from '$lib/filters';
import { inspectionFilter, parseInspectionList } from '$lib/listParams';
import { gql } from '$lib/server/api';
import { InspectionList } from '$lib/server/queries/inspections';
import type { PageServerLoad } from './$types';

const PAGE_SIZE = 50;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const list = parseInspectionList(url.searchParams);
  const answer = await gql(fetch, InspectionList, {
    filter: inspectionFilter(filters, list),
    page: { first: PAGE_SIZE, ...(list.after ? { after: list.after } : {}) },
  });
  return { filters, problems, list, inspections: answer.data.inspections, query: answer.shown };
};
