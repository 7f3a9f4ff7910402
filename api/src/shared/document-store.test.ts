import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DocumentStore } from './document-store.js';

describe('the parsed-document store', () => {
  const query = (i: number) => `{ units(filter: {search: "${'x'.repeat(80)}"}) { nodes { code } } a${i}: __typename }`;

  it('keeps documents until their sources add up to the bound, then drops the least recently used', async () => {
    const one = query(0).length;
    const store = new DocumentStore(one * 3);
    for (let i = 0; i < 3; i++) await store.set(`k${i}`, parse(query(i)));
    expect(store.size).toEqual({ documents: 3, sourceChars: one * 3 });
    await store.get('k0'); // k0 used: k1 is now the oldest
    await store.set('k3', parse(query(3)));
    expect(store.size).toEqual({ documents: 3, sourceChars: one * 3 });
    expect(await store.get('k1')).toBeUndefined();
    expect(await store.get('k0')).toBeDefined();
    expect(await store.get('k3')).toBeDefined();
  });

  it('10,000 distinct queries stay within the bound, and setting a key again does not count it twice', async () => {
    const store = new DocumentStore(64 * 1024);
    for (let i = 0; i < 10_000; i++) await store.set(`k${i}`, parse(query(i)));
    expect(store.size.sourceChars).toBeLessThanOrEqual(64 * 1024);
    expect(store.size.documents).toBeLessThan(700);
    const before = store.size;
    await store.set('k9999', parse(query(9999)));
    expect(store.size).toEqual(before);
    expect(await store.delete('k9999')).toBe(true);
    expect(store.size.documents).toBe(before.documents - 1);
  });
});
