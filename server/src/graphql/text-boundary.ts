import { textProblem } from '@partnerhub/shared';
import {
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isIntrospectionType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { BadUserInputError } from './errors.js';
import type { UserError } from './user-errors.js';

/** One string argument value that cannot be stored, with its path from the argument name. */
interface TextFault {
  path: string[];
  message: string;
}

/** Every unstorable string in an argument value (multi-line rules: fields refuse line breaks later). */
function faultsIn(value: unknown, path: string[], out: TextFault[]): void {
  if (typeof value === 'string') {
    const message = textProblem(value, { multiline: true });
    if (message) out.push({ path, message });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => faultsIn(item, [...path, String(i)], out));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) faultsIn(item, [...path, key], out);
  }
}

function mayHoldText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return !['Int', 'Float', 'Boolean'].includes(named.name);
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => mayHoldText(f.type, seen));
}

function answersWithUserErrors(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'userErrors' in type.getFields();
}

function guard(field: GraphQLField<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const withUserErrors = answersWithUserErrors(field);
  return (source, args: Record<string, unknown>, context, info) => {
    const faults: TextFault[] = [];
    for (const [name, value] of Object.entries(args)) faultsIn(value, [name], faults);
    if (!faults.length) return resolve(source, args, context, info);
    if (withUserErrors) {
      const userErrors: UserError[] = faults.map((f) => ({
        field: f.path,
        message: f.message,
        code: 'INVALID',
      }));
      return { userErrors };
    }
    const [first] = faults;
    throw new BadUserInputError(`${first!.path.join('.')}: ${first!.message}`, first!.path[0]);
  };
}

/**
 * Refuses text that cannot be stored (see `textProblem`) in any argument of any field, before a
 * resolver runs: a mutation that answers with `userErrors` gets one per offending string, on its
 * path (`["input", "title"]`); any other field gets a BAD_USER_INPUT error. Only fields with an
 * argument that can hold a string are wrapped, so the read path of plain fields is untouched.
 */
export function guardTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => mayHoldText(arg.type))) field.resolve = guard(field);
    }
  }
  return schema;
}
