import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsPath } from './selection.js';

/** The resolve info of the document's first root field, as far as selectsPath reads it. */
function infoOf(source: string): GraphQLResolveInfo {
  const doc = parse(source);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsPath', () => {
  it('follows fields, fragments and inline fragments, and says no for what is not selected', () => {
    const info = infoOf(`
      query { inspections { totalCount nodes { code ...F ... on Inspection { team { name } } } } }
      fragment F on Inspection { findings { result ...R } }
      fragment R on Finding { requirement { code } }`);
    expect(selectsPath(info, ['nodes'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'findings'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'findings', 'requirement'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'team'])).toBe(true);
    expect(selectsPath(info, ['nodes', 'unit'])).toBe(false);
    expect(selectsPath(info, ['nodes', 'findings', 'inspection'])).toBe(false);
    expect(selectsPath(info, ['findings'])).toBe(false);
  });

  it('a field selected under an alias counts by its name', () => {
    const info = infoOf(`query { inspections { rows: nodes { place: unit { code } } } }`);
    expect(selectsPath(info, ['nodes', 'unit'])).toBe(true);
  });
});
