// The measured scenarios; each takes the server's base URL (ws://…/collab) and returns plain numbers.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  SAVED_MESSAGE,
  freshName,
  openMany,
  percentile,
  rawClient,
  readVarUint,
  savedRequest,
  sleep,
  until,
  writer,
} from './clients.mjs';

const MARK = Buffer.from('WRITE#');
const round = (ms) => Math.round(ms * 10) / 10;

/**
 * One writer, `clients - 1` readers on one document; `rate` writes per second for `seconds` after a
 * one-second warm-up. Latency is write to receipt at every reader. The writer asks after every write
 * whether it is saved, whichever the server: both get the same frames and the load generator does
 * the same work. With `answersSaved` (ours), write to the server's "saved" answer is measured too;
 * the reference ignores the message type.
 */
export async function propagation(url, { clients, seconds, rate, answersSaved }) {
  const name = freshName();
  const w = writer(url, name);
  await w.ready;
  const sent = new Map();
  const receipts = [];
  const stored = [];
  const readers = await openMany(clients - 1, 50, () =>
    rawClient(`${url}/${name}`, (data) => {
      if (data[0] !== 0 || data[1] !== 2) return;
      const at = data.indexOf(MARK);
      if (at < 0) return;
      const id = Number(data.toString('latin1', at + MARK.length, data.indexOf(59, at)));
      const t0 = sent.get(id);
      if (t0 !== undefined) receipts.push(performance.now() - t0);
    }),
  );
  const failed = readers.filter((r) => r.error).length;
  w.provider.messageHandlers[SAVED_MESSAGE] = (_encoder, decoder) => {
    const t0 = sent.get(readVarUint(decoder));
    if (t0 !== undefined) stored.push(performance.now() - t0);
  };
  const warm = rate;
  const total = warm + rate * seconds;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    if (i >= warm) sent.set(i, performance.now());
    w.text.insert(0, `WRITE#${i};`);
    w.provider.ws.send(savedRequest(i));
  }
  const measured = total - warm;
  const expected = measured * (clients - 1 - failed);
  await until(
    () => receipts.length >= expected && (!answersSaved || stored.length >= measured),
    5_000,
    'receipts',
  ).catch(() => {});
  for (const r of readers) r.ws.terminate();
  w.provider.destroy();
  return {
    clients,
    p50: round(percentile(receipts, 0.5)),
    p99: round(percentile(receipts, 0.99)),
    received: receipts.length,
    expected,
    failedClients: failed,
    storedP50: answersSaved ? round(percentile(stored, 0.5)) : null,
    storedP99: answersSaved ? round(percentile(stored, 0.99)) : null,
    storedCount: answersSaved ? stored.length : null,
  };
}

/** Builds a document of `bytes` characters in 1 KB inserts, then `clients` readers join at once. */
export async function joinLarge(url, { clients, bytes }) {
  const name = freshName();
  const w = writer(url, name);
  await w.ready;
  const chunk = 'abcdefghij'.repeat(100);
  for (let i = 0; i < bytes / chunk.length; i++) {
    w.text.insert(Math.floor(Math.random() * (w.text.length + 1)), chunk);
    if (i % 50 === 0) await sleep(0);
  }
  let docBytes = 0;
  await until(
    async () => {
      const probe = rawClient(`${url}/${name}`);
      docBytes = await probe.synced;
      probe.ws.terminate();
      return docBytes >= bytes;
    },
    60_000,
    'the large document on the server',
  );
  w.provider.destroy();
  const started = performance.now();
  const readers = await openMany(clients, clients, () => rawClient(`${url}/${name}`));
  const ms = performance.now() - started;
  const failed = readers.filter((r) => r.error).length;
  for (const r of readers) r.ws.terminate();
  return { clients, docBytes, ms: Math.round(ms), failed };
}

/**
 * Opens `count` connections over `docs` documents and holds them idle; `stillOpen()` counts those
 * that are still open.
 */
export async function idleConnections(url, { count, docs = 50 }) {
  const names = Array.from({ length: docs }, freshName);
  const clients = await openMany(count, 200, (i) => rawClient(`${url}/${names[i % docs]}`));
  return {
    opened: clients.filter((c) => !c.error).length,
    stillOpen: () => clients.filter((c) => !c.error && c.ws.readyState === WebSocket.OPEN).length,
    close: () => clients.forEach((c) => c.ws.terminate()),
  };
}

/**
 * Writes `updates` single-character edits (one update each) to one document, as typing does: runs of
 * 1-40 characters at a cursor that then jumps elsewhere, every tenth edit a backspace. Waits for
 * "saved" every 1,000 edits.
 */
export async function writeManyUpdates(url, { updates }) {
  const name = freshName();
  const w = writer(url, name);
  await w.ready;
  let savedUpTo = -1;
  w.provider.messageHandlers[SAVED_MESSAGE] = (_encoder, decoder) => {
    savedUpTo = readVarUint(decoder);
  };
  const started = performance.now();
  let cursor = 0;
  let run = 0;
  for (let i = 0; i < updates; i++) {
    if (run-- <= 0) {
      cursor = Math.floor(Math.random() * (w.text.length + 1));
      run = 1 + Math.floor(Math.random() * 40);
    }
    if (i % 10 === 9 && cursor > 0) w.text.delete(--cursor, 1);
    else w.text.insert(cursor++, String.fromCharCode(97 + (i % 26)));
    if (i % 1000 === 999 || i === updates - 1) {
      w.provider.ws.send(savedRequest(i));
      await until(() => savedUpTo >= i, 60_000, 'saved');
    }
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  const docBytes = Y.encodeStateAsUpdate(w.doc).byteLength;
  w.provider.destroy();
  return { name, docBytes, seconds };
}

/** Time from connecting to the first sync step 2, for one reader. */
export async function timeToSync(url, name) {
  const started = performance.now();
  const reader = rawClient(`${url}/${name}`);
  await reader.synced;
  reader.ws.terminate();
  return Math.round(performance.now() - started);
}
