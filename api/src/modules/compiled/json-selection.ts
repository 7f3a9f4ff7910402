import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Kind, type FieldNode, type SelectionSetNode } from 'graphql';
import { Finding } from '../inspection/finding.entity.js';
import { InspectionTeam } from '../inspection/inspection-team.entity.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { Recommendation } from '../inspection/recommendation.entity.js';
import { Requirement } from '../requirement/requirement.entity.js';
import { Unit } from '../unit/unit.entity.js';

/**
 * The record types whose selections compile to one JSON-building SQL expression (issue 12), with
 * the fields that may be compiled. Scalars are plain columns whose GraphQL value is the column's
 * (the plain reader's mapping: dates as YYYY-MM-DD, ids as text); object fields name the
 * resolver's own rule (a many-to-one key, or the children in the loader's order). A field not
 * listed here — one with arguments, a computed one, a timestamp — sends the whole request down
 * the ordinary execution.
 */
interface ObjectField {
  type: string;
  /** many-to-one: the row whose id is this column of the parent */
  one?: string;
  /** one-to-many: the rows whose `fk` column is the parent's id, in `order` */
  many?: { fk: string; order: string };
}
interface TypeSpec {
  entity: { name: string };
  scalars: readonly string[];
  objects: Record<string, ObjectField>;
}

export const COMPILED_TYPES: Record<string, TypeSpec> = {
  Inspection: {
    entity: Inspection,
    scalars: ['id', 'code', 'date', 'leader', 'kind', 'rating', 'conclusion', 'status'],
    // the inspection loader's children: findings by id, recommendations by seq (inspection.loaders.ts)
    objects: {
      unit: { type: 'Unit', one: 'unit_id' },
      team: { type: 'InspectionTeam', one: 'team_id' },
      findings: { type: 'Finding', many: { fk: 'inspection_id', order: 'id' } },
      recommendations: { type: 'Recommendation', many: { fk: 'inspection_id', order: 'seq' } },
    },
  },
  // a finding's or recommendation's inspection is one the reader sees: every list that reaches
  // them (the finding and recommendation lists, Inspection.findings) keeps the inspection's scope and status
  Finding: { entity: Finding, scalars: ['id', 'result', 'note'], objects: { requirement: { type: 'Requirement', one: 'requirement_id' }, inspection: { type: 'Inspection', one: 'inspection_id' } } },
  Recommendation: {
    entity: Recommendation,
    scalars: ['id', 'seq', 'text', 'dueDate', 'status', 'resolvedOn', 'progressOn', 'progressNote'],
    objects: { inspection: { type: 'Inspection', one: 'inspection_id' } },
  },
  Unit: { entity: Unit, scalars: ['id', 'code', 'name', 'nameEn', 'kind', 'validFrom', 'validTo'], objects: {} },
  Requirement: { entity: Requirement, scalars: ['id', 'code', 'title', 'titleEn', 'category', 'validFrom', 'validTo'], objects: {} },
  InspectionTeam: { entity: InspectionTeam, scalars: ['id', 'name', 'committee', 'leader'], objects: {} },
};

/** Why a selection does not compile: the request then runs the ordinary way. */
export class NotCompiled extends Error {}

/** A field's name in the answer: its alias, else its name. */
export const responseKey = (f: FieldNode): string => f.alias?.value ?? f.name.value;

/**
 * The plain fields of a selection set: only fields without directives or arguments (and no
 * fragments), each answer key once — anything else is NotCompiled.
 */
export function plainFields(set: SelectionSetNode | undefined, allowArguments = false): FieldNode[] {
  if (!set) throw new NotCompiled('no selection');
  const seen = new Set<string>();
  return set.selections.map((s) => {
    if (s.kind !== Kind.FIELD) throw new NotCompiled('fragment');
    if (s.directives?.length) throw new NotCompiled('directive');
    if (!allowArguments && s.arguments?.length) throw new NotCompiled('arguments');
    const key = responseKey(s);
    if (seen.has(key)) throw new NotCompiled('repeated key');
    seen.add(key);
    return s;
  });
}

function columnExpression(meta: EntityMetadata, alias: string, field: string): string {
  const prop = meta.properties[field as never] as EntityMetadata['props'][number] | undefined;
  if (!prop || prop.kind !== ReferenceKind.SCALAR || prop.fieldNames?.length !== 1) throw new NotCompiled(`${meta.className}.${field}`);
  const column = `${alias}."${prop.fieldNames[0]}"`;
  const type = prop.columnTypes?.[0] ?? '';
  if (prop.primary) return `${column}::text`; // GraphQL ID
  if (type === 'date') return `to_char(${column}, 'YYYY-MM-DD')`;
  if (/^timestamp/.test(type)) throw new NotCompiled(`${meta.className}.${field} is a timestamp`);
  return column;
}

/**
 * One selection on a row of `type` (table alias `alias`) as a json_build_object expression, with
 * its object fields as correlated subqueries; aliases `t1`, `t2`… are numbered by `next`.
 */
export function compileObject(em: EntityManager, type: string, alias: string, set: SelectionSetNode | undefined, next: () => string): string {
  const spec = COMPILED_TYPES[type];
  if (!spec) throw new NotCompiled(type);
  const meta = em.getMetadata().get(spec.entity.name);
  const pairs: string[] = [];
  for (const f of plainFields(set)) {
    const name = f.name.value;
    const key = `'${responseKey(f)}'`;
    if (name === '__typename') {
      pairs.push(key, `'${type}'`);
    } else if (spec.scalars.includes(name)) {
      if (f.selectionSet) throw new NotCompiled('selection on a scalar');
      pairs.push(key, columnExpression(meta, alias, name));
    } else if (spec.objects[name]) {
      const o = spec.objects[name];
      const child = next();
      const childMeta = em.getMetadata().get(COMPILED_TYPES[o.type].entity.name);
      const inner = compileObject(em, o.type, child, f.selectionSet, next);
      pairs.push(
        key,
        o.one
          ? `(select ${inner} from "${childMeta.tableName}" ${child} where ${child}.id = ${alias}.${o.one})`
          : `coalesce((select json_agg(${inner} order by ${child}.${o.many!.order}) from "${childMeta.tableName}" ${child} where ${child}.${o.many!.fk} = ${alias}.id), '[]'::json)`,
      );
    } else {
      throw new NotCompiled(`${type}.${name}`);
    }
  }
  // json_build_object takes at most 100 arguments
  if (!pairs.length || pairs.length > 100) throw new NotCompiled('empty or too wide');
  return `json_build_object(${pairs.join(', ')})`;
}
