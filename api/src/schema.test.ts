import fs from 'node:fs';
import path from 'node:path';
import { buildSchema as fromSdl, findBreakingChanges, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from './schema.js';

describe('schema/schema.graphql', () => {
  it('is what the resolvers emit (run `npm run gen` and commit when this fails)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8');
    const emitted = printSchema(lexicographicSortSchema(await buildSchema()));
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim()).toBe(emitted.trim());
  });

  it('documents every type, field and argument', async () => {
    const schema = await buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('schema/released.graphql (issue 11.7: the last release, README "Versioning and deprecation")', () => {
  it('the schema breaks nothing a client of the last release relies on', async () => {
    const released = fromSdl(fs.readFileSync(path.resolve(__dirname, '../../schema/released.graphql'), 'utf8'));
    const breaks = findBreakingChanges(released, await buildSchema()).map((c) => `${c.type}: ${c.description}`);
    // an intended break: deprecate first (@deprecated), and when it is removed, copy schema.graphql
    // to released.graphql in the same commit, saying in its message what broke and why
    expect(breaks).toEqual([]);
  });

  it('the check sees a break: a field removed, an argument type changed', async () => {
    const released = fromSdl('type Query { a(id: Int!): String b: Int }');
    const changes = findBreakingChanges(released, fromSdl('type Query { a(id: ID!): String c: Int }')).map((c) => c.type);
    expect(changes.sort()).toEqual(['ARG_CHANGED_KIND', 'FIELD_REMOVED']);
  });
});
