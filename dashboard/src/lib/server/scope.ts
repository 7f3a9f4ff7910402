import type { Filters } from '$lib/filters';

/** The lineage events of the shown years in the chosen area: where the charts by year mark a change of scope. */
export function scopeFilter(f: Filters) {
  return { fromYear: f.from, toYear: f.to, ...(f.within ? { withinUnit: f.within } : {}) };
}
