import iconv from 'iconv-lite';

/**
 * The text encoding of an imported CSV. What Vietnamese offices send: UTF-8 with or without BOM
 * (Excel's "CSV UTF-8", LibreOffice), UTF-16 LE/BE ("Unicode text"), Windows-1258 (Excel's plain
 * "CSV" on Vietnamese Windows) and TCVN3 (the ABC fonts, .VnTime). Bytes that are not valid in
 * the encoding found are refused with their position — never stored as U+FFFD.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (TCVN 5712)',
};

export type Decoded =
  | { ok: true; text: string; encoding: Encoding }
  /** `text` is the best reading with U+FFFD where the bad bytes were, to say which row and column they are in. */
  | { ok: false; text: string; encoding: Encoding | null; line: number; message: string };

/**
 * TCVN 5712:1993 (VN1, of which the TCVN3/ABC fonts use the lowercase and 0xA1–0xA7 capitals):
 * byte → code point where it differs from Latin-1, as glibc's iconv (TCVN5712-1) maps it. No npm
 * package maintains this table; 0xB0–0xB4 are combining tone marks, composed by NFC afterwards.
 */
const TCVN: Record<number, number> = {
  0x01: 0x00da, 0x02: 0x1ee4, 0x04: 0x1eea, 0x05: 0x1eec, 0x06: 0x1eee, 0x11: 0x1ee8, 0x12: 0x1ef0, 0x13: 0x1ef2,
  0x14: 0x1ef6, 0x15: 0x1ef8, 0x16: 0x00dd, 0x17: 0x1ef4, 0x80: 0x00c0, 0x81: 0x1ea2, 0x82: 0x00c3, 0x83: 0x00c1,
  0x84: 0x1ea0, 0x85: 0x1eb6, 0x86: 0x1eac, 0x87: 0x00c8, 0x88: 0x1eba, 0x89: 0x1ebc, 0x8a: 0x00c9, 0x8b: 0x1eb8,
  0x8c: 0x1ec6, 0x8d: 0x00cc, 0x8e: 0x1ec8, 0x8f: 0x0128, 0x90: 0x00cd, 0x91: 0x1eca, 0x92: 0x00d2, 0x93: 0x1ece,
  0x94: 0x00d5, 0x95: 0x00d3, 0x96: 0x1ecc, 0x97: 0x1ed8, 0x98: 0x1edc, 0x99: 0x1ede, 0x9a: 0x1ee0, 0x9b: 0x1eda,
  0x9c: 0x1ee2, 0x9d: 0x00d9, 0x9e: 0x1ee6, 0x9f: 0x0168, 0xa1: 0x0102, 0xa2: 0x00c2, 0xa3: 0x00ca, 0xa4: 0x00d4,
  0xa5: 0x01a0, 0xa6: 0x01af, 0xa7: 0x0110, 0xa8: 0x0103, 0xa9: 0x00e2, 0xaa: 0x00ea, 0xab: 0x00f4, 0xac: 0x01a1,
  0xad: 0x01b0, 0xae: 0x0111, 0xaf: 0x1eb0, 0xb0: 0x0300, 0xb1: 0x0309, 0xb2: 0x0303, 0xb3: 0x0301, 0xb4: 0x0323,
  0xb5: 0x00e0, 0xb6: 0x1ea3, 0xb7: 0x00e3, 0xb8: 0x00e1, 0xb9: 0x1ea1, 0xba: 0x1eb2, 0xbb: 0x1eb1, 0xbc: 0x1eb3,
  0xbd: 0x1eb5, 0xbe: 0x1eaf, 0xbf: 0x1eb4, 0xc0: 0x1eae, 0xc1: 0x1ea6, 0xc2: 0x1ea8, 0xc3: 0x1eaa, 0xc4: 0x1ea4,
  0xc5: 0x1ec0, 0xc6: 0x1eb7, 0xc7: 0x1ea7, 0xc8: 0x1ea9, 0xc9: 0x1eab, 0xca: 0x1ea5, 0xcb: 0x1ead, 0xcc: 0x00e8,
  0xcd: 0x1ec2, 0xce: 0x1ebb, 0xcf: 0x1ebd, 0xd0: 0x00e9, 0xd1: 0x1eb9, 0xd2: 0x1ec1, 0xd3: 0x1ec3, 0xd4: 0x1ec5,
  0xd5: 0x1ebf, 0xd6: 0x1ec7, 0xd7: 0x00ec, 0xd8: 0x1ec9, 0xd9: 0x1ec4, 0xda: 0x1ebe, 0xdb: 0x1ed2, 0xdc: 0x0129,
  0xdd: 0x00ed, 0xde: 0x1ecb, 0xdf: 0x00f2, 0xe0: 0x1ed4, 0xe1: 0x1ecf, 0xe2: 0x00f5, 0xe3: 0x00f3, 0xe4: 0x1ecd,
  0xe5: 0x1ed3, 0xe6: 0x1ed5, 0xe7: 0x1ed7, 0xe8: 0x1ed1, 0xe9: 0x1ed9, 0xea: 0x1edd, 0xeb: 0x1edf, 0xec: 0x1ee1,
  0xed: 0x1edb, 0xee: 0x1ee3, 0xef: 0x00f9, 0xf0: 0x1ed6, 0xf1: 0x1ee7, 0xf2: 0x0169, 0xf3: 0x00fa, 0xf4: 0x1ee5,
  0xf5: 0x1eeb, 0xf6: 0x1eed, 0xf7: 0x1eef, 0xf8: 0x1ee9, 0xf9: 0x1ef1, 0xfa: 0x1ef3, 0xfb: 0x1ef7, 0xfc: 0x1ef9,
  0xfe: 0x1ef5, 0xff: 0x1ed0,};
const TCVN_TABLE = Array.from({ length: 256 }, (_, b) => String.fromCodePoint(TCVN[b] ?? b));

function decodeTcvn(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += Array.from(bytes.subarray(i, i + 8192), (b) => TCVN_TABLE[b]).join('');
  }
  return out;
}

/** Valid multi-byte sequences, invalid ones, and the offset of the first invalid byte (-1: valid UTF-8). */
export function scanUtf8(b: Uint8Array): { valid: number; invalid: number; firstBad: number } {
  let valid = 0;
  let invalid = 0;
  let firstBad = -1;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    // RFC 3629: lengths 2–4, no overlongs (C0, C1, E0 80–9F, F0 80–8F), no surrogates (ED A0–BF), ≤ U+10FFFF
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) [n, lo, hi] = [2, c === 0xe0 ? 0xa0 : 0x80, c === 0xed ? 0x9f : 0xbf];
    else if (c >= 0xf0 && c <= 0xf4) [n, lo, hi] = [3, c === 0xf0 ? 0x90 : 0x80, c === 0xf4 ? 0x8f : 0xbf];
    let ok = n > 0 && i + n < b.length && b[i + 1] >= lo && b[i + 1] <= hi;
    for (let k = 2; ok && k <= n; k++) ok = b[i + k] >= 0x80 && b[i + k] <= 0xbf;
    if (ok) {
      valid++;
      i += n + 1;
    } else {
      invalid++;
      if (firstBad < 0) firstBad = i;
      i++;
    }
  }
  return { valid, invalid, firstBad };
}

const lineAt = (b: Uint8Array, offset: number) => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) line++;
  return line;
};

/** UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte. */
function utf16Guess(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length - (b.length % 2), 8192);
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0 && b[i + 1] !== 0) even++;
    if (b[i + 1] === 0 && b[i] !== 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

// Vietnamese letters beyond ASCII (NFC); how a legacy reading is judged: real text is made of them
const VIETNAMESE = new Set(
  [...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'].flatMap((c) => [c, c.toUpperCase()]),
);
// punctuation Word and Excel put into Vietnamese text: neither for nor against an encoding
const NEUTRAL = new Set([...'\u00a0–—‘’“”…•°€«»§©®±×÷·']);

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * How much a reading looks like Vietnamese, word by word: a word of Vietnamese letters with at
 * most one tone mark counts for, any other word with non-ASCII characters against. Letters alone
 * do not decide: TCVN3 maps almost every byte to a Vietnamese letter, so a Windows-1258 file read
 * as TCVN3 is all letters, but in words like "Phýừèng" with three tones.
 */
function plausibility(text: string): { letters: number; strange: number } {
  let letters = 0;
  let strange = 0;
  for (const word of text.normalize('NFC').split(/[\s,;.:!?()"'/\-–—]+/)) {
    if (!/[^\u0000-\u007f]/.test(word)) continue;
    const chars = [...word].filter((ch) => ch >= '\u0080' && !NEUTRAL.has(ch));
    if (!chars.length) continue;
    const tones = word.normalize('NFD').match(TONES)?.length ?? 0;
    if (tones <= 1 && chars.every((ch) => VIETNAMESE.has(ch))) letters++;
    else strange++;
  }
  return { letters, strange };
}

function decodeAs(bytes: Uint8Array, encoding: Encoding): string {
  if (encoding === 'tcvn3') return decodeTcvn(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
}

function refusedAt(text: string, encoding: Encoding | null, bytes: Uint8Array, offset: number, why: string, line = lineAt(bytes, offset)): Decoded {
  const hex = `0x${bytes[offset].toString(16).padStart(2, '0').toUpperCase()}`;
  return { ok: false, text, encoding, line, message: `${why}: byte ${hex} at line ${line} cannot be read` };
}

/** The text of a CSV file's bytes in the encoding they are in, NFC, without BOM — or why not. */
export function decodeCsvBytes(input: Uint8Array): Decoded {
  const b = input;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return utf16(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return utf16(b.subarray(2), 'utf-16be');
  const guess = utf16Guess(b);
  if (guess) return utf16(b, guess);
  const scan = scanUtf8(b);
  // valid UTF-8, or UTF-8 with some bad bytes (its multi-byte letters outnumber the bad bytes)
  if (scan.firstBad < 0 || scan.valid >= scan.invalid) return utf8(b, scan);
  return legacy(b);
}

function utf8(b: Uint8Array, scan = scanUtf8(b)): Decoded {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(b);
  if (scan.firstBad >= 0) return refusedAt(text, 'utf-8', b, scan.firstBad, 'not valid UTF-8 (the rest of the file is UTF-8)');
  return { ok: true, text: text.normalize('NFC'), encoding: 'utf-8' };
}

function utf16(b: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(b);
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    // a lone surrogate or an odd last byte: the first U+FFFD is the first bad code unit (2 bytes each)
    const bad = text.indexOf('\ufffd');
    const line = 1 + (text.slice(0, bad).match(/\n/g)?.length ?? 0);
    return refusedAt(text, encoding, b, Math.min(bad * 2, b.length - 1), `not valid ${ENCODING_NAMES[encoding]}`, line);
  }
  return { ok: true, text: text.normalize('NFC'), encoding };
}

function legacy(b: Uint8Array): Decoded {
  const candidates = (['windows-1258', 'tcvn3'] as const).map((encoding) => {
    const text = decodeAs(b, encoding);
    return { encoding, text, ...plausibility(text) };
  });
  candidates.sort((x, y) => y.letters - y.strange - (x.letters - x.strange));
  const best = candidates[0];
  // most non-ASCII characters must read as Vietnamese letters, or the encoding is not one we know
  if (best.letters === 0 || best.strange > best.letters / 4) {
    const scan = scanUtf8(b);
    return refusedAt(
      new TextDecoder('utf-8').decode(b),
      null,
      b,
      scan.firstBad,
      'not UTF-8, UTF-16, Windows-1258 or TCVN3 (save it from Excel as "CSV UTF-8")',
    );
  }
  const bad = best.text.indexOf('\ufffd');
  if (bad >= 0) {
    // iconv-lite reads the bytes Windows-1258 leaves undefined (0x81, 0x8A, …) as U+FFFD; single-byte: index = offset
    return refusedAt(best.text, best.encoding, b, bad, `not valid ${ENCODING_NAMES[best.encoding]}`);
  }
  return { ok: true, text: best.text.normalize('NFC'), encoding: best.encoding };
}
