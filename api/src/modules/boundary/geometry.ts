/**
 * GeoJSON geometry of a unit boundary (RFC 7946): a Polygon or MultiPolygon in longitude/latitude
 * (WGS 84). No PostGIS here: the shape is checked in JavaScript and stored as jsonb; the map draws it.
 */

export type Position = [number, number];
export interface BoundaryGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: Position[][] | Position[][][];
}

/** Vertices one boundary may have (a ward drawn at 1:10,000 needs a few hundred to a few thousand). */
export const MAX_FEATURE_VERTICES = 50_000;

class Bad extends Error {}

const show = (x: unknown) => {
  const s = JSON.stringify(x) ?? String(x);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function position(x: unknown, path: string): Position {
  if (!Array.isArray(x) || x.length < 2 || x.length > 3) throw new Bad(`${path} is ${show(x)}, not a position [longitude, latitude]`);
  x.forEach((n, i) => {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw new Bad(`${path}[${i}] is ${show(n)}, not a number`);
  });
  const [lon, lat] = x as number[];
  if (lon < -180 || lon > 180) throw new Bad(`${path}[0] is ${lon}: a longitude is between -180 and 180`);
  if (lat < -90 || lat > 90) throw new Bad(`${path}[1] is ${lat}: a latitude is between -90 and 90 (longitude comes first in GeoJSON)`);
  // an altitude, when given, is dropped: a map of units is flat
  return [lon, lat];
}

function ring(x: unknown, path: string): Position[] {
  if (!Array.isArray(x)) throw new Bad(`${path} is ${show(x)}, not a list of positions`);
  const r = x.map((p, i) => position(p, `${path}[${i}]`));
  if (r.length < 4) throw new Bad(`${path} has ${r.length} positions: a ring needs at least 4, the last equal to the first`);
  const [a, b] = [r[0], r[r.length - 1]];
  if (a[0] !== b[0] || a[1] !== b[1]) throw new Bad(`${path} is not closed: its last position ${show(b)} differs from its first ${show(a)}`);
  return r;
}

function polygon(x: unknown, path: string): Position[][] {
  if (!Array.isArray(x) || !x.length) throw new Bad(`${path} is ${show(x)}, not a list of rings`);
  return x.map((r, i) => ring(r, `${path}[${i}]`));
}

export const countPositions = (g: BoundaryGeometry): number =>
  (g.type === 'Polygon' ? [g.coordinates as Position[][]] : (g.coordinates as Position[][][])).reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);

/**
 * A geometry as given (an object, or its JSON text): checked, and returned as canonical JSON text
 * (type and coordinates only, positions without altitude), so a re-import of the same shape is no change.
 */
export function parseGeometry(raw: unknown): { value: string | null } | { error: string } {
  if (raw === null || raw === undefined || raw === '') return { value: null };
  let g = raw;
  if (typeof g === 'string') {
    try {
      g = JSON.parse(g);
    } catch {
      return { error: 'is not GeoJSON (not valid JSON)' };
    }
  }
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return { error: `is ${show(g)}, not a GeoJSON geometry object` };
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') return { error: `type ${show(type)} is not Polygon or MultiPolygon (a boundary is an area)` };
  try {
    let out: BoundaryGeometry;
    if (type === 'Polygon') out = { type, coordinates: polygon(coordinates, 'coordinates') };
    else {
      if (!Array.isArray(coordinates) || !coordinates.length) throw new Bad(`coordinates is ${show(coordinates)}, not a list of polygons`);
      out = { type, coordinates: coordinates.map((p, i) => polygon(p, `coordinates[${i}]`)) };
    }
    const n = countPositions(out);
    if (n > MAX_FEATURE_VERTICES) {
      return { error: `has ${n.toLocaleString('en-GB')} vertices, more than the ${MAX_FEATURE_VERTICES.toLocaleString('en-GB')} one boundary may have: simplify it (e.g. mapshaper -simplify)` };
    }
    return { value: JSON.stringify(out) };
  } catch (e) {
    if (e instanceof Bad) return { error: e.message };
    throw e;
  }
}
