import {
  CollabCloseCode,
  type SavedState,
  answerQueriesWithOwnPresence,
  trackSaved,
} from '@partnerhub/shared';
import { type Ref, computed, onScopeDispose, readonly, ref, shallowRef } from 'vue';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { dropLocalCopy, keepLocalCopy } from './localCopies';

/**
 * `connecting`: first connection; `connected`: in sync with the server; `reconnecting`: the connection
 * dropped and is being retried; `offline`: the browser has no network; `closed`: the server ended access.
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

/** Someone with the document open, as their editor announces them. */
export interface Collaborator {
  clientId: number;
  name: string;
  color: string;
  self: boolean;
}

export interface CollaborativeDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
  connection: Readonly<Ref<ConnectionState>>;
  /** Whether every local change is stored on the server. */
  saved: Readonly<Ref<SavedState>>;
  /** True once the first sync with the server completed. */
  synced: Readonly<Ref<boolean>>;
  collaborators: Readonly<Ref<readonly Collaborator[]>>;
  /** Why the server ended access (`closed`), in words. */
  closedReason: Readonly<Ref<string | null>>;
}

/** The collaboration endpoint on the page's own origin (ws: or wss:). */
export function collabServerUrl(origin: string = window.location.origin): string {
  return `${origin.replace(/^http/, 'ws')}/collab`;
}

const CLOSE_REASONS: Record<number, string> = {
  [CollabCloseCode.UNAUTHORIZED]: 'You were signed out. Sign in again to keep editing.',
  [CollabCloseCode.FORBIDDEN]: 'Your access to this document changed: you can no longer open it.',
  [CollabCloseCode.READ_ONLY]:
    'Your access to this document changed: you may now only read it. Reload the page to follow it read-only.',
  [CollabCloseCode.MESSAGE_TOO_BIG]:
    'Your last change was too large to send at once, so it was not saved. Reload the page to continue with the saved document.',
  [CollabCloseCode.MALFORMED]:
    'The server could not read your last change, so it was not saved. Reload the page to continue with the saved document.',
  [CollabCloseCode.NOT_FOUND]: 'This document no longer exists.',
  [CollabCloseCode.DOCUMENT_TOO_LARGE]:
    'Your last change would have made the document too large, so it was not saved. Reload the page to continue.',
  [CollabCloseCode.SLOW_CONSUMER]: 'The connection fell too far behind. Reload the page to continue.',
  [CollabCloseCode.UPDATE_REFUSED]:
    'You changed a listing your organization does not offer; that change was not saved. Reload the page to continue.',
  [CollabCloseCode.TOO_MANY_CONNECTIONS]:
    'You have this document open in too many windows. Close some of them, then reload this page.',
};

// Closes for a change the server refused: sending it again (after a reconnect, or from the local
// copy after a reload) would only be refused again.
const REFUSED_CHANGE = new Set<number>([
  CollabCloseCode.MESSAGE_TOO_BIG,
  CollabCloseCode.MALFORMED,
  CollabCloseCode.DOCUMENT_TOO_LARGE,
  CollabCloseCode.UPDATE_REFUSED,
]);
/** 44xx: the server decided (y-websocket's rule); 1009: the same frame would be too large again. */
const retryable = (code: number) =>
  !(code >= 4400 && code < 4500) && code !== CollabCloseCode.MESSAGE_TOO_BIG;

// The server asks for this client's presence every 1.5 s: a connection silent for longer than
// SILENCE_MS is gone, though the browser may not have noticed.
const WATCH_MS = 1_000;
const SILENCE_MS = 4_000;

interface CollaborativeDocOptions {
  /**
   * Keep a copy of the document in this browser (IndexedDB) for this user id, so that edits not yet
   * stored on the server survive a reload or a closed tab. Null: none (viewers, who never write).
   */
  keepLocalFor?: string | null;
}

/**
 * A Yjs document synced with the collaboration server over y-websocket, with its connection and
 * "saved" state and the people who have it open. Everything is destroyed with the calling scope.
 * Shows `offline` as soon as the browser says so or the connection falls silent for a few seconds;
 * a close for a change the server refused is never retried.
 */
export function useCollaborativeDoc(
  name: string,
  { keepLocalFor = null }: CollaborativeDocOptions = {},
): CollaborativeDoc {
  const doc = new Y.Doc();
  const local = keepLocalFor ? keepLocalCopy(doc, keepLocalFor, name) : null;
  const provider = new WebsocketProvider(collabServerUrl(), name, doc, {
    disableBc: true,
    shouldReconnect: (event) => retryable(event.code),
  });
  const online = ref(navigator.onLine);
  const status = ref<'connecting' | 'connected' | 'disconnected'>('connecting');
  const everConnected = ref(false);
  const synced = ref(false);
  const inSync = ref(false);
  const closedReason = ref<string | null>(null);
  const saved = ref<SavedState>('saved');
  const collaborators = shallowRef<readonly Collaborator[]>([]);

  const connection = computed<ConnectionState>(() => {
    if (closedReason.value) return 'closed';
    if (!online.value) return 'offline';
    if (status.value === 'connected' && inSync.value) return 'connected';
    return everConnected.value ? 'reconnecting' : 'connecting';
  });

  provider.on('status', (event) => {
    status.value = event.status;
    if (event.status === 'connected') everConnected.value = true;
  });
  provider.on('sync', (isSynced) => {
    inSync.value = isSynced;
    if (isSynced) synced.value = true;
  });
  provider.on('closed', (event) => {
    closedReason.value =
      CLOSE_REASONS[event.code] ?? `The server closed the document (${event.reason || event.code}).`;
    if (local && REFUSED_CHANGE.has(event.code)) void dropLocalCopy(local);
  });
  const stopTracking = trackSaved(provider, (state) => (saved.value = state));
  answerQueriesWithOwnPresence(provider);

  const readPresence = () => {
    const list: Collaborator[] = [];
    provider.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
      if (typeof user?.name !== 'string' || !user.name) return;
      const color = typeof user.color === 'string' ? user.color : '#4a5361';
      list.push({ clientId, name: user.name, color, self: clientId === doc.clientID });
    });
    list.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
    collaborators.value = list;
  };
  provider.awareness.on('change', readPresence);

  // Without network the socket may stay open for a long time: drop it at once, so the others see
  // this person leave, and connect again (sending what was written meanwhile) once it is back.
  const setOnline = () => {
    online.value = true;
    if (!closedReason.value) provider.connect();
  };
  const setOffline = () => {
    online.value = false;
    provider.disconnect();
  };
  window.addEventListener('online', setOnline);
  window.addEventListener('offline', setOffline);
  let lastWatch = Date.now();
  const heartbeat = setInterval(() => {
    const now = Date.now();
    // After a long task (a huge paste) or a sleeping tab, messages may wait unread: not silence.
    const late = now - lastWatch > 2 * WATCH_MS;
    lastWatch = now;
    if (late || !provider.wsconnected || now - provider.wsLastMessageReceived <= SILENCE_MS) return;
    provider.disconnect();
    provider.connect();
  }, WATCH_MS);

  onScopeDispose(() => {
    clearInterval(heartbeat);
    window.removeEventListener('online', setOnline);
    window.removeEventListener('offline', setOffline);
    provider.awareness.off('change', readPresence);
    stopTracking();
    provider.destroy();
    void local?.destroy();
    doc.destroy();
  });

  return {
    doc,
    provider,
    connection,
    saved: readonly(saved),
    synced: readonly(synced),
    collaborators,
    closedReason: readonly(closedReason),
  };
}
