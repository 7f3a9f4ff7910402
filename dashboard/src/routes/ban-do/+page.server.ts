import { analyticsFilter, parseFilters } from '$lib/filters';
import { todayIso } from '$lib/dates';
import { gql } from '$lib/server/api';
import { MapBoundaries, MapCompliance, MapCoverage } from '$lib/server/queries/map';
import type { PageServerLoad } from './$types';

/** The units a map of the city shows by default: wards, communes and the đặc khu (OTHER). */
const MAP_KINDS = ['WARD', 'COMMUNE', 'OTHER'] as const;

export const load: PageServerLoad = async ({ fetch, url }) => {
  const currentYear = new Date().getFullYear();
  const { filters, problems } = parseFilters(url.searchParams, currentYear);
  const metric = url.searchParams.get('metric') === 'compliance' ? 'compliance' : 'coverage';
  const filter = analyticsFilter(filters);
  // the units drawn are those of one day: the end of the range (or today) as recorded, today under
  // the current structure (every record then counts under today's unit)
  const end = `${filters.to}-12-31`;
  const asOf = filters.structure === 'CURRENT' || end > todayIso() ? todayIso() : end;
  const [boundaries, values] = await Promise.all([
    gql(fetch, MapBoundaries, {
      asOf,
      unitKinds: filters.kinds.length ? filters.kinds : [...MAP_KINDS],
      ...(filters.within ? { withinUnit: filters.within } : {}),
    }),
    metric === 'compliance' ? gql(fetch, MapCompliance, { filter }) : gql(fetch, MapCoverage, { filter }),
  ]);
  const data = values.data as { coverage?: unknown[]; complianceSummary?: unknown[] };
  return {
    filters,
    problems,
    metric,
    asOf,
    boundaries: boundaries.data.boundaries,
    coverage: (data.coverage ?? []) as { unit: { code: string } | null; unitsInScope: number; unitsInspected: number; inspections: number; rate: number | null }[],
    compliance: (data.complianceSummary ?? []) as { unit: { code: string } | null; compliant: number; partial: number; nonCompliant: number; notApplicable: number; score: number | null }[],
    queries: { boundaries: boundaries.shown, values: values.shown },
  };
};
