import { throwIfUnavailable } from '../../shared/db-availability.js';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import type { Execute } from '../../shared/execute.js';
import type { Route } from '../../shared/http.js';
import { requestViewer } from '../auth/viewer.js';
import { UnitKind } from '../../shared/enums.js';
import { runList } from '../export/analytics-tables.js';
import { attachment } from '../export/export.routes.js';
import { CONTENT_TYPE, readFormat } from '../export/export.service.js';
import { ExportInputError, oneBatch, readLang, writeCsv, writeXlsx, XlsxWriter, type HeaderLang, type OutColumn, type Row, type Table } from '../export/table.js';
import { FACTORS, PriorityFactorName } from './factors.js';

/**
 * GET /export/inspection-programme.<csv|xlsx> — the draft programme as the annex of a plan
 * decision (Vietnamese headers: STT, Đơn vị, Đoàn kiểm tra, Tháng dự kiến, Lý do…; in XLSX also the
 * units it cannot cover and a sheet saying it is a draft). GET /export/inspection-priorities.<csv|xlsx>
 * — the ranking with every factor's points. Both run the GraphQL queries in-process, so the file
 * holds exactly the API's answer. Parameters: see `planningArgs`.
 */

export const REASON_VI: Record<string, string> = {
  PINNED: 'Chỉ định kiểm tra',
  NEVER_INSPECTED: 'Chưa từng được kiểm tra',
  CYCLE_DUE: 'Đến hạn theo chu kỳ',
  CYCLE_AHEAD: 'Bố trí sớm để giữ chu kỳ',
  HIGH_RISK: 'Điểm ưu tiên cao',
  CAPACITY: 'Không đủ năng lực kiểm tra',
  EXCLUDED: 'Loại trừ theo đề nghị',
};

/** "Đoàn 1: 20; Đoàn 2: 15" or one team a line → [{name, visits}]; the last colon separates the number. */
export function parseTeams(raw: string): { name: string; visits: number }[] {
  return raw
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part, i) => {
      const m = /^(.*\S)\s*[:=]\s*(\d+)$/.exec(part);
      if (!m) throw new ExportInputError(`teams: entry ${i + 1} "${part}" is not "name: visits"`);
      return { name: m[1].normalize('NFC'), visits: Number(m[2]) };
    });
}

const list = (raw: string | null) => (raw ?? '').split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

function int(q: URLSearchParams, name: string, fallback?: number): number {
  const raw = q.get(name);
  if (raw === null || raw === '') {
    if (fallback === undefined) throw new ExportInputError(`${name} is required`);
    return fallback;
  }
  if (!/^\d+$/.test(raw)) throw new ExportInputError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

/** The filter and weights shared by both files: kind (repeatable or comma list), district, within, w.<FACTOR>=weight. */
function commonArgs(q: URLSearchParams) {
  const kinds = q.getAll('kind').flatMap((k) => list(k.toUpperCase()));
  for (const k of kinds) if (!(Object.values(UnitKind) as string[]).includes(k)) throw new ExportInputError(`unknown unit kind "${k}" (one of ${Object.values(UnitKind).join(', ')})`);
  const weights = [...q.keys()]
    .filter((k) => k.startsWith('w.'))
    .map((k) => {
      const factor = k.slice(2).toUpperCase();
      if (!(factor in PriorityFactorName)) throw new ExportInputError(`${k}: unknown factor (one of ${Object.keys(PriorityFactorName).join(', ')})`);
      const weight = Number(q.get(k));
      if (!Number.isFinite(weight)) throw new ExportInputError(`${k} must be a number, got "${q.get(k)}"`);
      return { factor, weight };
    });
  const filter = {
    ...(kinds.length ? { unitKinds: kinds } : {}),
    ...(q.get('district') ? { districtCode: q.get('district') } : {}),
    ...(q.get('within') ? { withinUnit: q.get('within') } : {}),
  };
  return { filter, weights };
}

export function programmeInput(q: URLSearchParams): Record<string, unknown> {
  const { filter, weights } = commonArgs(q);
  const teams = parseTeams([q.get('teams') ?? '', ...q.getAll('team')].join('\n'));
  if (!teams.length) throw new ExportInputError('teams: give at least one team as "name: visits"');
  const months = list(q.get('months')).map(Number);
  return {
    year: int(q, 'year'),
    cycleYears: int(q, 'cycle', 5),
    teams,
    ...(q.get('asOf') ? { asOf: q.get('asOf') } : {}),
    ...(months.length ? { months } : {}),
    pinned: list(q.get('pinned')),
    excluded: list(q.get('excluded')),
    filter,
    weights,
  };
}

const UNIT = 'unit { code name kind } district { code name }';
const HISTORY = 'score lastInspectionDate lastInspectionInherited lastInspection { code isDemo unit { code name } }';

const PROGRAMME_QUERY = `query Programme($input: ProgrammeInput!) {
  draftProgramme(input: $input) {
    year asOf cycleYears capacity unitsInScope coversCycle
    teams { name capacity visits }
    visits { seq team month reason deadlineYear unit { code name kind } priority { district { code name } ${HISTORY} } }
    uncovered { reason deadlineYear unit { code name kind } priority { district { code name } ${HISTORY} } }
  }
}`;

const text = (key: string, code: string, vi: string): OutColumn => ({ key, code, vi, kind: 'text' });

const VISIT_COLUMNS: OutColumn[] = [
  { key: 'seq', code: 'seq', vi: 'STT', kind: 'int' },
  text('unit.code', 'unit_code', 'Mã đơn vị'),
  text('unit.name', 'unit_name', 'Đơn vị'),
  { ...text('unit.kind', 'unit_kind', 'Loại đơn vị'), labels: 'UnitKind' },
  text('priority.district.name', 'district', 'Quận, huyện (cũ)'),
  text('team', 'team', 'Đoàn kiểm tra'),
  { key: 'month', code: 'month', vi: 'Tháng dự kiến', kind: 'int' },
  text('reasonText', 'reason', 'Lý do'),
  { key: 'deadlineYear', code: 'deadline_year', vi: 'Hạn theo chu kỳ (năm)', kind: 'int' },
  { key: 'priority.score', code: 'score', vi: 'Điểm ưu tiên', kind: 'number' },
  { key: 'priority.lastInspectionDate', code: 'last_inspection_date', vi: 'Lần kiểm tra gần nhất', kind: 'date' },
  text('inheritedFrom', 'last_inspection_of', 'Kiểm tra tại đơn vị tiền thân'),
  text('demo', 'demo', 'Dữ liệu minh họa'),
];

const UNCOVERED_COLUMNS: OutColumn[] = [
  { key: 'seq', code: 'seq', vi: 'STT', kind: 'int' },
  text('unit.code', 'unit_code', 'Mã đơn vị'),
  text('unit.name', 'unit_name', 'Đơn vị'),
  { ...text('unit.kind', 'unit_kind', 'Loại đơn vị'), labels: 'UnitKind' },
  text('reasonText', 'reason', 'Lý do'),
  { key: 'deadlineYear', code: 'deadline_year', vi: 'Hạn theo chu kỳ (năm)', kind: 'int' },
  { key: 'priority.score', code: 'score', vi: 'Điểm ưu tiên', kind: 'number' },
  { key: 'priority.lastInspectionDate', code: 'last_inspection_date', vi: 'Lần kiểm tra gần nhất', kind: 'date' },
];

const viDate = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

/** The reason as a person reads it (vi), or its code (en), with the fact behind it. */
function reasonText(r: Row, cycleYears: number, lang: HeaderLang): string {
  const reason = String(r.reason);
  const last = (r.priority as Row).lastInspectionDate as string | null;
  if (lang !== 'vi') return reason;
  const base = REASON_VI[reason] ?? reason;
  if (reason === 'CYCLE_DUE' || reason === 'CYCLE_AHEAD' || reason === 'CAPACITY') {
    return last ? `${base} ${cycleYears} năm (lần gần nhất ${viDate(last)})` : `${base} ${cycleYears} năm (chưa từng được kiểm tra)`;
  }
  if (reason === 'HIGH_RISK') return `${base} (${String((r.priority as Row).score).replace('.', ',')} điểm)`;
  return base;
}

function decorate(rows: Row[], cycleYears: number, lang: HeaderLang): Row[] {
  return rows.map((r, i) => {
    const p = r.priority as Row & { lastInspection: { isDemo: boolean; unit: { name: string } } | null; lastInspectionInherited: boolean };
    return {
      ...r,
      seq: r.seq ?? i + 1,
      reasonText: reasonText(r, cycleYears, lang),
      inheritedFrom: p.lastInspectionInherited ? p.lastInspection?.unit.name ?? '' : '',
      demo: p.lastInspection?.isDemo ? (lang === 'vi' ? 'Có' : 'DEMO') : '',
    };
  });
}

export async function programmeFile(execute: Execute, q: URLSearchParams, format: 'csv' | 'xlsx', lang: HeaderLang, out: Writable): Promise<void> {
  const input = programmeInput(q);
  const res = await execute(PROGRAMME_QUERY, { input });
  throwIfUnavailable(res.errors);
  if (res.errors?.length) throw new ExportInputError(res.errors.map((e) => e.message).join('; '));
  const p = (res.data as { draftProgramme: Row & { visits: Row[]; uncovered: Row[]; teams: Row[] } }).draftProgramme;
  const cycle = p.cycleYears as number;
  const visits: Table = { name: 'programme', vi: `Phụ lục kế hoạch ${p.year}`, columns: VISIT_COLUMNS, batches: oneBatch(decorate(p.visits, cycle, lang)) };
  if (format === 'csv') return writeCsv(visits, out, lang);
  const uncovered: Table = { name: 'uncovered', vi: 'Chưa bố trí được', columns: UNCOVERED_COLUMNS, batches: oneBatch(decorate(p.uncovered, cycle, lang)) };
  const demo = (p.visits as Row[]).filter((v) => (v.priority as Row & { lastInspection: { isDemo: boolean } | null }).lastInspection?.isDemo).length;
  const w = new XlsxWriter(out, lang);
  await w.add(visits);
  await w.add(uncovered);
  const vi = lang === 'vi';
  w.addPairs(vi ? 'Thông tin' : 'about', [
    [vi ? 'Văn bản' : 'Document', vi ? `DỰ THẢO — Phụ lục chương trình kiểm tra năm ${p.year}` : `DRAFT — annex of the ${p.year} inspection programme`],
    [vi ? 'Tính chất' : 'Status', vi ? 'Đề xuất do QCDC Hub tính từ dữ liệu, chưa phải quyết định của Ban Chỉ đạo' : 'A proposal computed by QCDC Hub from the data, not a decision of the Steering Committee'],
    [vi ? 'Số liệu tính đến ngày' : 'History as of', viDate(p.asOf as string)],
    [vi ? 'Chu kỳ (mỗi đơn vị ít nhất 1 lần trong N năm)' : 'Cycle N (years)', cycle],
    [vi ? 'Số đơn vị thuộc phạm vi' : 'Units in scope', p.unitsInScope as number],
    [vi ? 'Tổng năng lực kiểm tra trong năm' : 'Visits the teams can make', p.capacity as number],
    ...(p.teams as Row[]).map((t): [string, number] => [`${vi ? 'Đoàn' : 'Team'}: ${t.name}`, t.visits as number]),
    [vi ? 'Bảo đảm chu kỳ' : 'Covers the cycle', vi ? (p.coversCycle ? 'Có' : `Không — ${(p.uncovered as Row[]).length} đơn vị chưa bố trí được`) : String(p.coversCycle)],
    [vi ? 'Dữ liệu minh họa (DEMO)' : 'DEMO data', demo ? (vi ? `${demo} chuyến dựa trên lần kiểm tra là dữ liệu minh họa, không phải sự kiện thật` : `${demo} visits rest on DEMO (generated) inspections`) : vi ? 'Không' : 'none'],
    [vi ? 'Cách tính điểm ưu tiên' : 'Score', vi ? 'docs/PLANNING.md (đề xuất của nhóm phát triển)' : 'docs/PLANNING.md (the team\'s proposal)'],
  ]);
  await w.finish();
}

const PRIORITIES_QUERY = `query Priorities($asOf: Date!, $filter: PriorityFilter, $orderBy: PriorityOrder, $limit: Int, $weights: [FactorWeightInput!]) {
  inspectionPriorities(asOf: $asOf, filter: $filter, orderBy: $orderBy, limit: $limit, weights: $weights) {
    rank ${UNIT} ${HISTORY} yearsSince inspectionsLast5Years lastRating lastScore openRecommendations overdueRecommendations maxDaysOverdue hasPlan historyKnownFrom
    factors { name points }
  }
}`;

const PRIORITY_COLUMNS: OutColumn[] = [
  { key: 'rank', code: 'rank', vi: 'Thứ hạng', kind: 'int' },
  text('unit.code', 'unit_code', 'Mã đơn vị'),
  text('unit.name', 'unit_name', 'Đơn vị'),
  { ...text('unit.kind', 'unit_kind', 'Loại đơn vị'), labels: 'UnitKind' },
  text('district.name', 'district', 'Quận, huyện (cũ)'),
  { key: 'score', code: 'score', vi: 'Điểm ưu tiên', kind: 'number' },
  ...FACTORS.map((f): OutColumn => ({ key: `points.${f.name}`, code: `points_${f.name.toLowerCase()}`, vi: `Điểm: ${f.vi}`, kind: 'number' })),
  { key: 'lastInspectionDate', code: 'last_inspection_date', vi: 'Lần kiểm tra gần nhất', kind: 'date' },
  text('inheritedFrom', 'last_inspection_of', 'Kiểm tra tại đơn vị tiền thân'),
  { key: 'yearsSince', code: 'years_since', vi: 'Số năm chưa kiểm tra', kind: 'number' },
  { key: 'inspectionsLast5Years', code: 'inspections_5y', vi: 'Số lần kiểm tra 5 năm gần nhất', kind: 'count' },
  { ...text('lastRating', 'last_rating', 'Xếp loại lần gần nhất'), labels: 'Rating' },
  { key: 'lastScore', code: 'last_compliance', vi: 'Điểm tuân thủ lần gần nhất', kind: 'rate' },
  { key: 'openRecommendations', code: 'open_recommendations', vi: 'Kiến nghị chưa khắc phục', kind: 'count' },
  { key: 'overdueRecommendations', code: 'overdue_recommendations', vi: 'Kiến nghị quá hạn', kind: 'count' },
  { key: 'maxDaysOverdue', code: 'max_days_overdue', vi: 'Số ngày quá hạn lâu nhất', kind: 'count' },
  text('plan', 'has_plan', 'Có kế hoạch năm'),
  { key: 'historyKnownFrom', code: 'history_known_from', vi: 'Lịch sử chỉ có từ ngày', kind: 'date' },
  text('demo', 'demo', 'Dữ liệu minh họa'),
];

export async function prioritiesTable(execute: Execute, q: URLSearchParams, lang: HeaderLang): Promise<Table> {
  const { filter, weights } = commonArgs(q);
  const asOf = q.get('asOf') || new Date().toISOString().slice(0, 10);
  const orderBy = (q.get('orderBy') || 'SCORE').toUpperCase();
  const rows = await runList(execute, PRIORITIES_QUERY, { asOf, filter, weights, orderBy, limit: int(q, 'limit', 500) }, 'inspectionPriorities');
  const vi = lang === 'vi';
  const out = rows.map((r) => {
    const last = r.lastInspection as { isDemo: boolean; unit: { name: string } } | null;
    return {
      ...r,
      points: Object.fromEntries((r.factors as { name: string; points: number }[]).map((f) => [f.name, f.points])),
      inheritedFrom: r.lastInspectionInherited ? last?.unit.name ?? '' : '',
      plan: vi ? (r.hasPlan ? 'Có' : 'Chưa') : String(r.hasPlan),
      demo: last?.isDemo ? (vi ? 'Có' : 'DEMO') : '',
    };
  });
  return { name: 'inspection-priorities', vi: 'Ưu tiên kiểm tra', columns: PRIORITY_COLUMNS, batches: oneBatch(out) };
}

/** The files are the GraphQL answers the requesting viewer gets (scoped like every other read). */
export function planningExportRoute(executeAny: Execute): Route {
  return async (req, res, url) => {
    const m = /^\/export\/(inspection-programme|inspection-priorities)\.(csv|xlsx)$/.exec(url.pathname);
    if (!m) return false;
    const viewer = requestViewer(req);
    const execute: Execute = (query, variables) => executeAny(query, variables, viewer);
    if (req.method !== 'GET') return res.writeHead(405, { 'content-type': 'text/plain' }).end('use GET'), true;
    const format = readFormat(m[2]);
    const lang = readLang(url.searchParams.get('lang'), 'vi');
    if (m[1] === 'inspection-priorities') {
      const table = await prioritiesTable(execute, url.searchParams, lang);
      res.writeHead(200, { 'content-type': CONTENT_TYPE[format], 'content-disposition': attachment(`qcdc-uu-tien-kiem-tra.${format}`) });
      if (format === 'csv') await writeCsv(table, res, lang);
      else await writeXlsx([table], res, lang);
      return true;
    }
    // built in memory first, so an input mistake is a 400 before any byte is sent
    const chunks: Buffer[] = [];
    const sink = new Writable({ write(c: Buffer, _e, done) { chunks.push(c); done(); } });
    await programmeFile(execute, url.searchParams, format, lang, sink);
    if (!sink.writableFinished) await once(sink, 'finish');
    res.writeHead(200, { 'content-type': CONTENT_TYPE[format], 'content-disposition': attachment(`qcdc-phu-luc-ke-hoach-kiem-tra-${url.searchParams.get('year')}.${format}`) });
    res.end(Buffer.concat(chunks));
    return true;
  };
}
