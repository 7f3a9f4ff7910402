import { describe, expect, it } from 'vitest';
import { buildTree } from './tree';

const u = (code: string, name: string, parent: string | null) => ({ code, name, kind: 'WARD', parent: parent ? { code: parent } : null });

describe('unit hierarchy', () => {
  it('nests units under their parents, orders siblings the Vietnamese way and counts subtree sizes', () => {
    const roots = buildTree([
      u('W2', 'Phường Thạch Thang', 'D1'),
      u('CITY', 'Thành phố Đà Nẵng', null),
      u('W1', 'Phường Hải Châu', 'D1'),
      u('D1', 'Quận Hải Châu', 'CITY'),
      u('S1', 'Sở Đầu tư', 'CITY'),
      u('S2', 'Sở Du lịch', 'CITY'),
    ]);
    expect(roots.map((r) => r.unit.code)).toEqual(['CITY']);
    // "Quận" < "Sở"; "Du lịch" before "Đầu tư" (đ sorts after d)
    expect(roots[0].children.map((c) => c.unit.code)).toEqual(['D1', 'S2', 'S1']);
    expect(roots[0].children[0].children.map((c) => c.unit.code)).toEqual(['W1', 'W2']);
    // CITY + D1 + 2 wards + 2 departments = 6; D1 + 2 wards = 3
    expect(roots[0].size).toBe(6);
    expect(roots[0].children[0].size).toBe(3);
  });

  it('makes a unit whose parent is not in the list a root rather than hiding it', () => {
    const roots = buildTree([u('W9', 'Phường Mới', 'D_GONE')]);
    expect(roots.map((r) => r.unit.code)).toEqual(['W9']);
  });
});
