/** Lineage events grouped into restructurings (sắp xếp đơn vị): one per date and decision. */
export interface LineageRow {
  date: string;
  type: string;
  decision: string | null;
  isDemo: boolean;
  fromUnits: { code: string; name: string }[];
  toUnits: { code: string; name: string }[];
}

export interface Reorganisation<E extends LineageRow> {
  key: string;
  date: string;
  decision: string | null;
  /** Events of each type, in the order types first appear. */
  counts: { type: string; n: number }[];
  events: E[];
}

export function reorganisations<E extends LineageRow>(events: E[]): Reorganisation<E>[] {
  const groups = new Map<string, Reorganisation<E>>();
  for (const e of events) {
    const key = `${e.date}|${e.decision ?? ''}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, date: e.date, decision: e.decision, counts: [], events: [] }));
    g.events.push(e);
    const c = g.counts.find((x) => x.type === e.type);
    if (c) c.n++;
    else g.counts.push({ type: e.type, n: 1 });
  }
  return [...groups.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.decision ?? '').localeCompare(b.decision ?? '', 'vi')));
}
