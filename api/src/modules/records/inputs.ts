import type { Field, RecordDecl } from './record.js';
import { inputName } from './validate.js';

/** One field of a GraphQL input type derived from a record declaration (SPEC §6.3). */
export interface InputField {
  /** camelCase input name, e.g. unitCode */
  name: string;
  /** GraphQL type, e.g. "String!", "Date", "InspectionKind!" */
  type: string;
  /** the declared field (interchange column) it fills */
  column: string;
}

const graphqlType = (f: Field) => {
  switch (f.type.kind) {
    case 'text':
      return 'String';
    case 'date':
      return 'Date';
    case 'int':
      return 'Int';
    case 'enum':
      return f.type.name;
    case 'codes':
      return '[String!]';
    case 'geometry':
      return 'JSON';
  }
};

/**
 * The input fields of a record for the mutations of SPEC §6.3 (InspectionInput, FindingInput, …):
 * every declared field by its camelCase name, references by natural key, required ones non-null.
 * `omit` leaves out what the mutation sets itself (the parent's code in a nested input, a code that
 * is assigned, a sequence number given by the position in a list).
 */
export function inputFields(d: RecordDecl, omit: string[] = []): InputField[] {
  return d.fields
    .filter((f) => !omit.includes(f.name))
    .map((f) => ({ name: inputName(f.name), type: `${graphqlType(f)}${(f.required && !f.emptyAllowed) || f.inputRequired ? '!' : ''}`, column: f.name }));
}

/** An API input (camelCase fields) as the raw values of a change: `toChange(record, fromInput(input), …)`. */
export const fromInput = (input: Record<string, unknown>) => (column: string) => input[inputName(column)];
