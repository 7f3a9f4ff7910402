import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues, getVariableValues, GraphQLError, Kind, TypeInfo, visit, visitWithTypeInfo,
  type DocumentNode, type FieldNode, type GraphQLField,
} from 'graphql';
import { stableJson } from './dataloaders.js';

/**
 * Checks the arguments of one nested list field (e.g. `Unit.inspections(where: …)`) by making its
 * statement (with `preparedOnce`, so execution reuses it); rejects with the input error.
 */
export type NestedArgumentCheck<C> = (ctx: C, args: Record<string, unknown>) => Promise<unknown>;

/** The error codes a check refuses a request with, and the HTTP status said with them. */
const REFUSED: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403 };

/**
 * Arguments of nested lists checked once, before the request runs (issue 11.3/11.6): the same
 * arguments are the same mistake under every parent, and were reported once per parent (6 identical
 * errors for a page of 6 wards) or nulled the whole answer through the first. Each distinct
 * (field, arguments) in the operation is checked once; the first refused one, in document order,
 * refuses the request with one error located at that field (HTTP 400, as GraphQL refuses an
 * argument of the wrong type). Anything else a check meets (the database) is left to execution.
 * `checks` is keyed by schema coordinate, `Type.field`.
 */
export function nestedArgumentsPlugin<C>(checks: Record<string, NestedArgumentCheck<C>>): ApolloServerPlugin<C & object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const vars = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (vars.errors) return;
          const found = new Map<string, { node: FieldNode; coordinate: string; args: Record<string, unknown> }>();
          const typeInfo = new TypeInfo(schema);
          const own: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)] };
          visit(own, visitWithTypeInfo(typeInfo, {
            Field(node) {
              const parent = typeInfo.getParentType();
              const def = typeInfo.getFieldDef() as GraphQLField<unknown, unknown> | null;
              if (!parent || !def || !node.arguments?.length) return;
              const coordinate = `${parent.name}.${def.name}`;
              if (!checks[coordinate]) return;
              let args: Record<string, unknown>;
              try {
                args = { ...getArgumentValues(def, node, vars.coerced) };
              } catch {
                return; // execution says what is wrong with it
              }
              if (!Object.values(args).some((v) => v != null)) return;
              const key = `${coordinate} ${stableJson(args)}`;
              if (!found.has(key)) found.set(key, { node, coordinate, args });
            },
          }));
          const outcomes = await Promise.allSettled([...found.values()].map((f) => checks[f.coordinate](contextValue, f.args)));
          outcomes.forEach((o, i) => {
            if (o.status === 'fulfilled') return;
            const e = o.reason as unknown;
            const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
            if (!REFUSED[code]) return;
            const { node } = [...found.values()][i];
            throw new GraphQLError((e as GraphQLError).message, { nodes: [node], extensions: { ...(e as GraphQLError).extensions, http: { status: REFUSED[code] } } });
          });
        },
      };
    },
  };
}
