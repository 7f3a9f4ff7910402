import { LineageType } from '../../shared/enums.js';
import { codes, date, keyOf, list, oneOf, text, UNIT, type RecordDecl, str } from '../records/record.js';

const linkedCodes = (role: 'FROM' | 'TO') =>
  `(select string_agg(u.code, ';' order by l.position) from lineage_event_unit l join unit u on u.id = l.unit_id where l.event_id = x.id and l.role = '${role}')`;

/**
 * A lineage event (Biến động đơn vị): SPEC §5.2 `lineage`, keyed by every column but note, which
 * the table keeps as one unique text (natural_key); its units are links written with it.
 */
export const lineageRecord: RecordDecl = {
  type: 'lineage_event',
  sheet: 'lineage',
  table: 'lineage_event',
  vi: 'Biến động đơn vị',
  en: 'Lineage events',
  fields: [
    date('date', { required: true, vi: 'Ngày', en: 'Date' }),
    oneOf('type', LineageType, 'LineageType', { required: true, vi: 'Loại biến động', en: 'Type' }),
    codes('from_codes', UNIT, { vi: 'Đơn vị trước', en: 'From units' }),
    codes('to_codes', UNIT, { vi: 'Đơn vị sau', en: 'To units' }),
    text('decision', { vi: 'Quyết định', en: 'Decision' }),
    text('note', { vi: 'Ghi chú', en: 'Note' }),
  ],
  key: ['date', 'type', 'from_codes', 'to_codes', 'decision'],
  keyWhat: 'lineage event',
  source: true,
  conflict: { target: 'natural_key', computed: { column: 'natural_key', value: (v) => keyOf(lineageRecord, v) } },
  rules: [
    {
      name: 'the units a type needs',
      row: ({ v, report }) => {
        const from = list(v, 'from_codes');
        const to = list(v, 'to_codes');
        const type = str(v, 'type')!;
        if (['MERGE', 'RENAME', 'TRANSFER'].includes(type) && (to.length !== 1 || from.length < 1)) {
          report('to_codes', `${type} needs at least one from_code and exactly one to_code`);
        }
        if (type === 'SPLIT' && (from.length !== 1 || to.length < 1)) report('from_codes', 'SPLIT needs exactly one from_code and at least one to_code');
        if (type === 'ESTABLISH' && to.length < 1) report('to_codes', 'ESTABLISH needs at least one to_code');
        if (type === 'DISSOLVE' && from.length < 1) report('from_codes', 'DISSOLVE needs at least one from_code');
      },
    },
  ],
  // the links of a new event (an existing event has them: they are part of its key)
  async afterWrite(sql, rows, created) {
    const links: { event: number; role: string; position: number; code: string }[] = [];
    for (const { values: v } of rows) {
      const id = created.get(keyOf(lineageRecord, v));
      if (id === undefined) continue;
      list(v, 'from_codes').forEach((code, i) => links.push({ event: id, role: 'FROM', position: i, code }));
      list(v, 'to_codes').forEach((code, i) => links.push({ event: id, role: 'TO', position: i, code }));
    }
    if (!links.length) return;
    await sql(
      `insert into lineage_event_unit (event_id, role, position, unit_id)
       select v.event_id, v.role, v.position, u.id from unnest(?::int[], ?::text[], ?::int[], ?::text[]) as v(event_id, role, position, code)
       join unit u on u.code = v.code`,
      [links.map((l) => l.event), links.map((l) => l.role), links.map((l) => l.position), links.map((l) => l.code)],
    );
  },
  export: {
    select: { from_codes: linkedCodes('FROM'), to_codes: linkedCodes('TO') },
    // the natural key is exactly "all columns but note", ISO date first
    order: 'x.natural_key collate "C"',
    years: (f, t) => `x.date between ${f} and ${t}`,
  },
};
