import {
  type ExecutionResult,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import {
  type Batch,
  type Probe,
  type Step,
  argumentText,
  batchProbes,
  probeText,
} from './schema-walk.queries.js';
import { Found, type Obj, identity, objects, requiredArgs } from './schema-walk.schema.js';

export { reachableObjectTypes } from './schema-walk.schema.js';

/** Error codes that are answers, not failures: the viewer may not see it, or it is not there. */
const EXPECTED_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/**
 * Candidate values of a required argument, keyed `Type.field.arg`, for arguments whose values the
 * schema alone cannot tell; null when none is known yet.
 */
export type ArgumentSources = Record<string, (found: Found) => unknown[] | null>;

export interface WalkOptions {
  schema: GraphQLSchema;
  run: (query: string) => Promise<ExecutionResult>;
  sources: ArgumentSources;
  maxDepth: number;
  maxAliases: number;
  /** Whether an operation stays within the cost and token limits. */
  fits: (query: string) => boolean;
}

export interface WalkResult {
  /** `Type.field` of every field that answered, with data or an expected error. */
  covered: Set<string>;
  failures: { query: string; error: string }[];
  operations: number;
  ms: number;
}

/** An edge still to open: a field of the objects at the end of `path`. */
interface Pending {
  path: Step[];
  parent: GraphQLObjectType;
  field: string;
  /** The concrete types seen for an abstract field, or null for all possible ones. */
  concrete: string[] | null;
}

const MAX_CANDIDATES = 3;
const CONNECTION_PAGE = 2;

/**
 * Walks every field reachable from the root Query as one viewer, breadth first. Each probe reads
 * every field of the objects at the end of a path; what comes back (ids, slugs, nested objects)
 * opens new edges, each once. An edge below an object with an id starts again from `node(id:)`,
 * which keeps paths short and a refusal confined to its own alias.
 */
export async function walkSchema(options: WalkOptions): Promise<WalkResult> {
  const started = performance.now();
  const walk = new Walk(options);
  await walk.run();
  const ms = Math.round(performance.now() - started);
  return { covered: walk.covered, failures: walk.failures, operations: walk.operations, ms };
}

class Walk {
  readonly found = new Found();
  readonly covered = new Set<string>();
  readonly failures: WalkResult['failures'] = [];
  operations = 0;
  /** Edges opened, with the path they were opened from. */
  private readonly opened = new Map<string, string>();
  /** Edges whose objects had nothing below them (empty lists, nulls): opened once more elsewhere. */
  private readonly thin = new Set<string>();
  /** `Type.field` of object fields whose edge is open: later terminals leave them out. */
  private readonly openedFields = new Set<string>();
  /** `Type.field` refused somewhere: read on its own from then on, so it wipes no sibling. */
  private readonly refused = new Set<string>();
  private pending: Pending[] = [];
  private retry: Probe[] = [];
  private readonly query: GraphQLObjectType;

  /** Root fields of a scalar type without arguments (a count): each asked once, on its own. */
  private readonly leafRoots: string[] = [];

  constructor(private readonly options: WalkOptions) {
    this.query = options.schema.getQueryType()!;
    for (const [field, def] of Object.entries(this.query.getFields())) {
      if (isLeafType(getNamedType(def.type)) && !requiredArgs(def).length) this.leafRoots.push(field);
      else this.pending.push({ path: [], parent: this.query, field, concrete: null });
    }
  }

  private async askLeafRoots(): Promise<void> {
    for (const field of this.leafRoots) {
      const text = `query { ${field} }`;
      this.operations++;
      const result = await this.options.run(text);
      const unexpected = (result.errors ?? []).filter((e) => !EXPECTED_CODES.has(String(e.extensions?.code)));
      for (const error of unexpected)
        this.failures.push({ query: text, error: `${String(error.extensions?.code)}: ${error.message}` });
      if (!unexpected.length) this.covered.add(`Query.${field}`);
    }
  }

  async run(): Promise<void> {
    await this.askLeafRoots();
    for (;;) {
      const probes = this.retry;
      this.retry = [];
      const waiting: Pending[] = [];
      for (const p of this.pending) {
        const made = this.probesFor(p);
        if (made) probes.push(...made);
        // Root fields over abstract types stay open: ids of more types may turn up.
        if (!made || (!p.path.length && isAbstractType(getNamedType(p.parent.getFields()[p.field]!.type))))
          waiting.push(p);
      }
      this.pending = [];
      if (!probes.length) return;
      const terminal = (probe: Probe) => this.terminal(probe);
      // A refusal in a non-null root field wipes the whole operation: such probes share operations
      // only with each other, and those wiped by a sibling are asked again alone.
      const apart = this.withRefusedApart(probes);
      const nonNull = apart.filter((p) => this.nonNullRoot(p));
      const nullable = apart.filter((p) => !this.nonNullRoot(p));
      const batches = [nullable, nonNull].flatMap((group) =>
        batchProbes(group, { ...this.options, terminal }),
      );
      for (const batch of batches) {
        this.operations++;
        this.collect(batch, await this.options.run(batch.text));
      }
      this.pending.push(...waiting);
    }
  }

  /** Probes for one edge: one per argument candidate and, for abstract types, one per concrete type. */
  private probesFor(p: Pending): Probe[] | null {
    const { schema } = this.options;
    const field = p.parent.getFields()[p.field]!;
    const target = getNamedType(field.type);
    const abstract = isAbstractType(target);
    const types = abstract
      ? (p.concrete ?? schema.getPossibleTypes(target).map((t) => t.name))
      : [target.name];
    const probes: Probe[] = [];
    let waiting = false;
    for (const on of types) {
      const key = `${p.parent.name}.${p.field}:${on}`;
      const from = JSON.stringify(p.path);
      const first = this.opened.get(key);
      if (first !== undefined && (!this.thin.has(key) || first === from)) continue;
      this.thin.delete(key);
      const sets = this.argumentSets(p.parent, field, abstract && !p.path.length ? on : null);
      if (!sets) {
        waiting = true;
        continue;
      }
      if (first === undefined) this.opened.set(key, from);
      this.openedFields.add(`${p.parent.name}.${p.field}`);
      const type = schema.getType(on) as GraphQLObjectType;
      for (const args of sets) {
        probes.push({
          path: [...p.path, { parent: p.parent.name, field: p.field, args, on: abstract ? on : null }],
          type,
        });
      }
    }
    return probes.length || !waiting ? probes : null;
  }

  /** Candidate argument lists for a field (`{}` when it needs none), or null when none is known yet. */
  private argumentSets(parent: GraphQLObjectType, field: GraphQLField<unknown, unknown>, on: string | null) {
    const base: Obj = {};
    if (field.args.some((a) => a.name === 'first')) base.first = CONNECTION_PAGE;
    let sets: Obj[] = [base];
    for (const arg of requiredArgs(field)) {
      const values = this.sourceOf(parent, field, arg.name, on);
      if (!values?.length) return null;
      sets = sets.flatMap((s) => values.slice(0, MAX_CANDIDATES).map((v) => ({ ...s, [arg.name]: v })));
    }
    return sets.slice(0, MAX_CANDIDATES);
  }

  private sourceOf(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    arg: string,
    on: string | null,
  ) {
    const explicit = this.options.sources[`${parent.name}.${field.name}.${arg}`];
    if (explicit) return explicit(this.found);
    const target = getNamedType(field.type);
    // node(id:) and nodes(ids:) take ids of the type asked for; opportunity(id:) ids of its result.
    if (arg === 'id' || arg === 'ids') {
      const ids = this.found.ids.get(on ?? target.name);
      if (!ids) return null;
      return arg === 'ids' ? [ids.slice(0, CONNECTION_PAGE)] : ids;
    }
    // An argument named after a field of the result (slug, listingId, number) takes that field's values.
    if (isObjectType(target) && target.getFields()[arg])
      return this.found.leaves.get(`${target.name}.${arg}`) ?? null;
    throw new Error(`No source for the argument ${parent.name}.${field.name}(${arg}:); add one.`);
  }

  /** Fields refused elsewhere are read by probes of their own, so they cannot wipe their siblings. */
  private withRefusedApart(probes: Probe[]): Probe[] {
    const out: Probe[] = [];
    for (const probe of probes) {
      out.push(probe);
      if (probe.only || probe.retries) continue;
      for (const field of Object.keys(probe.type.getFields())) {
        if (this.refused.has(`${probe.type.name}.${field}`)) out.push({ ...probe, only: field });
      }
    }
    return out;
  }

  /** The selection that reads a type: every leaf, and the type and id of each object field. */
  private terminal(probe: Probe): string {
    const type = probe.type;
    const parts = ['__typename'];
    for (const field of Object.values(type.getFields())) {
      if (probe.only ? field.name !== probe.only : this.refused.has(`${type.name}.${field.name}`)) continue;
      const named = getNamedType(field.type);
      // Object fields that need arguments are opened as edges of their own, once per candidate; an
      // object field already opened is read again only on its own edge (its resolver ran there).
      if (!isLeafType(named) && !probe.only) {
        if (requiredArgs(field).length || this.openedFields.has(`${type.name}.${field.name}`)) continue;
      }
      const sets = this.argumentSets(type, field, null);
      if (!sets) continue;
      const args = argumentText(sets[0]!);
      parts.push(isLeafType(named) ? `${field.name}${args}` : `${field.name}${args} { ${identity(named)} }`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  private nonNullRoot(probe: Probe): boolean {
    return isNonNullType(this.query.getFields()[probe.path[0]!.field]!.type);
  }

  /** Records coverage, ids, values, refusals and failures of one operation, and what it opens. */
  private collect(batch: Batch, result: ExecutionResult): void {
    // Probes with a refusal of their own: on the way (nothing more to ask), or at the end (ask again).
    const own = new Set<Probe>();
    const atEnd = new Set<Probe>();
    for (const error of result.errors ?? []) {
      const code = String(error.extensions?.code);
      const probe = batch.byAlias.get(String(error.path?.[0]));
      if (!EXPECTED_CODES.has(code) || !probe) {
        const query = probe ? probeText(probe, (p) => this.terminal(p)) : batch.text;
        this.failures.push({ query, error: `${code}: ${error.message} at ${error.path?.join('.') ?? '-'}` });
        continue;
      }
      own.add(probe);
      // A refused field answered: count it for the object it belongs to.
      const names = (error.path ?? []).slice(1).filter((p) => typeof p === 'string');
      const steps = probe.path;
      if (names.length < steps.length)
        this.covered.add(`${steps[names.length]!.parent}.${steps[names.length]!.field}`);
      else if (names.length === steps.length) {
        this.covered.add(`${probe.type.name}.${names.at(-1)}`);
        this.refused.add(`${probe.type.name}.${names.at(-1)}`);
        atEnd.add(probe);
      }
    }
    const data = result.data;
    for (const [alias, probe] of batch.byAlias) {
      const value = data?.[alias];
      // Wiped by a field of its own, now known as refused: ask again without it. Wiped by a
      // sibling's non-null root field: ask again alone.
      if (value == null && atEnd.has(probe) && !probe.only && (probe.retries ?? 0) < 8)
        this.retry.push({ ...probe, retries: (probe.retries ?? 0) + 1 });
      else if (value === undefined && !own.has(probe) && !probe.alone && result.errors?.length)
        this.retry.push({ ...probe, alone: true });
      if (value === undefined) continue;
      this.covered.add(`Query.${probe.path[0]!.field}`);
      let level = objects(value);
      for (const [i, step] of probe.path.entries()) {
        if (i > 0) {
          level = level.flatMap((o) => {
            if (!(step.field in o)) return [];
            this.covered.add(`${String(o.__typename)}.${step.field}`);
            return objects(o[step.field]);
          });
        }
        if (step.on) level = level.filter((o) => o.__typename === step.on);
      }
      let below = false;
      for (const o of level) below = this.record(o, probe) || below;
      if (!below && probe.key && !probe.only) this.thin.add(probe.key);
    }
  }

  /**
   * Marks the fields of one object at the end of a probe and queues the edges it opens; false when
   * it read object fields and every one was empty.
   */
  private record(o: Obj, probe: Probe): boolean {
    let below = false;
    let asked = false;
    const { type } = probe;
    const fields = type.getFields();
    // Below an object with an id, start again from node(id:): short paths, refusals kept apart.
    const anchor: Step[] =
      typeof o.id === 'string' && this.options.schema.getPossibleTypes(this.nodeInterface()).includes(type)
        ? [{ parent: 'Query', field: 'node', args: { id: o.id }, on: type.name }]
        : probe.path;
    const deepEnough = anchor.length >= this.options.maxDepth - 2;
    for (const [name, value] of Object.entries(o)) {
      const field = fields[name];
      if (!field) continue;
      this.covered.add(`${type.name}.${name}`);
      const named = getNamedType(field.type);
      if (isLeafType(named)) {
        if (name === 'id' && typeof value === 'string') this.found.add(this.found.ids, type.name, value);
        else if (typeof value === 'string' || typeof value === 'number')
          this.found.add(this.found.leaves, `${type.name}.${name}`, value);
        continue;
      }
      const children = objects(value);
      asked = true;
      below ||= children.length > 0;
      for (const child of children) {
        if (typeof child.id !== 'string') continue;
        this.covered.add(`${String(child.__typename)}.id`);
        this.found.add(this.found.ids, String(child.__typename), child.id);
      }
      if (children.length && !deepEnough) {
        const concrete = isAbstractType(named)
          ? [...new Set(children.map((c) => String(c.__typename)))]
          : null;
        this.pending.push({ path: anchor, parent: type, field: name, concrete });
      }
    }
    if (deepEnough || probe.only) return below || !asked;
    for (const field of Object.values(fields)) {
      if (!isLeafType(getNamedType(field.type)) && requiredArgs(field).length)
        this.pending.push({ path: anchor, parent: type, field: field.name, concrete: null });
    }
    return below || !asked;
  }

  private nodeInterface() {
    return this.options.schema.getType('Node') as Parameters<GraphQLSchema['getPossibleTypes']>[0];
  }
}
