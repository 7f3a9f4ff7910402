import { expect, it } from 'vitest';
import { isoDate, todayIso } from './dates';

it('accepts real calendar dates only', () => {
  expect(isoDate('2025-03-01')).toBe('2025-03-01');
  expect(isoDate('2025-02-30')).toBeNull();
  expect(isoDate('01/03/2025')).toBeNull();
  expect(isoDate(null)).toBeNull();
  expect(todayIso(new Date(2021, 9, 27))).toBe('2021-10-27');
});
