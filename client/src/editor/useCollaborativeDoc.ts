import { CollabCloseCode, type SavedState, trackSaved } from '@partnerhub/shared';
import { type Ref, computed, onScopeDispose, readonly, ref, shallowRef } from 'vue';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

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
  [CollabCloseCode.NOT_FOUND]: 'This document no longer exists.',
  [CollabCloseCode.DOCUMENT_TOO_LARGE]:
    'Your last change would have made the document too large, so it was not saved. Reload the page to continue.',
  [CollabCloseCode.SLOW_CONSUMER]: 'The connection fell too far behind. Reload the page to continue.',
  [CollabCloseCode.UPDATE_REFUSED]:
    'You changed a listing your organization does not offer; that change was not saved. Reload the page to continue.',
  [CollabCloseCode.TOO_MANY_CONNECTIONS]:
    'You have this document open in too many windows. Close some of them, then reload this page.',
};

/**
 * A Yjs document synced with the collaboration server over y-websocket, with its connection and
 * "saved" state and the people who have it open. Everything is destroyed with the calling scope.
 */
export function useCollaborativeDoc(name: string): CollaborativeDoc {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabServerUrl(), name, doc, { disableBc: true });
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
    if (status.value === 'connected' && inSync.value) return 'connected';
    if (!online.value) return 'offline';
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
  });
  const stopTracking = trackSaved(provider, (state) => (saved.value = state));

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

  const setOnline = () => (online.value = true);
  const setOffline = () => (online.value = false);
  window.addEventListener('online', setOnline);
  window.addEventListener('offline', setOffline);

  onScopeDispose(() => {
    window.removeEventListener('online', setOnline);
    window.removeEventListener('offline', setOffline);
    provider.awareness.off('change', readPresence);
    stopTracking();
    provider.destroy();
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
