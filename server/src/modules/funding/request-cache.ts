/**
 * Batching for field resolvers that would otherwise run one query per item: keys asked for in the
 * same turn of the event loop are loaded together. Nothing is kept after a batch resolves, so a later
 * read in the same request (after a mutation, say) sees fresh data.
 */
const caches = new WeakMap<object, Map<string, Batch>>();

interface Batch {
  values: Map<number, Promise<unknown>>;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  scheduled: boolean;
}

export function loadBatched<V>(
  request: object,
  name: string,
  key: number,
  loadMany: (keys: number[]) => Promise<Map<number, V>>,
): Promise<V | undefined> {
  let byName = caches.get(request);
  if (!byName) caches.set(request, (byName = new Map()));
  let batch = byName.get(name);
  if (!batch) byName.set(name, (batch = { values: new Map(), pending: new Map(), scheduled: false }));
  const known = batch.values.get(key);
  if (known) return known as Promise<V | undefined>;
  const promise = new Promise<unknown>((resolve, reject) => batch.pending.set(key, { resolve, reject }));
  batch.values.set(key, promise);
  if (!batch.scheduled) {
    batch.scheduled = true;
    const current = batch;
    setImmediate(() => {
      const waiting = new Map(current.pending);
      current.pending.clear();
      current.scheduled = false;
      for (const k of waiting.keys()) current.values.delete(k);
      loadMany([...waiting.keys()]).then(
        (found) => waiting.forEach(({ resolve }, k) => resolve(found.get(k))),
        (error: unknown) => waiting.forEach(({ reject }) => reject(error)),
      );
    });
  }
  return promise as Promise<V | undefined>;
}

/** Shares one load among the resolvers that ask for it in the same turn of the event loop. */
export function shared<V>(request: object, name: string, load: () => Promise<V>): Promise<V> {
  return loadBatched(request, name, 0, async () => new Map([[0, await load()]])) as Promise<V>;
}
