/**
 * The one way data becomes a link (issue 15.3): only an absolute http:// or https:// address with
 * a host is an href; anything else (javascript:, data:, vbscript:, relative, malformed — e.g. a
 * row stored before the importer refused them) is shown as text, never as a link.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (!value) return null;
  // browsers drop tabs and newlines inside a URL before reading its scheme ("java\tscript:")
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return null;
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null;
  } catch {
    return null;
  }
}
