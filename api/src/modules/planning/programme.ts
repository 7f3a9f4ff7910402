/**
 * The draft inspection programme (docs/PLANNING.md): pure and deterministic, so the same input
 * always gives the same programme and a planner can re-plan by editing the input.
 *
 * Every unit must be visited at least once in N years: one last inspected in year L is due by
 * year L + N (never inspected, or already late: due in the programme year Y). Over the horizon
 * Y … Y+N−1, with the same capacity C each year, each year takes first what later years could not
 * absorb (earliest deadlines first — optimal for unit-sized visits), then fills its capacity with
 * the highest scores. Units that miss their deadline even so are reported, not silently dropped.
 * Year Y's visits are then dealt to teams (in proportion to their capacities) and months.
 */

export interface Candidate {
  unitId: number;
  code: string;
  /** Risk score, highest first. */
  score: number;
  districtId: number | null;
  /** Year of the last inspection (the unit's or a predecessor's); null = never inspected. */
  lastYear: number | null;
}

export interface TeamInput {
  name: string;
  visits: number;
}

export interface ProgrammeInput {
  year: number;
  cycleYears: number;
  teams: TeamInput[];
  months: number[];
  pinned: number[];
  excluded: number[];
}

export enum VisitReason {
  PINNED = 'PINNED',
  NEVER_INSPECTED = 'NEVER_INSPECTED',
  CYCLE_DUE = 'CYCLE_DUE',
  CYCLE_AHEAD = 'CYCLE_AHEAD',
  HIGH_RISK = 'HIGH_RISK',
}

export enum UncoveredReason {
  CAPACITY = 'CAPACITY',
  EXCLUDED = 'EXCLUDED',
}

export interface Visit {
  seq: number;
  unitId: number;
  team: string;
  month: number;
  reason: VisitReason;
  /** The last year the N-year cycle allows for this visit. */
  deadlineYear: number;
}

export interface Uncovered {
  unitId: number;
  reason: UncoveredReason;
  deadlineYear: number;
}

export interface HorizonYear {
  year: number;
  capacity: number;
  /** Units whose cycle deadline is this year (after the years before took theirs). */
  due: number;
  planned: number;
}

export interface Programme {
  capacity: number;
  visits: Visit[];
  uncovered: Uncovered[];
  horizon: HorizonYear[];
  /** Every unit in scope is visited within N years (nothing uncovered for lack of capacity). */
  coversCycle: boolean;
}

export function deadline(c: Candidate, year: number, cycleYears: number): number {
  return c.lastYear === null ? year : Math.max(year, c.lastYear + cycleYears);
}

/** Highest score first; ties by code so the order never depends on the database's. */
const byRisk = (a: Candidate, b: Candidate) => b.score - a.score || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function draftProgramme(candidates: Candidate[], input: ProgrammeInput): Programme {
  const { year, cycleYears: n } = input;
  const capacity = input.teams.reduce((s, t) => s + t.visits, 0);
  const excluded = new Set(input.excluded);
  const pinned = new Set(input.pinned);
  const uncovered: Uncovered[] = [];
  const dl = new Map<number, number>();
  let open: Candidate[] = [];
  for (const c of [...candidates].sort(byRisk)) {
    const d = deadline(c, year, n);
    dl.set(c.unitId, d);
    if (excluded.has(c.unitId)) {
      if (d < year + n) uncovered.push({ unitId: c.unitId, reason: UncoveredReason.EXCLUDED, deadlineYear: d });
    } else if (d < year + n || pinned.has(c.unitId)) {
      // due within the horizon (a unit inspected in year Y itself is not, unless pinned)
      open.push(c);
    }
  }
  const horizon: HorizonYear[] = [];
  let firstYear: { c: Candidate; reason: VisitReason }[] = [];
  for (let t = year; t < year + n; t++) {
    const taken: { c: Candidate; reason: VisitReason }[] = [];
    const take = (c: Candidate, reason: VisitReason) => taken.push({ c, reason });
    const dueNow = open.filter((c) => dl.get(c.unitId)! === t).length;
    if (t === year) for (const c of open) if (pinned.has(c.unitId)) take(c, VisitReason.PINNED);
    let rest = open.filter((c) => !(t === year && pinned.has(c.unitId)));
    // how many this year must take so that years t+1 … end can absorb the rest by their deadlines
    const byDeadline = [...rest].sort((a, b) => dl.get(a.unitId)! - dl.get(b.unitId)! || byRisk(a, b));
    let must = 0;
    let count = 0;
    for (let i = 0; i < byDeadline.length; i++) {
      count++;
      const d = dl.get(byDeadline[i].unitId)!;
      if (i + 1 < byDeadline.length && dl.get(byDeadline[i + 1].unitId)! === d) continue;
      must = Math.max(must, count - (d - t) * capacity);
    }
    const room = Math.max(0, capacity - taken.length);
    const mandatory = byDeadline.slice(0, Math.min(must, room));
    // what still cannot fit: units due this year beyond the room — their deadline passes uncovered
    const late = byDeadline.slice(mandatory.length).filter((c) => dl.get(c.unitId)! <= t);
    for (const c of late) uncovered.push({ unitId: c.unitId, reason: UncoveredReason.CAPACITY, deadlineYear: dl.get(c.unitId)! });
    for (const c of mandatory) {
      const reason = c.lastYear === null ? VisitReason.NEVER_INSPECTED : dl.get(c.unitId)! <= t ? VisitReason.CYCLE_DUE : VisitReason.CYCLE_AHEAD;
      take(c, reason);
    }
    const chosen = new Set(taken.map((x) => x.c.unitId));
    const lateIds = new Set(late.map((c) => c.unitId));
    rest = rest.filter((c) => !chosen.has(c.unitId) && !lateIds.has(c.unitId));
    // fill the remaining capacity by risk (rest is in risk order)
    for (const c of rest.slice(0, Math.max(0, capacity - taken.length))) {
      take(c, c.lastYear === null ? VisitReason.NEVER_INSPECTED : VisitReason.HIGH_RISK);
      chosen.add(c.unitId);
    }
    open = rest.filter((c) => !chosen.has(c.unitId));
    horizon.push({ year: t, capacity, due: dueNow, planned: taken.length });
    if (t === year) firstYear = taken;
  }
  const visits = assign(firstYear, input, dl);
  return { capacity, visits, uncovered, horizon, coversCycle: !uncovered.some((u) => u.reason === UncoveredReason.CAPACITY) };
}

/**
 * Deals the year's visits to teams and months. The visits, in risk order, are interleaved across
 * districts (one of each district in turn), so every team gets a share of every district; each
 * visit goes to the team furthest below its capacity (ties: input order); within a team, visits
 * spread evenly over the months, the most urgent first.
 */
function assign(taken: { c: Candidate; reason: VisitReason }[], input: ProgrammeInput, dl: Map<number, number>): Visit[] {
  const urgent = (x: { c: Candidate; reason: VisitReason }) => (x.reason === VisitReason.PINNED ? 0 : x.reason === VisitReason.HIGH_RISK ? 2 : 1);
  const ordered = [...taken].sort((a, b) => urgent(a) - urgent(b) || byRisk(a.c, b.c));
  const groups = new Map<string, typeof ordered>();
  for (const x of ordered) {
    const k = String(x.c.districtId ?? '');
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(x);
  }
  const interleaved: typeof ordered = [];
  const lists = [...groups.values()];
  for (let i = 0; interleaved.length < ordered.length; i++) for (const l of lists) if (i < l.length) interleaved.push(l[i]);
  const load = input.teams.map(() => 0);
  const perTeam: (typeof ordered)[] = input.teams.map(() => []);
  for (const x of interleaved) {
    let best = -1;
    for (let t = 0; t < input.teams.length; t++) {
      if (load[t] >= input.teams[t].visits) continue;
      if (best < 0 || load[t] / input.teams[t].visits < load[best] / input.teams[best].visits) best = t;
    }
    if (best < 0) break;
    load[best]++;
    perTeam[best].push(x);
  }
  const visits: Visit[] = [];
  const months = input.months;
  perTeam.forEach((list, t) => {
    list.forEach((x, j) => {
      visits.push({
        seq: 0,
        unitId: x.c.unitId,
        team: input.teams[t].name,
        month: months[Math.floor((j * months.length) / list.length)],
        reason: x.reason,
        deadlineYear: dl.get(x.c.unitId)!,
      });
    });
  });
  // the annex lists visits by month, then team (input order), then urgency as dealt
  const teamIndex = new Map(input.teams.map((t, i) => [t.name, i]));
  visits.sort((a, b) => a.month - b.month || teamIndex.get(a.team)! - teamIndex.get(b.team)!);
  visits.forEach((v, i) => (v.seq = i + 1));
  return visits;
}
