/**
 * The administrative frame of the report pack's cover (Decree 30/2020/NĐ-CP): who issues it, where,
 * its number and who signs. Configurable (REPORT_ISSUER, REPORT_PLACE, REPORT_NUMBER, REPORT_SIGNER)
 * so another body can file the pack; the defaults are the city's steering committee.
 */
export interface ReportFrame {
  /** The issuing body block: the governing body (may be empty) and the issuing body. */
  issuer: [string, string];
  /** The place of issue ("Đà Nẵng, ngày …"). */
  place: string;
  /** After "Số: " — the number left for the office to fill in, with the document's symbol. */
  number: string;
  /** The signing authority's lines above the signature ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"). */
  signer: [string, string];
}

export const DEFAULT_REPORT_FRAME: ReportFrame = {
  issuer: ['THÀNH PHỐ ĐÀ NẴNG', 'BAN CHỈ ĐẠO THỰC HIỆN QUY CHẾ DÂN CHỦ Ở CƠ SỞ'],
  place: 'Đà Nẵng',
  number: '……/BC-BCĐ',
  signer: ['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN'],
};

/** "A|B" as two lines; "B" alone is [first, B] when the first is optional, else [B, second]. */
function lines(env: NodeJS.ProcessEnv, name: string, fallback: [string, string], single: 'second' | 'first'): [string, string] | { error: string } {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const parts = raw.split('|').map((s) => s.trim().normalize('NFC'));
  if (parts.length > 2) return { error: `${name} holds at most two lines separated by "|", got ${parts.length}: "${raw}"` };
  if (parts.length === 1) return single === 'second' ? ['', parts[0]!] : [parts[0]!, ''];
  if (!parts[1]) return { error: `${name}: the line after "|" is empty: "${raw}"` };
  return [parts[0]!, parts[1]!];
}

/** The frame from the environment, or a message naming the variable that is wrong. */
export function parseReportFrame(env: NodeJS.ProcessEnv): ReportFrame | { error: string } {
  const issuer = lines(env, 'REPORT_ISSUER', DEFAULT_REPORT_FRAME.issuer, 'second');
  if ('error' in issuer) return issuer;
  const signer = lines(env, 'REPORT_SIGNER', DEFAULT_REPORT_FRAME.signer, 'first');
  if ('error' in signer) return signer;
  const text = (name: string, fallback: string) => env[name]?.trim().normalize('NFC') || fallback;
  return { issuer, signer, place: text('REPORT_PLACE', DEFAULT_REPORT_FRAME.place), number: text('REPORT_NUMBER', DEFAULT_REPORT_FRAME.number) };
}
