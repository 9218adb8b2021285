// Attacks on one server while other users edit: what the others' propagation latency is during them.
import { WebSocket } from 'ws';
import { freshName, openMany, percentile, rawClient, sleep, writer } from './clients.mjs';

const MARK = Buffer.from('WRITE#');
const SYNC_STEP1_EMPTY = Uint8Array.from([0, 0, 1, 0]);
const round = (ms) => Math.round(ms * 10) / 10;

/**
 * One writer and `clients - 1` readers on one document, `rate` writes per second (each padded to
 * about `pad` bytes). After a one-second warm-up, `baselineSeconds` are measured undisturbed, then
 * `attack()` runs; writes sent from its start until it resolves are the attack window, and writing
 * goes on for `settleMs` after it. Latency is write to receipt at every reader.
 */
export async function underAttack(
  url,
  { clients, rate, pad = 0, baselineSeconds = 2, settleMs = 1000, attack },
) {
  const name = freshName();
  const w = writer(url, name);
  await w.ready;
  const sent = new Map();
  const receipts = []; // [write id, ms]
  const readers = await openMany(clients - 1, 50, () =>
    rawClient(`${url}/${name}`, (data) => {
      if (data[0] !== 0 || data[1] !== 2) return;
      const at = data.indexOf(MARK);
      if (at < 0) return;
      const id = Number(data.toString('latin1', at + MARK.length, data.indexOf(59, at)));
      const t0 = sent.get(id);
      if (t0 !== undefined) receipts.push([id, performance.now() - t0]);
    }),
  );
  const padding = 'p'.repeat(pad);
  const windows = { baseline: [rate, rate * (1 + baselineSeconds)], attack: [Infinity, Infinity] };
  let attackResult = null;
  let attacking = false;
  let stopAt = Infinity;
  const start = performance.now();
  for (let i = 0; performance.now() < stopAt; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    if (i === windows.baseline[1]) {
      attacking = true;
      windows.attack[0] = i;
      attack({ url, name }).then(
        (result) => {
          attackResult = result;
          attacking = false;
          stopAt = performance.now() + settleMs;
        },
        (err) => {
          attackResult = { error: String(err) };
          attacking = false;
          stopAt = 0;
        },
      );
    }
    if (attacking) windows.attack[1] = i + 1;
    if (i >= rate) sent.set(i, performance.now());
    // Appended: a reader's update holds only this write's text.
    w.text.insert(w.text.length, `WRITE#${i};${padding}`);
  }
  await sleep(2_000);
  const alive = readers.filter((r) => !r.error && r.ws.readyState === WebSocket.OPEN).length;
  for (const r of readers) r.ws.terminate();
  w.provider.destroy();
  await attackResult?.cleanup?.();
  const summary = ([from, to]) => {
    const ms = receipts.filter(([id]) => id >= from && id < to).map(([, v]) => v);
    return {
      writes: to - from,
      p50: round(percentile(ms, 0.5)),
      p99: round(percentile(ms, 0.99)),
      max: round(Math.max(...ms)),
      missing: (to - from) * (clients - 1) - ms.length,
    };
  };
  const { cleanup: _, ...attackInfo } = attackResult ?? {};
  return {
    clients,
    baseline: summary(windows.baseline),
    attack: summary(windows.attack),
    readersClosed: clients - 1 - alive,
    ...attackInfo,
  };
}

/** Opens `count` bare clients at once over `docs` fresh documents; resolves once each synced or failed. */
export function connectFlood({ count, docs }) {
  return async ({ url }) => {
    const names = Array.from({ length: docs }, freshName);
    const started = performance.now();
    const times = [];
    const clients = await openMany(count, count, (i) => {
      const client = rawClient(`${url}/${names[i % docs]}`);
      client.synced.then(() => times.push(performance.now() - started)).catch(() => {});
      return client;
    });
    return {
      opened: clients.length - clients.filter((c) => c.error).length,
      failed: clients.filter((c) => c.error).length,
      openP50: Math.round(percentile(times, 0.5)),
      allOpenMs: Math.round(performance.now() - started),
      cleanup: () => clients.forEach((c) => c.ws.terminate()),
    };
  };
}

/**
 * A bare client on the busy document that syncs, then stops reading for `seconds`, asking for the
 * whole document again every `resyncMs` (0: never); `connections()` (the server's count, or null)
 * tells when the server dropped it.
 */
export function stalledReader({ seconds, resyncMs, connections }) {
  return async ({ url, name }) => {
    const before = await connections();
    const client = rawClient(`${url}/${name}`);
    await client.synced;
    client.ws.pause();
    const resync = resyncMs > 0 && setInterval(() => client.ws.send(SYNC_STEP1_EMPTY), resyncMs);
    const started = performance.now();
    let droppedAfterMs = null;
    while (performance.now() - started < seconds * 1000) {
      await sleep(100);
      const now = await connections();
      if (droppedAfterMs === null && before !== null && now !== null && now <= before) {
        droppedAfterMs = Math.round(performance.now() - started);
        break;
      }
    }
    clearInterval(resync);
    return { droppedAfterMs, cleanup: () => client.ws.terminate() };
  };
}
