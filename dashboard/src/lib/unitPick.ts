/**
 * What a unit field typed by a person means: a code, or a name (whole or in words, accents
 * optional), among the units of every time the reader may see. The API's search rule (each word
 * in the name, accent- and case-insensitively), applied to the one list of names the page has.
 */
export interface UnitName {
  code: string;
  name: string;
  kind: string;
  validFrom: string | null;
  validTo: string | null;
}

export type UnitPick<U extends UnitName> =
  | { kind: 'none'; text: string }
  | { kind: 'one'; text: string; unit: U }
  | { kind: 'many'; text: string; units: U[] };

/** Lower case, no diacritics (đ → d), single spaces: "Sở  Kế hoạch" → "so ke hoach". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Units still existing first, then the most recently ended; by name within each. */
function order<U extends UnitName>(a: U, b: U): number {
  if (!a.validTo !== !b.validTo) return a.validTo ? 1 : -1;
  if (a.validTo && b.validTo && a.validTo !== b.validTo) return a.validTo < b.validTo ? 1 : -1;
  return a.name.localeCompare(b.name, 'vi');
}

export function pickUnit<U extends UnitName>(raw: string, units: U[]): UnitPick<U> | null {
  const text = raw.normalize('NFC').trim();
  if (!text) return null;
  const byCode = units.find((u) => u.code.toLowerCase() === text.toLowerCase());
  if (byCode) return { kind: 'one', text, unit: byCode };
  const f = fold(text);
  const exact = units.filter((u) => fold(u.name) === f);
  const words = f.split(' ');
  const some = units.filter((u) => {
    const n = fold(u.name);
    return words.every((w) => n.includes(w));
  });
  // "Sở Tài chính" is the whole name of the department merged in 2025, but a reader may mean
  // "Sở Tài chính (mới)" that exists today: a former unit's name alone does not decide
  const existingToo = exact.every((u) => u.validTo) && some.some((u) => !u.validTo);
  if (exact.length === 1 && !existingToo) return { kind: 'one', text, unit: exact[0] };
  if (exact.length > 1 && !existingToo) return { kind: 'many', text, units: exact.sort(order) };
  if (some.length === 1) return { kind: 'one', text, unit: some[0] };
  if (some.length > 1) return { kind: 'many', text, units: some.sort(order) };
  return { kind: 'none', text };
}
