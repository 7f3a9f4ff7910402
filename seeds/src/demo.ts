import { addMonths, fromDay, toDay, weekday, yearEnd, yearStart } from './dates.js';
import { intBetween, pick, shuffled, stream, type Rng } from './random.js';
import type { Row, Tables } from './sheets.js';

/**
 * The DEMO generator: plausible inspections, findings, recommendations, awards, plans and
 * "Dân vận khéo" models for the real reference units, so that every chart has something to show.
 * Every row is marked DEMO. Deterministic: the same reference and options give the same rows.
 */

export const DEMO_SOURCE_TITLE = 'Dữ liệu minh họa (DEMO) — sinh tự động, không phải số liệu thực';
const DEMO: Row = { source_kind: 'DEMO', source_title: DEMO_SOURCE_TITLE };

export const DEFAULT_SEED = 20151020;
export const DEFAULT_FROM_YEAR = 2015;
export const DEFAULT_TO_YEAR = 2026;
export const DEFAULT_UNTIL = '2026-10-31';

export const CITY_ISSUER = 'Chủ tịch UBND thành phố Đà Nẵng';

/**
 * The real award decision of SPEC §2 (18 collectives, Bằng khen of the city chairman, 2015–2020).
 * Its number and date are unknown, so they stay empty; the founding record names S_KHDT, the DEMO
 * data adds 17 illustrative recipients to the same decision.
 */
export const DECISION_2015_2020: Readonly<Row> = {
  decision_number: '',
  decision_date: '',
  issuer: CITY_ISSUER,
  kind: 'BANG_KHEN',
  period_from: '2015',
  period_to: '2020',
  citation:
    'thành tích xuất sắc về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập giai đoạn 2015-2020',
};

/** The founding inspection (S_KHDT, 27/10/2021): DEMO never inspects S_KHDT in 2021. */
export const FOUNDING_UNIT = 'S_KHDT';
export const FOUNDING_YEAR = 2021;

export interface DemoOptions {
  seed?: number;
  fromYear?: number;
  toYear?: number;
  /** Nothing is dated after this day (YYYY-MM-DD). */
  until?: string;
}

export interface DemoReference {
  units: Row[];
  requirements: Row[];
}

interface Unit {
  code: string;
  name: string;
  kind: string;
  parent: string;
  from: number;
  to: number;
  /** Persistent unit effect on compliance, so some units are consistently better than others. */
  quality: number;
}

interface Requirement {
  code: string;
  title: string;
  category: string;
  from: number;
  to: number;
  /** Requirements on commune-level government (QCDC-X…): checked only at wards, communes and the đặc khu. */
  communeOnly: boolean;
  /** Persistent requirement effect, so the requirement × year heatmap shows structure. */
  difficulty: number;
}

const TEAMS = [1, 2, 3, 4, 5].map((n) => `Đoàn kiểm tra số ${n}`);
const LAW_10_2022_DAY = toDay('2023-07-01');
// Commune-level requirements (QCDC-X…) apply to wards, communes and the đặc khu (reference applies_to).
const COMMUNE_KINDS = new Set(['WARD', 'COMMUNE', 'OTHER']);

const GENERIC_RECOMMENDATIONS = [
  'Tăng cường tuyên truyền, phổ biến Quy chế dân chủ ở cơ sở đến toàn thể cán bộ, công chức, viên chức',
  'Lưu trữ đầy đủ, khoa học hồ sơ, tài liệu về thực hiện Quy chế dân chủ ở cơ sở',
  'Rà soát, cập nhật các quy chế nội bộ cho phù hợp với quy định hiện hành',
];

const MODEL_THEMES: { field: string; title: string; kinds?: string[]; years?: [number, number] }[] = [
  { field: 'Cải cách hành chính', title: 'Dân vận khéo trong giải quyết thủ tục hành chính cho người dân, doanh nghiệp' },
  { field: 'Chuyển đổi số', title: 'Dân vận khéo trong chuyển đổi số và dịch vụ công trực tuyến', years: [2019, 9999] },
  { field: 'Xây dựng đô thị văn minh', title: 'Dân vận khéo xây dựng tuyến phố văn minh, sạch đẹp', kinds: ['WARD', 'DISTRICT'] },
  { field: 'Bảo vệ môi trường', title: 'Dân vận khéo trong phân loại rác thải tại nguồn' },
  { field: 'An sinh xã hội', title: 'Dân vận khéo chăm lo gia đình chính sách, hộ nghèo' },
  { field: 'Quốc phòng, an ninh', title: 'Dân vận khéo giữ gìn an ninh, trật tự khu dân cư', kinds: ['WARD', 'COMMUNE', 'DISTRICT'] },
  { field: 'Xây dựng nông thôn mới', title: 'Dân vận khéo trong xây dựng nông thôn mới', kinds: ['COMMUNE'] },
  { field: 'Phòng, chống dịch bệnh', title: 'Dân vận khéo trong phòng, chống dịch COVID-19', years: [2020, 2022] },
  { field: 'Giải phóng mặt bằng', title: 'Dân vận khéo trong công tác bồi thường, giải phóng mặt bằng', kinds: ['WARD', 'COMMUNE', 'DISTRICT'] },
  { field: 'Hỗ trợ doanh nghiệp', title: 'Dân vận khéo trong hỗ trợ doanh nghiệp, thu hút đầu tư', kinds: ['DEPARTMENT'] },
];

export function generateDemo(reference: DemoReference, options: DemoOptions = {}): Tables {
  const seed = options.seed ?? DEFAULT_SEED;
  const until = options.until ?? DEFAULT_UNTIL;
  const untilDay = toDay(until);
  const fromYear = options.fromYear ?? DEFAULT_FROM_YEAR;
  const toYear = Math.min(options.toYear ?? DEFAULT_TO_YEAR, Number(until.slice(0, 4)));

  const units: Unit[] = reference.units
    .filter((u) => u.kind !== 'CITY')
    .map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
      parent: u.parent_code ?? '',
      from: u.valid_from ? toDay(u.valid_from) : -Infinity,
      to: u.valid_to ? toDay(u.valid_to) : Infinity,
      quality: (stream(seed, `unit:${u.code}`)() - 0.5) * 0.2,
    }));
  const requirements: Requirement[] = reference.requirements.map((r) => ({
    code: r.code,
    title: r.title,
    category: r.category,
    from: r.valid_from ? toDay(r.valid_from) : -Infinity,
    to: r.valid_to ? toDay(r.valid_to) : Infinity,
    communeOnly: /^QCDC-X/.test(r.code),
    difficulty: -0.16 + 0.26 * stream(seed, `requirement:${r.code}`)(),
  }));

  const ctx: Context = { seed, untilDay, fromYear, toYear, units, requirements };
  const tables: Tables = { inspections: [], findings: [], recommendations: [] };
  generateInspections(ctx, tables);
  tables.awards = generateAwards(ctx);
  tables.plans = generatePlans(ctx);
  tables.models = generateModels(ctx);
  return tables;
}

interface Context {
  seed: number;
  untilDay: number;
  fromYear: number;
  toYear: number;
  units: Unit[];
  requirements: Requirement[];
}

/** The part of [lo, hi] in which the unit exists, or null. */
function span(unit: Unit, lo: number, hi: number): [number, number] | null {
  const a = Math.max(lo, unit.from);
  const b = Math.min(hi, unit.to);
  return a <= b ? [a, b] : null;
}

function activeOn(unit: Unit, day: number): boolean {
  return unit.from <= day && day <= unit.to;
}

/** A random working day in [lo, hi] (a weekend day only when the interval has no working day). */
function workday(rng: Rng, lo: number, hi: number): number {
  let day = intBetween(rng, lo, hi);
  for (let i = 0; i < 12 && (weekday(day) === 0 || weekday(day) === 6); i++) day = intBetween(rng, lo, hi);
  return day;
}

function generateInspections(ctx: Context, out: Tables): void {
  const { seed, untilDay, units, requirements } = ctx;
  const inspectedBefore = new Set<string>();
  for (let year = ctx.fromYear; year <= ctx.toYear; year++) {
    const rng = stream(seed, `inspections:${year}`);
    const lo = yearStart(year);
    const hi = Math.min(yearEnd(year), untilDay);
    if (lo > hi) continue;
    const candidates = units.filter(
      (u) => span(u, lo, hi) && !(u.code === FOUNDING_UNIT && year === FOUNDING_YEAR),
    );
    const rate = 0.3 + 0.15 * rng();
    const chosen = shuffled(rng, candidates).slice(0, Math.max(1, Math.round(rate * candidates.length)));
    const drafts = chosen
      .map((unit) => {
        const [a, b] = span(unit, lo, hi)!;
        return { unit, day: workday(rng, a, b) };
      })
      .sort((x, y) => x.day - y.day || (x.unit.code < y.unit.code ? -1 : 1));

    drafts.forEach(({ unit, day }, i) => {
      const code = `DEMO-KT-${year}-${String(i + 1).padStart(4, '0')}`;
      const date = fromDay(day);
      const r = rng();
      let kind = r < 0.72 ? 'PERIODIC' : r < 0.86 ? 'THEMATIC' : r < 0.93 ? 'UNANNOUNCED' : 'FOLLOW_UP';
      if (kind === 'FOLLOW_UP' && !inspectedBefore.has(unit.code)) kind = 'PERIODIC';

      let checked = requirements.filter(
        (q) => q.from <= day && day <= q.to && (!q.communeOnly || COMMUNE_KINDS.has(unit.kind)),
      );
      if (kind === 'THEMATIC') {
        const categories = shuffled(rng, [...new Set(checked.map((q) => q.category))]).slice(0, 2);
        const themed = checked.filter((q) => categories.includes(q.category));
        if (themed.length > 0) checked = themed;
      }

      const counts = { COMPLIANT: 0, PARTIAL: 0, NON_COMPLIANT: 0, NOT_APPLICABLE: 0 };
      const weak: { requirement: Requirement; result: string }[] = [];
      for (const requirement of checked) {
        const result = findingResult(rng, year, day, unit, requirement);
        counts[result] += 1;
        if (result === 'PARTIAL' || result === 'NON_COMPLIANT') weak.push({ requirement, result });
        out.findings!.push({ inspection_code: code, requirement_code: requirement.code, result, note: '', ...DEMO });
      }

      const judged = counts.COMPLIANT + counts.PARTIAL + counts.NON_COMPLIANT;
      const score = judged ? (counts.COMPLIANT + 0.5 * counts.PARTIAL) / judged : null;
      const rating =
        score === null ? '' : score >= 0.9 ? 'EXCELLENT' : score >= 0.75 ? 'GOOD' : score >= 0.55 ? 'SATISFACTORY' : 'UNSATISFACTORY';
      out.inspections!.push({
        code,
        unit_code: unit.code,
        date,
        team: pick(rng, TEAMS),
        leader: '',
        kind,
        rating,
        conclusion:
          `Dữ liệu minh họa (DEMO): ${unit.name} — đạt ${counts.COMPLIANT}/${checked.length} yêu cầu, ` +
          `đạt một phần ${counts.PARTIAL}, chưa đạt ${counts.NON_COMPLIANT}.`,
        source_url: '',
        ...DEMO,
      });

      out.recommendations!.push(...recommendations(rng, code, date, untilDay, weak));
    });
    for (const d of drafts) inspectedBefore.add(d.unit.code);
  }
}

type Result = 'COMPLIANT' | 'PARTIAL' | 'NON_COMPLIANT' | 'NOT_APPLICABLE';

/**
 * Roughly 70% compliant, 15% partial, 10% non-compliant, 5% not applicable, improving slowly
 * over the years; units and requirements keep their own strengths, and a requirement introduced
 * by Law 10/2022 is weaker during its first 18 months.
 */
function findingResult(rng: Rng, year: number, day: number, unit: Unit, requirement: Requirement): Result {
  if (rng() < 0.05) return 'NOT_APPLICABLE';
  const trend = 0.68 + 0.16 * ((year - 2015) / 11);
  const kindEffect = unit.kind === 'DEPARTMENT' ? 0.03 : unit.kind === 'COMMUNE' ? -0.04 : 0;
  const newRule = requirement.from >= LAW_10_2022_DAY && day - requirement.from < 548 ? -0.12 : 0;
  const p = Math.min(0.97, Math.max(0.15, trend + requirement.difficulty + unit.quality + kindEffect + newRule));
  if (rng() < p) return 'COMPLIANT';
  return rng() < 0.6 ? 'PARTIAL' : 'NON_COMPLIANT';
}

/**
 * 0–3 recommendations (more when more findings are weak), due 3–6 months after the inspection
 * (never after `until`; left empty when even 3 months would pass it), and a status consistent with
 * `until`: most are resolved within a few months, about one in eight never is.
 */
function recommendations(
  rng: Rng,
  code: string,
  date: string,
  untilDay: number,
  weak: { requirement: Requirement; result: string }[],
): Row[] {
  const n = weak.length === 0 ? (rng() < 0.15 ? 1 : 0) : Math.min(3, 1 + Math.floor(weak.length / 4) + (rng() < 0.3 ? 1 : 0));
  const ordered = [...weak].sort((a, b) => (a.result === b.result ? 0 : a.result === 'NON_COMPLIANT' ? -1 : 1));
  const rows: Row[] = [];
  const day = toDay(date);
  for (let seq = 1; seq <= n; seq++) {
    const basis = ordered[seq - 1];
    const text = basis
      ? `Khắc phục, hoàn thiện: ${basis.requirement.title}`
      : GENERIC_RECOMMENDATIONS[(seq - 1 + intBetween(rng, 0, 2)) % GENERIC_RECOMMENDATIONS.length];
    let due = '';
    for (let months = intBetween(rng, 3, 6); months >= 3; months--) {
      const candidate = addMonths(date, months);
      if (toDay(candidate) <= untilDay) {
        due = candidate;
        break;
      }
    }
    const neverResolved = rng() < 0.12;
    const resolvedDay = day + intBetween(rng, 14, 210);
    let status: string;
    let resolvedOn = '';
    if (!neverResolved && resolvedDay <= untilDay) {
      status = 'RESOLVED';
      resolvedOn = fromDay(resolvedDay);
    } else {
      status = untilDay - day > 45 && rng() < 0.7 ? 'IN_PROGRESS' : 'OPEN';
    }
    rows.push({ inspection_code: code, seq: String(seq), text, due_date: due, status, resolved_on: resolvedOn, ...DEMO });
  }
  return rows;
}

function decisionNumber(rng: Rng): string {
  return `${intBetween(rng, 100, 4999)}/QĐ-UBND`;
}

function awardRows(decision: Row, recipients: Unit[]): Row[] {
  return recipients.map((u) => ({ ...decision, recipient_code: u.code, ...DEMO }));
}

function generateAwards(ctx: Context): Row[] {
  const { seed, units, untilDay, fromYear, toYear } = ctx;
  const rows: Row[] = [];

  // (a) 17 illustrative co-recipients of the real 2015–2020 decision (18 collectives in all)
  if (fromYear <= 2020) {
    const rng = stream(seed, 'awards:2015-2020');
    const candidates = units.filter((u) => u.code !== FOUNDING_UNIT && span(u, yearStart(2020), yearEnd(2020)));
    rows.push(...awardRows(DECISION_2015_2020, shuffled(rng, candidates).slice(0, 17)));
  }

  // (b) an illustrative 2020–2025 decision, dated before the department mergers of 2025-03-01
  const lo2025 = toDay('2025-01-06');
  const hi2025 = Math.min(toDay('2025-02-27'), untilDay);
  if (fromYear <= 2025 && toYear >= 2025 && lo2025 <= hi2025) {
    const rng = stream(seed, 'awards:2020-2025');
    const day = workday(rng, lo2025, hi2025);
    const decision: Row = {
      decision_number: decisionNumber(rng),
      decision_date: fromDay(day),
      issuer: CITY_ISSUER,
      kind: 'BANG_KHEN',
      period_from: '2020',
      period_to: '2025',
      citation: 'thành tích xuất sắc trong thực hiện dân chủ ở cơ sở giai đoạn 2020-2025',
    };
    rows.push(...awardRows(decision, shuffled(rng, units.filter((u) => activeOn(u, day))).slice(0, 15)));
  }

  // (c) yearly decisions: the city's Bằng khen, and districts' Giấy khen for their wards and communes
  for (let year = fromYear; year <= toYear; year++) {
    const rng = stream(seed, `awards:${year}`);
    let lo = toDay(`${year}-12-01`);
    let hi = Math.min(toDay(`${year}-12-28`), untilDay);
    if (lo > hi) {
      lo = Math.max(yearStart(year), untilDay - 40);
      hi = untilDay;
    }
    if (lo > hi) continue;
    const day = workday(rng, lo, hi);
    const city: Row = {
      decision_number: decisionNumber(rng),
      decision_date: fromDay(day),
      issuer: CITY_ISSUER,
      kind: 'BANG_KHEN',
      period_from: '',
      period_to: '',
      citation: `thành tích trong thực hiện Quy chế dân chủ ở cơ sở năm ${year}`,
    };
    rows.push(...awardRows(city, shuffled(rng, units.filter((u) => activeOn(u, day))).slice(0, intBetween(rng, 3, 6))));

    for (const district of units.filter((u) => u.kind === 'DISTRICT')) {
      const districtSpan = span(district, lo, hi);
      if (!districtSpan || rng() >= 0.5) continue;
      const districtDay = workday(rng, districtSpan[0], districtSpan[1]);
      const wards = units.filter((u) => u.parent === district.code && activeOn(u, districtDay));
      if (wards.length === 0) continue;
      const decision: Row = {
        decision_number: decisionNumber(rng),
        decision_date: fromDay(districtDay),
        issuer: `Chủ tịch UBND ${district.name}`,
        kind: 'GIAY_KHEN',
        period_from: '',
        period_to: '',
        citation: `thành tích trong thực hiện Quy chế dân chủ ở cơ sở năm ${year}`,
      };
      rows.push(...awardRows(decision, shuffled(rng, wards).slice(0, intBetween(rng, 2, 4))));
    }
  }
  return rows;
}

/**
 * Annual plans for 80–90% of the active units, issued in the first quarter (or in the first three
 * months of a unit created during the year). S_KHDT gets one every year it exists: the source
 * article states it issues an annual plan every year (the number and date are still DEMO).
 */
function generatePlans(ctx: Context): Row[] {
  const { seed, units, untilDay } = ctx;
  const rows: Row[] = [];
  for (let year = ctx.fromYear; year <= ctx.toYear; year++) {
    const rng = stream(seed, `plans:${year}`);
    const rate = Math.min(0.9, 0.8 + 0.01 * (year - 2015));
    for (const unit of units) {
      const start = span(unit, yearStart(year), Math.min(yearEnd(year), untilDay));
      if (!start) continue;
      const hi = Math.min(start[0] + 89, start[1]);
      const take = rng() < rate || unit.code === FOUNDING_UNIT;
      const day = workday(rng, start[0], hi);
      const number = intBetween(rng, 1, 60);
      if (!take) continue;
      rows.push({
        unit_code: unit.code,
        year: String(year),
        issued_on: fromDay(day),
        document_number: `${number}/KH-${unit.code}`,
        ...DEMO,
      });
    }
  }
  return rows;
}

function generateModels(ctx: Context): Row[] {
  const { seed, units, untilDay } = ctx;
  const rows: Row[] = [];
  for (let year = ctx.fromYear; year <= ctx.toYear; year++) {
    const rng = stream(seed, `models:${year}`);
    const active = units.filter((u) => span(u, yearStart(year), Math.min(yearEnd(year), untilDay)));
    const seen = new Set<string>();
    const wanted = intBetween(rng, 3, 6);
    for (let attempt = 0; attempt < 30 && seen.size < wanted && active.length > 0; attempt++) {
      const unit = pick(rng, active);
      const themes = MODEL_THEMES.filter(
        (t) => (!t.kinds || t.kinds.includes(unit.kind)) && (!t.years || (t.years[0] <= year && year <= t.years[1])),
      );
      const theme = pick(rng, themes);
      const level = rng() < 0.25 ? 'Cấp thành phố' : 'Cấp cơ sở';
      const key = `${unit.code}|${theme.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ unit_code: unit.code, year: String(year), title: theme.title, field: theme.field, level, ...DEMO });
    }
  }
  return rows;
}
