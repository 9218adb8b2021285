// Load-generating clients. Writers are real y-websocket WebsocketProviders; readers are bare protocol
// clients (sync step 1 for an empty document, then only reading), so that the load generator's own
// CPU (applying every update to hundreds of Y.Docs) stays out of what is measured.
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const SYNC_STEP1_EMPTY = Uint8Array.from([0, 0, 1, 0]);
export const SAVED_MESSAGE = 100;

/** A bare client; `synced` resolves with the size of the first sync step 2 it receives. */
export function rawClient(url, onMessage) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  let resolveSynced;
  let rejectSynced;
  const synced = new Promise((resolve, reject) => {
    resolveSynced = resolve;
    rejectSynced = reject;
  });
  ws.on('open', () => ws.send(SYNC_STEP1_EMPTY));
  ws.on('message', (data) => {
    if (data[0] === 0 && data[1] === 1) resolveSynced(data.length);
    onMessage?.(data);
  });
  ws.on('error', (err) => rejectSynced(err));
  ws.on('close', (code) => rejectSynced(new Error(`closed with ${code} before sync`)));
  return { ws, synced };
}

/** A stock provider in Node; `ready` resolves once it synced. */
export function writer(url, name) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(url, name, doc, { WebSocketPolyfill: WebSocket, disableBc: true });
  const ready = new Promise((resolve) => {
    if (provider.synced) resolve();
    else provider.on('sync', (synced) => synced && resolve());
  });
  return { doc, text: doc.getText('t'), provider, ready };
}

/**
 * Opens `count` clients from `open(i)`, at most `concurrency` handshakes at a time; resolves once
 * each synced or failed (`client.error`).
 */
export async function openMany(count, concurrency, open) {
  const clients = [];
  let next = 0;
  async function lane() {
    while (next < count) {
      const client = open(next++);
      clients.push(client);
      await client.synced.catch((err) => (client.error = err));
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return clients;
}

/** `[SAVED_MESSAGE, n]` with lib0's varuint. */
export function savedRequest(n) {
  const bytes = [SAVED_MESSAGE];
  writeVarUint(bytes, n);
  return Uint8Array.from(bytes);
}

/** Appends `n` to `bytes` as a lib0 varuint. */
export function writeVarUint(bytes, n) {
  let rest = n;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
}

export function readVarUint(decoder) {
  let value = 0;
  let factor = 1;
  for (;;) {
    const byte = decoder.arr[decoder.pos++];
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return value;
    factor *= 0x80;
  }
}

export function percentile(values, q) {
  if (values.length === 0) return NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `check()` is true, polling; rejects after `timeoutMs`. */
export async function until(check, timeoutMs, what) {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

let lastDoc = Math.floor(Math.random() * 1e6);
/** A document name no earlier scenario used. */
export const freshName = () => `vision:${++lastDoc}`;
