import { type GraphQLObjectType } from 'graphql';

/** One field on the way from the root to an object; `on` narrows an abstract result to one type. */
export interface Step {
  parent: string;
  field: string;
  args: Record<string, unknown>;
  on: string | null;
}

/** A path from the root and the concrete type of the objects at its end. */
export interface Probe {
  path: Step[];
  type: GraphQLObjectType;
  /** Read only this field of the object at the end (after a refusal wiped the whole object). */
  only?: string;
  /** Send in an operation of its own: an error in a non-null root field wipes every sibling. */
  alone?: boolean;
  /** How many times it was asked again after a refused field wiped it. */
  retries?: number;
  /** The edge it opens (`Parent.field:Type`). */
  key?: string;
}

/** Probes sent in one operation, each under its own root alias. */
export interface Batch {
  text: string;
  byAlias: Map<string, Probe>;
}

export interface BatchOptions {
  maxAliases: number;
  fits: (query: string) => boolean;
  /** The selection set that reads every field of a type (built from the schema and what was found). */
  terminal: (probe: Probe) => string;
}

function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return JSON.stringify(value);
}

/** Arguments as GraphQL literals (values come from the data or the page size, never from users). */
export function argumentText(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  return entries.length ? `(${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')})` : '';
}

function fieldText(probe: Probe, terminal: BatchOptions['terminal'], alias: string | null): string {
  let selection = terminal(probe);
  let text = '';
  for (let i = probe.path.length - 1; i >= 0; i--) {
    const step = probe.path[i]!;
    const body = step.on ? `{ __typename ... on ${step.on} ${selection} }` : selection;
    text = `${step.field}${argumentText(step.args)} ${body}`;
    selection = `{ __typename ${text} }`;
  }
  return alias ? `${alias}: ${text}` : text;
}

/** One probe as a stand-alone query, for failure reports. */
export function probeText(probe: Probe, terminal: BatchOptions['terminal']): string {
  return `query { ${fieldText(probe, terminal, null)} }`;
}

/** Packs probes into as few operations as the alias, token and cost limits allow. */
export function batchProbes(probes: Probe[], options: BatchOptions): Batch[] {
  const batches: Batch[] = [];
  let parts: string[] = [];
  let byAlias = new Map<string, Probe>();
  const flush = () => {
    if (parts.length) batches.push({ text: `query { ${parts.join(' ')} }`, byAlias });
    parts = [];
    byAlias = new Map();
  };
  for (const probe of probes) {
    if (probe.alone) {
      batches.push({
        text: `query { ${fieldText(probe, options.terminal, 'p0')} }`,
        byAlias: new Map([['p0', probe]]),
      });
      continue;
    }
    const alias = `p${byAlias.size}`;
    const part = fieldText(probe, options.terminal, alias);
    if (
      parts.length &&
      (parts.length >= options.maxAliases || !options.fits(`query { ${[...parts, part].join(' ')} }`))
    ) {
      flush();
      const first = fieldText(probe, options.terminal, 'p0');
      parts.push(first);
      byAlias.set('p0', probe);
      continue;
    }
    parts.push(part);
    byAlias.set(alias, probe);
  }
  flush();
  return batches;
}
