import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-url';

describe('safeHref', () => {
  it('links http and https addresses', () => {
    expect(safeHref('https://danang.gov.vn/web/guest/chi-tiet?id=1')).toBe('https://danang.gov.vn/web/guest/chi-tiet?id=1');
    expect(safeHref('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('never links a script, data or other non-web address', () => {
    for (const u of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example',
      '/relative',
      'https://',
      'http:/no-host',
      'ftp://x.example',
      '',
      null,
      undefined,
    ]) {
      expect(safeHref(u), String(u)).toBeNull();
    }
  });
});
