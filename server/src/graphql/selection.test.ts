import { type FieldNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { childFieldNodes, selectedFields } from './selection.js';

/** The resolve info of the query's first field, as far as selection reading needs it. */
function infoOf(query: string, fieldCount = 1): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const fieldNodes = operation.selectionSet.selections.slice(0, fieldCount) as FieldNode[];
  return { fieldNodes, fragments } as unknown as GraphQLResolveInfo;
}

const QUERY = `{
  list { edges { node { id ...More partner { name } } } totalCount }
}
fragment More on Opportunity { title id }`;

describe('selected fields', () => {
  it('merge fragments and repeated fields, at any path', () => {
    const info = infoOf(QUERY);
    expect([...selectedFields(info)]).toEqual(['edges', 'totalCount']);
    expect([...selectedFields(info, ['edges', 'node'])]).toEqual(['id', 'title', 'partner']);
    expect([...selectedFields(info, ['edges', 'node', 'partner'])]).toEqual(['name']);
    expect(childFieldNodes(info, 'edges')).toHaveLength(1);
  });

  it('are read once per parsed document, and each document gets its own', () => {
    const info = infoOf(QUERY);
    const again = { ...info };
    expect(selectedFields(again, ['edges', 'node'])).toBe(selectedFields(info, ['edges', 'node']));
    const other = infoOf(QUERY.replace('title id', 'title deadline'));
    expect([...selectedFields(other, ['edges', 'node'])]).toEqual(['id', 'title', 'deadline', 'partner']);
  });

  it('of a field asked for twice come from both', () => {
    const info = infoOf('{ list { a } list { b } }', 2);
    expect([...selectedFields(info)]).toEqual(['a', 'b']);
  });
});
