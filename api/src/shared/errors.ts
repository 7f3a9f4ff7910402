import { GraphQLError } from 'graphql';

/** A client mistake that names the argument at fault; shown to the caller as it is. */
export class InputProblem extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}
