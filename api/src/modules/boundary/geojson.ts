import fs from 'node:fs';
import path from 'node:path';
import type { SourceRef } from '../source/source.record.js';
import { featurePath, toChange, type Change, type Problem } from '../records/validate.js';

/**
 * Boundary files (issue 13.6): a GeoJSON FeatureCollection (RFC 7946, longitude/latitude) whose
 * features carry `properties.unit_code` (the unit's code), optionally `valid_from`, `valid_to` and
 * the provenance properties `source_kind`, `source_title`, … (default source: the file). Other
 * properties (names, areas a GIS tool writes) are ignored. Read by `qcdc import` beside the CSV and
 * XLSX files and written through the gateway like every record: all or nothing.
 */

/** Bytes of one boundary file: the 94 units of Đà Nẵng at a map's detail take 2–5 MB. */
export const MAX_BOUNDARY_FILE_BYTES = 25 * 1024 * 1024;
/** Vertices of all boundaries of one file (what a page of the dashboard still draws quickly). */
export const MAX_FILE_VERTICES = 300_000;

export interface BoundaryFeature {
  /** the position in `features`, from 0 */
  index: number;
  properties: Record<string, unknown>;
  geometry: unknown;
}

export interface BoundaryFile {
  label: string;
  origin: string;
  features: BoundaryFeature[];
}

export interface GeojsonProblem {
  label: string;
  /** the member of the file, e.g. features[3] */
  field?: string;
  message: string;
}

export const isGeojsonFile = (file: string) => /\.(geo)?json$/i.test(file);

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

/** Leaves of the coordinate arrays that look like positions (a cheap count before any check). */
function positions(x: unknown): number {
  if (!Array.isArray(x)) return 0;
  if (x.length && !Array.isArray(x[0])) return 1;
  let n = 0;
  for (const y of x) n += positions(y);
  return n;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads one GeoJSON file: its features, or the problems that make it unreadable as a whole. */
export async function readGeojson(file: string): Promise<{ boundaries?: BoundaryFile; problems: GeojsonProblem[] }> {
  const label = path.basename(file);
  const size = (await fs.promises.stat(file)).size;
  if (size > MAX_BOUNDARY_FILE_BYTES) {
    return { problems: [{ label, message: `the file is ${mb(size)}, more than the ${mb(MAX_BOUNDARY_FILE_BYTES)} a boundary file may hold: simplify the shapes (e.g. mapshaper -simplify 10%) or split the file` }] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse((await fs.promises.readFile(file, 'utf8')).replace(/^\ufeff/, ''));
  } catch (e) {
    return { problems: [{ label, message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (!isObject(doc) || doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    const type = isObject(doc) ? JSON.stringify(doc.type) : Array.isArray(doc) ? 'a list' : JSON.stringify(doc);
    return { problems: [{ label, message: `a boundary file is a GeoJSON FeatureCollection with "features", not ${type}` }] };
  }
  const problems: GeojsonProblem[] = [];
  const features: BoundaryFeature[] = [];
  let vertices = 0;
  doc.features.forEach((f, index) => {
    if (!isObject(f) || f.type !== 'Feature') {
      problems.push({ label, field: featurePath(index), message: `is not a GeoJSON Feature (type ${JSON.stringify(isObject(f) ? f.type : f)})` });
      return;
    }
    if (f.properties !== null && f.properties !== undefined && !isObject(f.properties)) {
      problems.push({ label, field: `${featurePath(index)}.properties`, message: 'is not an object' });
      return;
    }
    vertices += isObject(f.geometry) ? positions(f.geometry.coordinates) : 0;
    features.push({ index, properties: (f.properties as Record<string, unknown> | null) ?? {}, geometry: f.geometry ?? null });
  });
  if (vertices > MAX_FILE_VERTICES) {
    return {
      problems: [{
        label,
        message: `the boundaries have ${vertices.toLocaleString('en-GB')} vertices, more than the ${MAX_FILE_VERTICES.toLocaleString('en-GB')} one file may hold: simplify them (e.g. mapshaper -simplify 10%) or split the file`,
      }],
    };
  }
  if (!doc.features.length) problems.push({ label, field: 'features', message: 'is empty: the file holds no boundary' });
  return problems.length ? { problems } : { boundaries: { label, origin: label, features }, problems: [] };
}

/** Every feature of the files as a change of a boundary; bad values reported as `features[i].properties.<name>` or `features[i].geometry`. */
export function boundaryChanges(files: BoundaryFile[], defaultSource: (origin: string) => SourceRef, problems: Problem[]): Change[] {
  const changes: Change[] = [];
  for (const file of files) {
    const source = defaultSource(file.origin);
    for (const f of file.features) {
      const raw = (name: string) => (name === 'geometry' ? f.geometry : f.properties[name]);
      const change = toChange('boundaries', raw, { file: file.label, feature: f.index }, () => source, problems);
      if (change) changes.push(change);
    }
  }
  return changes;
}
