// The measured scenarios; each takes the server's base URL (ws://…/collab) and returns plain numbers.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { processMs } from './machine.mjs';
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
  writeVarUint,
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

/**
 * `clients` providers with a presence each on one document, answering every presence query the
 * server sends: as a stock y-websocket provider does (every state it knows) or, with `ownOnly`, as
 * the app's client does (its own). Measures the server's CPU (percent of a core) and what the
 * answers bring it, over `seconds` once all are open. Clients ids and states are fixed, so every
 * answer after the first round repeats what the server holds.
 */
export async function presenceAnswers(url, serverPid, { clients, ownOnly, seconds }) {
  const name = freshName();
  const ids = Array.from({ length: clients }, (_, i) => i + 1);
  const everyone = awarenessMessage(ids);
  let answers = 0;
  let answerBytes = 0;
  const open = await openMany(clients, 50, (i) => {
    const own = awarenessMessage([ids[i]]);
    const answer = ownOnly ? own : everyone;
    const client = rawClient(`${url}/${name}`, (data) => {
      if (data[0] !== QUERY_AWARENESS_MESSAGE) return;
      client.ws.send(answer);
      answers++;
      answerBytes += answer.byteLength;
    });
    client.synced.then(() => client.ws.send(own)).catch(() => {});
    return client;
  });
  // A round of queries for everyone to learn everyone's presence.
  await sleep(3000);
  const [answersBefore, bytesBefore, cpuBefore, started] = [
    answers,
    answerBytes,
    processMs(serverPid),
    performance.now(),
  ];
  await sleep(seconds * 1000);
  const elapsed = performance.now() - started;
  const result = {
    clients,
    ownOnly,
    cpuPct: Math.round(((processMs(serverPid) - cpuBefore) / elapsed) * 100),
    answersPerSecond: Math.round(((answers - answersBefore) / elapsed) * 1000),
    receivedKBPerSecond: Math.round((answerBytes - bytesBefore) / elapsed),
    open: open.filter((c) => !c.error && c.ws.readyState === WebSocket.OPEN).length,
  };
  for (const c of open) c.ws.terminate();
  return result;
}

// y-websocket's message types.
const AWARENESS_MESSAGE = 1;
const QUERY_AWARENESS_MESSAGE = 3;

/** An awareness message with a presence for each id, at clock 1, as y-protocols encodes it. */
function awarenessMessage(ids) {
  const update = [];
  writeVarUint(update, ids.length);
  for (const id of ids) {
    writeVarUint(update, id);
    writeVarUint(update, 1);
    const state = Buffer.from(
      JSON.stringify({ user: { name: `Person ${id}`, color: '#30bced' }, cursor: { anchor: id, head: id } }),
    );
    writeVarUint(update, state.length);
    update.push(...state);
  }
  const message = [AWARENESS_MESSAGE];
  writeVarUint(message, update.length);
  return Uint8Array.from([...message, ...update]);
}
