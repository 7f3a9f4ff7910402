import { AwardKind } from '../../shared/enums.js';
import { date, num, oneOf, ref, span, str, text, UNIT, year, type RecordDecl } from '../records/record.js';

/**
 * Whether a decision falls in the years [from, to] (SQL over award_decision `d`; `from` and `to` are
 * integer SQL expressions): a dated decision by the year of its date; an undated one (known only by
 * its period, like the founding 2015–2020 Bằng khen) when its period overlaps, a period with no end
 * counting as its first year. The one rule for awardStats and the awards export.
 */
export const decisionInYears = (d: string, from: string, to: string) => `(
  (${d}.date is not null and ${d}.date >= make_date(${from}, 1, 1) and ${d}.date <= make_date(${to}, 12, 31))
  or (${d}.date is null and ${d}.period_from is not null and ${d}.period_from <= ${to} and coalesce(${d}.period_to, ${d}.period_from) >= ${from})
)`;

/** decisionInYears over `d` with four parameters: decisionInYearsParams(fromYear, toYear). */
export const DECISION_IN_YEARS = decisionInYears('d', '?::int', '?::int');
export const decisionInYearsParams = (fromYear: number, toYear: number) => [fromYear, toYear, toYear, fromYear];

/** Period label of SPEC §4, "<from>-<to>" with an ASCII hyphen; null unless both ends are known. */
export const periodLabel = (d: string) => `case when ${d}.period_from is not null and ${d}.period_to is not null then ${d}.period_from::text || '-' || ${d}.period_to::text end`;

export const PERIOD_LABEL = periodLabel('d');

const DECISION = { decision_number: 'number', decision_date: 'date', issuer: 'issuer', kind: 'kind', period_from: 'period_from', period_to: 'period_to' };
const fmt = (x: { kind: string; from: number | null; to: number | null }) => `${x.kind}${x.from !== null ? `, ${x.from}-${x.to}` : ''}`;

/**
 * An award (Khen thưởng): one recipient of an award decision. SPEC §5.2 `awards` carries the
 * decision's columns on every row; the decision is keyed by (number, date, issuer) — numbers restart
 * every year — or, when both are unknown, by its issuer, kind and period.
 */
export const awardRecord: RecordDecl = {
  type: 'award',
  sheet: 'awards',
  table: 'award',
  vi: 'Khen thưởng',
  en: 'Awards',
  fields: [
    // number and date are required columns; their values may be empty only for a decision known by its period
    text('decision_number', { required: true, emptyAllowed: true, column: null, vi: 'Số quyết định', en: 'Decision number' }),
    date('decision_date', { required: true, emptyAllowed: true, column: null, vi: 'Ngày quyết định', en: 'Decision date' }),
    text('issuer', { required: true, column: null, vi: 'Cấp quyết định', en: 'Issuer' }),
    oneOf('kind', AwardKind, 'AwardKind', { required: true, column: null, vi: 'Loại', en: 'Kind' }),
    ref('recipient_code', UNIT, { required: true, column: 'recipient_id', vi: 'Mã đơn vị được khen', en: 'Recipient code' }),
    year('period_from', { column: null, vi: 'Giai đoạn từ', en: 'Period from' }),
    year('period_to', { column: null, vi: 'Giai đoạn đến', en: 'Period to' }),
    text('citation', { vi: 'Thành tích', en: 'Citation' }),
  ],
  key: ['decision_number', 'decision_date', 'issuer', 'kind', 'period_from', 'period_to', 'recipient_code'],
  keyWhat: 'award (decision, recipient)',
  keyColumns: 'decision_number, decision_date, issuer, recipient_code',
  source: true,
  parent: {
    type: 'award_decision',
    table: 'award_decision',
    column: 'decision_id',
    fields: DECISION,
    types: ['text', 'date', 'text', 'text', 'int', 'int'],
    conflict: `(coalesce(number, ''), coalesce(date, '0001-01-01'), issuer, kind, coalesce(period_from, 0), coalesce(period_to, 0))`,
    join: `coalesce(p.number, '') = coalesce(v.decision_number, '') and coalesce(p.date, '0001-01-01') = coalesce(v.decision_date, '0001-01-01')
      and p.issuer = v.issuer and p.kind = v.kind and coalesce(p.period_from, 0) = coalesce(v.period_from, 0) and coalesce(p.period_to, 0) = coalesce(v.period_to, 0)`,
    // a decision keeps the source it was first recorded with (the real founding decision must not
    // become DEMO because demo recipients are added to it); a fact source wins over DEMO within one import
    prefer: (a, b) => b.sourceKind === 'DEMO' && a.sourceKind !== 'DEMO',
    onConflict: 'do update set source_id = excluded.source_id where award_decision.source_id is null',
  },
  rules: [
    {
      name: 'the period is complete and ordered, and a decision is identified',
      row: ({ v, report }) => {
        const from = num(v, 'period_from');
        const to = num(v, 'period_to');
        if ((from === null) !== (to === null)) report(from === null ? 'period_from' : 'period_to', 'give both period_from and period_to, or neither');
        if (from !== null && to !== null && to < from) report('period_to', `period_to ${to} is before period_from ${from}`);
        if ((!str(v, 'decision_number') || !str(v, 'decision_date')) && from === null) {
          report(!str(v, 'decision_number') ? 'decision_number' : 'decision_date', 'decision_number and decision_date may be empty only for a decision identified by its period (period_from, period_to)');
        }
      },
    },
    {
      name: 'the recipient exists on the decision date',
      row: ({ v, report }, { units }) => {
        const code = str(v, 'recipient_code')!;
        const u = units.get(code);
        const d = str(v, 'decision_date');
        if (u && d && u.validFrom && u.validFrom > d) report('recipient_code', `unit ${code} did not yet exist on the decision date ${d} (${span(u)})`);
      },
    },
    {
      // SPEC §5.2 identifies a numbered decision by (number, date, issuer): its kind and period must
      // agree on every row and with what the database holds, or the rows would describe two decisions
      name: 'a numbered decision has one kind and period',
      async rows(rows, sql) {
        const numbered = rows.filter((r) => str(r.v, 'decision_number') && str(r.v, 'decision_date'));
        if (!numbered.length) return;
        const triple = (n: string, d: string, i: string) => `${n}|${d}|${i}`;
        const known = new Map<string, { kind: string; from: number | null; to: number | null; where: string }>();
        const stored = await sql<{ number: string; date: string; issuer: string; kind: string; period_from: number | null; period_to: number | null }>(
          `select d.number, to_char(d.date, 'YYYY-MM-DD') as date, d.issuer, d.kind, d.period_from, d.period_to
           from award_decision d join unnest(?::text[], ?::date[], ?::text[]) as v(number, date, issuer)
             on d.number = v.number and d.date = v.date and d.issuer = v.issuer`,
          [numbered.map((r) => str(r.v, 'decision_number')), numbered.map((r) => str(r.v, 'decision_date')), numbered.map((r) => str(r.v, 'issuer'))],
        );
        for (const d of stored) known.set(triple(d.number, d.date, d.issuer), { kind: d.kind, from: d.period_from, to: d.period_to, where: 'the database' });
        for (const { v, report, where } of numbered) {
          const key = triple(str(v, 'decision_number')!, str(v, 'decision_date')!, str(v, 'issuer')!);
          const mine = { kind: str(v, 'kind')!, from: num(v, 'period_from'), to: num(v, 'period_to') };
          const prev = known.get(key);
          if (!prev) known.set(key, { ...mine, where });
          else if (prev.kind !== mine.kind || prev.from !== mine.from || prev.to !== mine.to) {
            report(prev.kind !== mine.kind ? 'kind' : 'period_from', `decision ${str(v, 'decision_number')} of ${str(v, 'decision_date')} by ${str(v, 'issuer')} is ${fmt(prev)} in ${prev.where}, not ${fmt(mine)}`);
          }
        }
      },
    },
  ],
  export: {
    joins: 'join award_decision dn on dn.id = x.decision_id',
    select: {
      decision_number: 'dn.number', decision_date: `to_char(dn.date, 'YYYY-MM-DD')`, issuer: 'dn.issuer', kind: 'dn.kind',
      period_from: 'dn.period_from', period_to: 'dn.period_to',
    },
    order: 'dn.date nulls first, dn.number collate "C" nulls first, dn.issuer collate "C", dn.kind, dn.period_from nulls first, dn.period_to nulls first, r_recipient_code.code collate "C"',
    unitId: 'x.recipient_id',
    years: (f, t) => decisionInYears('dn', `extract(year from ${f})::int`, `extract(year from ${t})::int`),
  },
};
