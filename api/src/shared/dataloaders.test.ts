import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { loadNow, prefetch } from './dataloaders.js';

describe('prefetch and loadNow', () => {
  it('after prefetch a key is answered as a value, not a promise, from the one batch it ran', async () => {
    const batches: number[][] = [];
    const squares = new DataLoader<number, number | null>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k === 0 ? null : k * k));
    });
    expect(await prefetch(squares, [3, 2, 3, 0])).toEqual([9, 4, 9, null]);
    expect(batches).toEqual([[3, 2, 0]]);
    expect(loadNow(squares, 3)).toBe(9);
    expect(loadNow(squares, 0)).toBeNull();
    // a key it did not prefetch still goes through the loader
    const later = loadNow(squares, 5);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(25);
    expect(batches).toEqual([[3, 2, 0], [5]]);
  });

  it('what one loader settled is not seen through another (each request has its own loaders)', async () => {
    const make = () => new DataLoader<number, string>(async (keys) => keys.map((k) => `v${k}`));
    const a = make();
    const b = make();
    await prefetch(a, [1]);
    expect(loadNow(a, 1)).toBe('v1');
    expect(loadNow(b, 1)).toBeInstanceOf(Promise);
  });
});
