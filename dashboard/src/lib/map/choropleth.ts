/**
 * The map of units (issue 13.6): boundaries (GeoJSON from the API's `boundaries`) joined with a
 * value per unit (coverage or compliance), without Chart.js or the DOM, for the page and its tests.
 */

type Position = number[];
export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}

export interface BoundaryFeatureIn {
  id: string;
  geometry: unknown;
  properties: { unitCode: string; name: string; nameEn?: string | null; kind: string };
}

export type MapMetric = 'coverage' | 'compliance';

/** One unit of the map: its value (0–1, null = no data) and what the table and tooltip say of it. */
export interface MapUnit {
  code: string;
  name: string;
  kind: string;
  value: number | null;
  /** e.g. "1/1 (3 cuộc kiểm tra)" or "12 đạt, 2 đạt một phần, 1 không đạt" */
  detail: string;
  href: string;
}

export interface MapFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: { code: string };
}

/** Twice the signed area of a ring in the plane of longitude/latitude (> 0: counter-clockwise). */
function signedArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0; i < ring.length - 1; i++) a += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return a;
}

const orient = (ring: Position[], clockwise: boolean) => ((signedArea(ring) < 0) === clockwise ? ring : [...ring].reverse());

/**
 * The rings as d3-geo (inside chartjs-chart-geo) reads them: on the sphere, a polygon is what lies
 * to the right of its exterior ring, so the exterior runs clockwise and holes counter-clockwise —
 * the opposite of RFC 7946's right-hand rule, which boundary files (and this hub's fixture) follow.
 * Unchanged, a ward would be drawn as the whole globe minus the ward. Planar orientation is exact
 * enough for units a few kilometres across.
 */
export function forD3(g: Geometry): Geometry {
  const polygon = (p: Position[][]) => p.map((ring, i) => orient(ring, i === 0));
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(g.coordinates as Position[][]) }
    : { type: 'MultiPolygon', coordinates: (g.coordinates as Position[][][]).map(polygon) };
}

/**
 * The features to draw (rewound for d3-geo) and one row per unit, in the boundaries' order (unit
 * code); a unit the values do not name has no data (null), never 0.
 */
export function mapUnits(
  features: BoundaryFeatureIn[],
  values: Map<string, { value: number | null; detail: string }>,
  name: (f: BoundaryFeatureIn) => string,
  hrefFor: (code: string) => string,
  noData: string,
): { features: MapFeature[]; units: MapUnit[] } {
  return {
    features: features.map((f) => ({ type: 'Feature', id: f.id, geometry: forD3(f.geometry as Geometry), properties: { code: f.properties.unitCode } })),
    units: features.map((f) => {
      const v = values.get(f.properties.unitCode);
      return { code: f.properties.unitCode, name: name(f), kind: f.properties.kind, value: v?.value ?? null, detail: v?.detail ?? noData, href: hrefFor(f.properties.unitCode) };
    }),
  };
}

/** The colour ramp of the map and its legend: light to dark blue (sequential, readable in grey), three stops. */
export const RAMP = ['#f7fbff', '#6baed6', '#08306b'] as const;

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The colour of a value 0–1 on RAMP (linear between its stops), as `rgb(r, g, b)`. */
export function rampColour(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const [a, b] = [rgb(RAMP[i]), rgb(RAMP[i + 1])];
  const c = a.map((v, k) => Math.round(v + (b[k] - v) * (x - i)));
  return `rgb(${c.join(', ')})`;
}
