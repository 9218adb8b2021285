import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Why `updateRefusal` refuses an update: Yjs would apply only part of it, or keep it pending. */
export const UpdateRefusal = {
  BLOCKS: 'names one client in several blocks',
  GAP: 'has a gap in the clocks of a client (content the server does not have)',
  FORWARD: 'refers to a later clock of its own client',
  MISSING: 'depends on content the server does not have',
  DELETES_MISSING: 'deletes content the server does not have',
} as const;

type Struct = Y.Item | Y.GC | Y.Skip;

/** One client's block of structs in an update, with how far integrating it got. */
interface Run {
  client: number;
  structs: Struct[];
  next: number;
}

/**
 * Whether Yjs would apply `update` (Yjs update encoding 1) to `doc` whole: null when it would, else
 * why not. Yjs integrates an update struct by struct and reads its delete set last, so a truncated
 * update is applied up to where it breaks, a struct that refers forward within its own client throws
 * halfway, and structs or deletions whose dependencies are missing are kept pending. This decodes
 * the whole update first and follows Yjs's integration order (`Item.getMissing`) against the
 * document's state vector, without changing `doc`, at a cost that grows with the update, not with
 * the document.
 * @throws when `update` cannot be decoded (truncated, or not a Yjs update).
 */
export function updateRefusal(doc: Y.Doc, update: Uint8Array): string | null {
  const { structs, ds } = Y.decodeUpdate(update);
  const runs = runsOf(structs);
  // Yjs keeps only the last block a client has in an update; its own encoders write one each.
  if (decoding.readVarUint(decoding.createDecoder(update)) !== runs.length) return UpdateRefusal.BLOCKS;
  const byClient = new Map<number, Run>();
  for (const run of runs) {
    if (byClient.has(run.client)) return UpdateRefusal.BLOCKS;
    byClient.set(run.client, run);
  }
  const state = new Map<number, number>();
  const stateOf = (client: number) => state.get(client) ?? Y.getState(doc.store, client);
  for (const run of runs) {
    if (run.structs.some((s) => s instanceof Y.Skip)) return UpdateRefusal.GAP;
    if (run.structs[0]!.id.clock > stateOf(run.client)) return UpdateRefusal.GAP;
    for (const struct of run.structs) if (refersForward(struct)) return UpdateRefusal.FORWARD;
  }
  if (!integrates(runs, byClient, stateOf, state)) return UpdateRefusal.MISSING;
  for (const [client, ranges] of ds.clients) {
    const known = stateOf(client);
    for (const { clock, len } of ranges) if (clock + len > known) return UpdateRefusal.DELETES_MISSING;
  }
  return null;
}

function runsOf(structs: Struct[]): Run[] {
  const runs: Run[] = [];
  let last: Run | undefined;
  for (const struct of structs) {
    if (last?.client !== struct.id.client)
      runs.push((last = { client: struct.id.client, structs: [], next: 0 }));
    last.structs.push(struct);
  }
  return runs;
}

/** Yjs reads references within the item's own client without checking them: only earlier ones exist. */
function refersForward(struct: Struct): boolean {
  if (!(struct instanceof Y.Item)) return false;
  const { id } = struct;
  const parent = struct.parent instanceof Y.ID ? struct.parent : null;
  for (const ref of [struct.origin, struct.rightOrigin, parent])
    if (ref && ref.client === id.client && ref.clock >= id.clock) return true;
  return false;
}

/** The client whose content `struct` waits for, as `Item.getMissing` decides; null when none. */
function missingClient(struct: Struct, stateOf: (client: number) => number): number | null {
  if (!(struct instanceof Y.Item)) return null;
  const parent = struct.parent instanceof Y.ID ? struct.parent : null;
  for (const ref of [struct.origin, struct.rightOrigin, parent])
    if (ref && ref.client !== struct.id.client && ref.clock >= stateOf(ref.client)) return ref.client;
  return null;
}

/**
 * Integrates the runs in the abstract: a struct goes in once every client it refers to has reached
 * the clock it needs; a client that waits is looked at again when that client moves on. True when
 * every struct went in (Yjs then leaves nothing pending); `state` ends as the state vector after it.
 */
function integrates(
  runs: Run[],
  byClient: Map<number, Run>,
  stateOf: (client: number) => number,
  state: Map<number, number>,
): boolean {
  const waiting = new Map<number, Run[]>();
  const todo = [...runs];
  for (let run = todo.pop(); run; run = todo.pop()) {
    const moved = run.next;
    while (run.next < run.structs.length) {
      const struct = run.structs[run.next]!;
      const missing = missingClient(struct, stateOf);
      if (missing !== null) {
        // Nothing in the update can bring it: Yjs would keep the rest of this client pending.
        if (!byClient.has(missing)) return false;
        const list = waiting.get(missing);
        if (list) list.push(run);
        else waiting.set(missing, [run]);
        break;
      }
      state.set(run.client, Math.max(stateOf(run.client), struct.id.clock + struct.length));
      run.next++;
    }
    if (run.next > moved) {
      todo.push(...(waiting.get(run.client) ?? []));
      waiting.delete(run.client);
    }
  }
  return runs.every((run) => run.next === run.structs.length);
}

/**
 * Whether applying `update` would change `doc`: it carries content the document lacks, or deletes
 * something not yet deleted. A viewer's provider answers every sync step 1 with what the server
 * already has (at least the whole delete set), which changes nothing.
 * @throws when `update` cannot be decoded.
 */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const { store } = doc;
  for (const struct of structs)
    if (struct.id.clock + struct.length > Y.getState(store, struct.id.client)) return true;
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(store, client);
    const own = store.clients.get(client);
    for (const { clock, len } of ranges) {
      if (clock + len > known) return true;
      if (!own || len === 0) continue;
      for (let i = Y.findIndexSS(own, clock); i < own.length && own[i]!.id.clock < clock + len; i++) {
        const struct = own[i]!;
        if (struct instanceof Y.Item && !struct.deleted) return true;
      }
    }
  }
  return false;
}
