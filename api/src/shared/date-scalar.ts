import { GraphQLScalarType, Kind } from 'graphql';
import { parseDate } from './dates.js';

/**
 * A calendar date without time: written YYYY-MM-DD (D/M/YYYY is accepted on input, as in
 * imports); anything else is refused by validation, naming the argument.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Ngày — a calendar date, YYYY-MM-DD (input also accepts DD/MM/YYYY).',
  serialize(value) {
    const iso = parseDate(value);
    if (!iso) throw new TypeError(`Date cannot represent ${String(value)}`);
    return iso;
  },
  parseValue(value) {
    const iso = parseDate(value);
    if (!iso) throw new TypeError(`"${String(value)}" is not a date (use YYYY-MM-DD)`);
    return iso;
  },
  parseLiteral(ast) {
    const iso = ast.kind === Kind.STRING ? parseDate(ast.value) : null;
    if (!iso) throw new TypeError('a Date is a string YYYY-MM-DD');
    return iso;
  },
});
