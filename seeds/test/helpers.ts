import { foundingDir, readTables, referenceDir, type Row } from '../src/index.js';

export const reference = readTables(referenceDir);
export const founding = readTables(foundingDir);
export const units = reference.units!;
export const lineage = reference.lineage!;
export const requirements = reference.requirements!;
export const unitByCode = new Map(units.map((u) => [u.code, u]));

/** Validity as in SPEC §3/§4: empty valid_from/valid_to = open. ISO strings compare as dates. */
export function activeOn(u: Row, date: string): boolean {
  return (!u.valid_from || u.valid_from <= date) && (!u.valid_to || date <= u.valid_to);
}

export function activeInYear(u: Row, year: number): boolean {
  return (!u.valid_from || u.valid_from <= `${year}-12-31`) && (!u.valid_to || u.valid_to >= `${year}-01-01`);
}

export function requirementValidOn(r: Row, date: string): boolean {
  return (!r.valid_from || r.valid_from <= date) && (!r.valid_to || date <= r.valid_to);
}

export function codes(list: string): string[] {
  return list ? list.split(';') : [];
}

export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

/** SPEC §4 CURRENT structure: follow MERGE/RENAME/TRANSFER to their target, SPLIT to its first target. */
export function currentSuccessor(code: string): string {
  let current = code;
  for (let guard = 0; guard < 20; guard++) {
    const unit = unitByCode.get(current)!;
    if (!unit.valid_to) return current;
    const event = lineage.find(
      (l) => l.date === dayAfter(unit.valid_to) && codes(l.from_codes).includes(current) && l.type !== 'DISSOLVE',
    );
    if (!event) return current;
    current = codes(event.to_codes)[0];
  }
  throw new Error(`lineage cycle at ${code}`);
}
