import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

function collect(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  into: Map<string, FieldNode[]>,
  seenFragments: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const list = into.get(selection.name.value) ?? [];
      list.push(selection);
      into.set(selection.name.value, list);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(info, selection.selectionSet, into, seenFragments);
    } else {
      const name = selection.name.value;
      if (seenFragments.has(name)) continue;
      seenFragments.add(name);
      collect(info, info.fragments[name]?.selectionSet, into, seenFragments);
    }
  }
}

/**
 * Names of the fields selected at `path` below the current field (e.g. ['edges', 'node']), merging
 * fragments and repeated fields. Lets hot read paths fetch only the columns a query asks for.
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let nodes: FieldNode[] = [...info.fieldNodes];
  for (const step of path) {
    const next: FieldNode[] = [];
    for (const node of nodes) {
      const children = new Map<string, FieldNode[]>();
      collect(info, node.selectionSet, children, new Set());
      next.push(...(children.get(step) ?? []));
    }
    nodes = next;
  }
  const names = new Map<string, FieldNode[]>();
  for (const node of nodes) collect(info, node.selectionSet, names, new Set());
  return new Set(names.keys());
}

/** The nodes of the field `name` selected directly below the current field, fragments included. */
export function childFieldNodes(info: GraphQLResolveInfo, name: string): FieldNode[] {
  const children = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes) collect(info, node.selectionSet, children, new Set());
  return children.get(name) ?? [];
}
