/**
 * The planning page's inputs live in the URL (a link reproduces the programme): pure parsing,
 * never throwing — a bad value falls back to its default and is named in `problems`.
 */
import { parseDayFirst } from './dates';
import { UNIT_KINDS, type UnitKindCode } from './filters';

export interface PlanningParams {
  asOf: string;
  district: string | null;
  kinds: UnitKindCode[];
  limit: number;
  year: number;
  cycle: number;
  /** As typed: "name: visits", one a line. */
  teamsText: string;
  teams: { name: string; visits: number }[];
  pinned: string[];
  excluded: string[];
  problems: string[];
}

export const DEFAULT_TEAMS = 'Đoàn kiểm tra số 1: 20\nĐoàn kiểm tra số 2: 20';

/** "Đoàn 1: 20" lines (or ";"-separated) → teams; null when an entry is not "name: visits". */
export function parseTeams(raw: string): { name: string; visits: number }[] | null {
  const out: { name: string; visits: number }[] = [];
  for (const part of raw.split(/[\n;]/).map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.*\S)\s*[:=]\s*(\d{1,5})$/.exec(part);
    if (!m) return null;
    out.push({ name: m[1].normalize('NFC'), visits: Number(m[2]) });
  }
  return out.length ? out : null;
}

const codes = (raw: string | null) => (raw ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter((s) => /^[A-Za-z0-9_.-]{1,64}$/.test(s));

export function parsePlanning(p: URLSearchParams, today: string): PlanningParams {
  const problems: string[] = [];
  const thisYear = Number(today.slice(0, 4));
  let asOf = today;
  const rawAsOf = p.get('asOf');
  if (rawAsOf) {
    const iso = parseDayFirst(rawAsOf);
    if (iso) asOf = iso;
    else problems.push('asOf');
  }
  const int = (name: string, fallback: number, min: number, max: number) => {
    const raw = p.get(name);
    if (raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    problems.push(name);
    return fallback;
  };
  const kinds: UnitKindCode[] = [];
  for (const k of p.getAll('kind').flatMap((v) => v.split(','))) {
    if ((UNIT_KINDS as readonly string[]).includes(k) && !kinds.includes(k as UnitKindCode)) kinds.push(k as UnitKindCode);
    else if (k && !problems.includes('kind')) problems.push('kind');
  }
  const rawDistrict = p.get('district')?.trim() || null;
  const district = rawDistrict && /^[A-Za-z0-9_.-]{1,64}$/.test(rawDistrict) ? rawDistrict : null;
  if (rawDistrict && !district) problems.push('district');
  const teamsText = p.get('teams') ?? DEFAULT_TEAMS;
  let teams = parseTeams(teamsText);
  if (!teams) {
    problems.push('teams');
    teams = parseTeams(DEFAULT_TEAMS)!;
  }
  return {
    asOf,
    district,
    kinds,
    limit: int('limit', 50, 1, 500),
    year: int('year', thisYear + 1, 2000, thisYear + 10),
    cycle: int('cycle', 5, 1, 10),
    teamsText,
    teams,
    pinned: codes(p.get('pinned')),
    excluded: codes(p.get('excluded')),
    problems,
  };
}

/** The ranking's and the programme's shared filter, as GraphQL PriorityFilter. */
export function priorityFilter(q: PlanningParams) {
  return { ...(q.kinds.length ? { unitKinds: q.kinds } : {}), ...(q.district ? { districtCode: q.district } : {}) };
}

/** Query string for the API's /export/inspection-* files with the same inputs. */
export function exportQuery(q: PlanningParams, lang: string, programme: boolean): string {
  const s = new URLSearchParams({ asOf: q.asOf, lang: lang === 'en' ? 'en' : 'vi' });
  for (const k of q.kinds) s.append('kind', k);
  if (q.district) s.set('district', q.district);
  if (programme) {
    s.set('year', String(q.year));
    s.set('cycle', String(q.cycle));
    s.set('teams', q.teams.map((t) => `${t.name}: ${t.visits}`).join('\n'));
    if (q.pinned.length) s.set('pinned', q.pinned.join(','));
    if (q.excluded.length) s.set('excluded', q.excluded.join(','));
  } else s.set('limit', String(q.limit));
  return s.toString();
}
