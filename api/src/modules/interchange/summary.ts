import { RECORD_NAMES } from '../records/registry.js';
import type { ImportSummary } from './importer.js';

/** "units 240 created, findings 10 updated, 5 unchanged" — sheets in load order. */
export function formatSummary(summary: ImportSummary): string {
  const parts = RECORD_NAMES.filter((s) => summary[s]).map((s) => {
    const c = summary[s]!;
    return `${s} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  });
  return parts.length ? parts.join('; ') : 'nothing to import';
}
