import { ENUM_LABELS } from '../../shared/enum-labels.js';

/** Vietnamese labels of the code lists (shared/enum-labels.ts), for spreadsheets meant for people. */
export const ENUM_VI: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(ENUM_LABELS).map(([name, codes]) => [name, Object.fromEntries(Object.entries(codes).map(([code, l]) => [code, l.vi]))]),
);
