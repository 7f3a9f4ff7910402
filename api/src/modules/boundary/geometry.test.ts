import { describe, expect, it } from 'vitest';
import { MAX_FEATURE_VERTICES, parseGeometry } from './geometry.js';

const ring = [[108.2, 16.06], [108.21, 16.06], [108.21, 16.07], [108.2, 16.06]];

describe('boundary geometry (issue 13.6)', () => {
  it('keeps type and coordinates only, drops an altitude; JSON text is read too', () => {
    const withAltitude = { type: 'Polygon', bbox: [0, 0, 1, 1], coordinates: [ring.map(([x, y]) => [x, y, 5])] };
    expect(parseGeometry(withAltitude)).toEqual({ value: JSON.stringify({ type: 'Polygon', coordinates: [ring] }) });
    expect(parseGeometry(JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring]] }))).toEqual({ value: JSON.stringify({ type: 'MultiPolygon', coordinates: [[ring]] }) });
  });

  it('names what is wrong and where', () => {
    const polygon = (coordinates: unknown) => parseGeometry({ type: 'Polygon', coordinates });
    expect(parseGeometry({ type: 'LineString', coordinates: ring })).toEqual({ error: 'type "LineString" is not Polygon or MultiPolygon (a boundary is an area)' });
    expect(polygon([ring.slice(0, 3)])).toEqual({ error: 'coordinates[0] has 3 positions: a ring needs at least 4, the last equal to the first' });
    expect(polygon([[...ring.slice(0, 3), [108.3, 16.1]]])).toEqual({ error: 'coordinates[0] is not closed: its last position [108.3,16.1] differs from its first [108.2,16.06]' });
    // latitude first, the usual mistake
    expect(polygon([ring.map(([x, y]) => [y, x])])).toEqual({ error: 'coordinates[0][0][1] is 108.2: a latitude is between -90 and 90 (longitude comes first in GeoJSON)' });
    expect(polygon([[[108.2, null], ...ring.slice(1)]])).toEqual({ error: 'coordinates[0][0][1] is null, not a number' });
    expect(parseGeometry('{"type":')).toEqual({ error: 'is not GeoJSON (not valid JSON)' });
  });

  it('caps the vertices of one boundary', () => {
    const big = Array.from({ length: MAX_FEATURE_VERTICES }, (_, i) => [108 + i / 1e6, 16]);
    big.push(big[0]);
    expect(parseGeometry({ type: 'Polygon', coordinates: [big] })).toEqual({
      error: 'has 50,001 vertices, more than the 50,000 one boundary may have: simplify it (e.g. mapshaper -simplify)',
    });
  });
});
