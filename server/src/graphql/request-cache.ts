/**
 * What a request remembers while it runs, in one place: entries hang off the request's context in a
 * WeakMap, so they go away with the request and one request never sees another's.
 */
const byRequest = new WeakMap<object, Map<string, unknown>>();

function entry<T>(request: object, key: string, create: () => T): T {
  let entries = byRequest.get(request);
  if (!entries) byRequest.set(request, (entries = new Map()));
  if (!entries.has(key)) entries.set(key, create());
  return entries.get(key) as T;
}

/**
 * Runs `load` once per request and key; later calls in the same request share its promise. For what
 * does not change while the request runs (who the viewer is to a district, a live document's copy).
 */
export function oncePerRequest<T>(request: object, key: string, load: () => Promise<T>): Promise<T> {
  return entry(request, `once:${key}`, load);
}

interface Batch {
  values: Map<number, Promise<unknown>>;
  pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  scheduled: boolean;
}

/**
 * Batching for field resolvers that would otherwise run one query per item: keys asked for in the
 * same turn of the event loop are loaded together. Nothing is kept after a batch resolves, so a later
 * read in the same request (after a mutation, say) sees fresh data.
 */
export function loadBatched<V>(
  request: object,
  name: string,
  key: number,
  loadMany: (keys: number[]) => Promise<Map<number, V>>,
): Promise<V | undefined> {
  const batch = entry<Batch>(request, `batch:${name}`, () => ({
    values: new Map(),
    pending: new Map(),
    scheduled: false,
  }));
  const known = batch.values.get(key);
  if (known) return known as Promise<V | undefined>;
  const promise = new Promise<unknown>((resolve, reject) => batch.pending.set(key, { resolve, reject }));
  batch.values.set(key, promise);
  if (!batch.scheduled) {
    batch.scheduled = true;
    setImmediate(() => {
      const waiting = new Map(batch.pending);
      batch.pending.clear();
      batch.scheduled = false;
      for (const k of waiting.keys()) batch.values.delete(k);
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
