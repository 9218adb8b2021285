import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

export type Obj = Record<string, unknown>;

/** What the walk found so far: global ids by type and leaf values by `Type.field` (a few of each). */
export class Found {
  readonly ids = new Map<string, string[]>();
  readonly leaves = new Map<string, unknown[]>();

  add(map: Map<string, unknown[]>, key: string, value: unknown): void {
    const values = map.get(key) ?? [];
    if (values.length < 4 && !values.includes(value)) values.push(value);
    map.set(key, values);
  }
}

/** Every object type a query can reach from the root, through fields and abstract types. */
export function reachableObjectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  const seen = new Map<string, GraphQLObjectType>();
  const visit = (type: GraphQLNamedType): void => {
    if (isAbstractType(type)) {
      for (const t of schema.getPossibleTypes(type)) visit(t);
      return;
    }
    if (!isObjectType(type) || seen.has(type.name)) return;
    seen.set(type.name, type);
    for (const field of Object.values(type.getFields())) visit(getNamedType(field.type));
  };
  visit(schema.getQueryType()!);
  return [...seen.values()];
}

export function requiredArgs(field: GraphQLField<unknown, unknown>) {
  return field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
}

export function objects(value: unknown): Obj[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  return value && typeof value === 'object' ? [value as Obj] : [];
}

/** The selection that tells an object's type and id (for each type of a union that has one). */
export function identity(type: GraphQLNamedType): string {
  if (isObjectType(type) || isInterfaceType(type))
    return type.getFields().id ? '__typename id' : '__typename';
  if (isUnionType(type)) {
    const withId = type.getTypes().filter((t) => t.getFields().id);
    return ['__typename', ...withId.map((t) => `... on ${t.name} { id }`)].join(' ');
  }
  return '__typename';
}
