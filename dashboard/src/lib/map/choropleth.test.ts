import { describe, expect, it } from 'vitest';
import { forD3, mapUnits, rampColour, type BoundaryFeatureIn } from './choropleth';

// the API's answer for two squares of the hand-drawn fixture (api/src/test/fixtures/boundaries/hai-chau.geojson), RFC 7946 order
const square = (x0: number, y0: number, x1: number, y1: number) => ({ type: 'Polygon' as const, coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const features: BoundaryFeatureIn[] = [
  { id: 'W20236', geometry: square(108.2, 16.06, 108.21, 16.07), properties: { unitCode: 'W20236', name: 'Phường Hải Châu I', nameEn: null, kind: 'WARD' } },
  { id: 'W20239', geometry: square(108.21, 16.06, 108.22, 16.07), properties: { unitCode: 'W20239', name: 'Phường Hải Châu II', nameEn: 'Hai Chau II', kind: 'WARD' } },
];

describe('the map of units (issue 13.6)', () => {
  it('turns exterior rings clockwise and holes counter-clockwise, as d3-geo reads them', () => {
    const ccw = square(0, 0, 1, 1).coordinates[0];
    const cw = [...ccw].reverse();
    expect(forD3({ type: 'Polygon', coordinates: [ccw, ccw] })).toEqual({ type: 'Polygon', coordinates: [cw, ccw] });
    expect(forD3({ type: 'MultiPolygon', coordinates: [[cw]] })).toEqual({ type: 'MultiPolygon', coordinates: [[cw]] });
  });

  it('joins each boundary with its value; a unit without one has no data, not 0', () => {
    const values = new Map([['W20236', { value: 1, detail: '1/1' }]]);
    const { features: drawn, units } = mapUnits(features, values, (f) => f.properties.name, (c) => `/don-vi/${c}`, 'không có số liệu');
    expect(drawn.map((f) => [f.id, f.properties.code, f.geometry.coordinates[0]])).toEqual([
      ['W20236', 'W20236', [[108.2, 16.06], [108.2, 16.07], [108.21, 16.07], [108.21, 16.06], [108.2, 16.06]]],
      ['W20239', 'W20239', [[108.21, 16.06], [108.21, 16.07], [108.22, 16.07], [108.22, 16.06], [108.21, 16.06]]],
    ]);
    expect(units).toEqual([
      { code: 'W20236', name: 'Phường Hải Châu I', kind: 'WARD', value: 1, detail: '1/1', href: '/don-vi/W20236' },
      { code: 'W20239', name: 'Phường Hải Châu II', kind: 'WARD', value: null, detail: 'không có số liệu', href: '/don-vi/W20239' },
    ]);
  });

  it('colours 0 %, 50 % and 100 % with the ramp\'s three stops, and keeps values inside 0–1', () => {
    expect([0, 0.5, 1, 1.5].map(rampColour)).toEqual(['rgb(247, 251, 255)', 'rgb(107, 174, 214)', 'rgb(8, 48, 107)', 'rgb(8, 48, 107)']);
    expect(rampColour(0.25)).toBe('rgb(177, 213, 235)');
  });
});
