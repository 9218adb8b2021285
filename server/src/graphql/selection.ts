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

const bySelection = new WeakMap<FieldNode, Map<string, unknown>>();

/**
 * `compute()` once per field node and key, for what follows from a field's selection alone. A
 * selection (its fields and fragments; directives are not read here) belongs to one parsed document,
 * and Apollo keeps one per query text, so a hot read need not walk it again on every request. Kept as
 * long as the document is.
 */
export function oncePerSelection<T>(info: GraphQLResolveInfo, key: string, compute: () => T): T {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  if (!node) return compute();
  let known = bySelection.get(node);
  if (!known) bySelection.set(node, (known = new Map()));
  if (known.has(key)) return known.get(key) as T;
  const value = compute();
  known.set(key, value);
  return value;
}

/**
 * Names of the fields selected at `path` below the current field (e.g. ['edges', 'node']), merging
 * fragments and repeated fields. Lets hot read paths fetch only the columns a query asks for.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  return oncePerSelection(info, `fields:${path.join('.')}`, () => collectSelected(info, path));
}

function collectSelected(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
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
export function childFieldNodes(info: GraphQLResolveInfo, name: string): readonly FieldNode[] {
  return oncePerSelection(info, `children:${name}`, () => {
    const children = new Map<string, FieldNode[]>();
    for (const node of info.fieldNodes) collect(info, node.selectionSet, children, new Set());
    return children.get(name) ?? [];
  });
}
