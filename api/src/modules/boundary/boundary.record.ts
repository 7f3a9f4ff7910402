import { geometry, ref, span, str, UNIT, validFromField, validityOrdered, validToField, type RecordDecl, type Row } from '../records/record.js';

/**
 * The boundary (Ranh giới) of a unit over a span of time, read from GeoJSON files (one feature
 * each, `properties.unit_code`), keyed by (unit, valid_from).
 *
 * Versioned by its own validity, which must lie inside its unit's: a unit keeps its code when its
 * territory changes (a ward that absorbed a neighbour on 2025-01-01 keeps its record, SPEC §3 and
 * seeds/README "Unit codes"), so one unit may have several shapes, one after another, never
 * overlapping. A newly formed unit always has a record (and code) of its own — a GSO code re-used
 * after a merger gets a suffix here (`W20236-2025`) — so it can never be given the old unit's shape:
 * a boundary of the old code dated after the old unit ended is refused. An empty valid_from / valid_to
 * means "from the unit's start" / "until it ends".
 */
export const boundaryRecord: RecordDecl = {
  type: 'boundary',
  sheet: 'boundaries',
  file: 'geojson',
  table: 'boundary',
  vi: 'Ranh giới',
  en: 'Boundaries',
  fields: [
    ref('unit_code', UNIT, { required: true, column: 'unit_id', vi: 'Mã đơn vị', en: 'Unit code' }),
    validFromField,
    validToField,
    geometry('geometry', { required: true, vi: 'Hình dạng', en: 'Geometry' }),
  ],
  key: ['unit_code', 'valid_from'],
  keyWhat: 'boundary of this unit from this date',
  // valid_from may be empty (from the unit's start): the unique index reads it as the earliest date
  conflict: { target: `unit_id, (coalesce(valid_from, '-infinity'::date))` },
  source: true,
  rules: [
    validityOrdered,
    {
      name: 'the boundary lies within its unit\'s validity',
      row: ({ v, report }, { units }) => {
        const code = str(v, 'unit_code')!;
        const u = units.get(code);
        if (!u) return;
        const from = str(v, 'valid_from');
        const to = str(v, 'valid_to');
        if (from && u.validTo && from > u.validTo) report('valid_from', `unit ${code} ended on ${u.validTo} (${span(u)}): a boundary from ${from} is not its shape`);
        else if (from && u.validFrom && from < u.validFrom) report('valid_from', `valid_from ${from} is before unit ${code} existed (${span(u)})`);
        if (to && u.validTo && to > u.validTo) report('valid_to', `valid_to ${to} is after unit ${code} ended (${span(u)})`);
        else if (to && u.validFrom && to < u.validFrom) report('valid_to', `unit ${code} began on ${u.validFrom} (${span(u)}): a boundary until ${to} is not its shape`);
      },
    },
    {
      name: 'a unit\'s boundaries do not overlap in time',
      rows: async (rows, sql) => {
        if (!rows.length) return;
        const codes = [...new Set(rows.map((r) => str(r.v, 'unit_code')!))];
        // an open end holds until its unit's: a stored shape without valid_to of a unit that ended does not reach past it
        const unitSpans = await sql<{ code: string; valid_from: string | null; valid_to: string | null }>(
          `select code, to_char(valid_from, 'YYYY-MM-DD') as valid_from, to_char(valid_to, 'YYYY-MM-DD') as valid_to from unit where code = any(?::text[])`,
          [codes],
        );
        const unitOf = new Map(unitSpans.map((u) => [u.code, u]));
        const stored = await sql<{ unit_code: string; valid_from: string | null; valid_to: string | null }>(
          `select u.code as unit_code, to_char(b.valid_from, 'YYYY-MM-DD') as valid_from, to_char(b.valid_to, 'YYYY-MM-DD') as valid_to
           from boundary b join unit u on u.id = b.unit_id where u.code = any(?::text[])`,
          [codes],
        );
        type Span = { from: string; to: string; row?: Row; where: string };
        const byUnit = new Map<string, Span[]>();
        const add = (code: string, from: string | null, to: string | null, where: string, row?: Row) => {
          const u = unitOf.get(code);
          const s = { from: from ?? u?.valid_from ?? '', to: to ?? u?.valid_to ?? '9999-12-31', row, where };
          byUnit.set(code, [...(byUnit.get(code) ?? []), s]);
        };
        const keyOfRow = (code: string, from: string | null) => `${code}|${from ?? ''}`;
        const imported = new Set(rows.map((r) => keyOfRow(str(r.v, 'unit_code')!, str(r.v, 'valid_from'))));
        for (const r of rows) add(str(r.v, 'unit_code')!, str(r.v, 'valid_from'), str(r.v, 'valid_to'), r.where, r);
        // a stored boundary with the key of an imported one is replaced by it
        for (const b of stored) {
          if (!imported.has(keyOfRow(b.unit_code, b.valid_from))) {
            add(b.unit_code, b.valid_from, b.valid_to, `the stored boundary ${span({ validFrom: b.valid_from, validTo: b.valid_to })}`);
          }
        }
        for (const [code, spans] of byUnit) {
          spans.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
          for (let i = 1; i < spans.length; i++) {
            const [a, b] = [spans[i - 1], spans[i]];
            // the same key twice is reported as a duplicate already
            if (b.from > a.to || (a.row && b.row && a.from === b.from)) continue;
            const r = b.row ?? a.row!;
            r.report('valid_from', `boundary of unit ${code} overlaps in time with ${(b.row ? a : b).where}: give the earlier one a valid_to before the later one's valid_from`);
          }
        }
      },
    },
  ],
  export: { unitId: 'x.unit_id' },
};
