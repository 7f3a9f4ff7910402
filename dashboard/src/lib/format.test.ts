import { describe, expect, it } from 'vitest';
import { formatCountChange, formatDate, formatDateTime, formatNumber, formatPercent, formatPointChange } from './format';

describe('Vietnamese display formats', () => {
  it('groups thousands with "." and uses "," for decimals', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(null)).toBe('–');
  });

  it('writes percentages without a space: 7/8 = 87,5%', () => {
    expect(formatPercent(7 / 8)).toBe('87,5%');
    expect(formatPercent(7 / 8, 'en')).toBe('87.5%');
    expect(formatPercent(null)).toBe('–');
  });

  it('writes dates day-first with 2-digit day and month', () => {
    expect(formatDate('2021-10-27')).toBe('27/10/2021');
    // the Intl default would print 1/3/2025
    expect(formatDate('2025-03-01')).toBe('01/03/2025');
    expect(formatDate('2025-03-01', 'en')).toBe('01/03/2025');
    expect(formatDate(null)).toBe('–');
  });

  it('writes instants as Vietnam local time dd/mm/yyyy HH:mm (UTC+7)', () => {
    expect(formatDateTime('2026-12-01T01:05:00Z')).toBe('01/12/2026 08:05');
    // 17:30 UTC is already the next day in Đà Nẵng
    expect(formatDateTime('2021-10-27T17:30:00.000Z')).toBe('28/10/2021 00:30');
    expect(formatDateTime(null)).toBe('–');
  });

  it('writes changes with a sign; rates change in percentage points', () => {
    // 0.5 → 0.625 is +12,5 points
    expect(formatPointChange(0.625 - 0.5)).toBe('+12,5 đ.p.');
    expect(formatPointChange(-0.1, 'en')).toBe('−10 pp');
    expect(formatCountChange(3)).toBe('+3');
    expect(formatCountChange(-1200)).toBe('−1.200');
    expect(formatCountChange(0)).toBe('±0');
  });
});
