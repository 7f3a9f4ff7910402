import { GraphQLError } from 'graphql';

/** A client mistake that names the argument at fault; shown to the caller as it is. */
export class InputProblem extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/**
 * The description sentence of the root fields that are nullable so that one refused alias does not
 * null the whole answer (issue 11.6; README "One mistake, one null"): analytics and record lists.
 * schema/codegen.ts keeps them non-null for the dashboard's error-throwing client by this sentence.
 */
export const NULL_ON_ERROR =
  'Null only when this field fails (an argument refused, e.g. a backwards year range): `errors` then holds its located error with `extensions.code`, and the other fields of the request are answered as usual.';
