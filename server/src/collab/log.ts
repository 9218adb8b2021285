import type { Logger } from 'pino';

/** Who is on the other end of a connection, as logs name them. */
export interface LoggedPeer {
  docName: string;
  actor: { userId: number | null; label: string };
}

const peer = ({ docName, actor }: LoggedPeer) => ({ doc: docName, userId: actor.userId, user: actor.label });

/** Every event the collaboration server logs, in one place, so messages and fields stay consistent. */
export function createCollabLog(log: Logger) {
  const l = log.child({ component: 'collab' });
  return {
    loaded: (doc: string, rows: number, ms: number) => l.debug({ doc, rows, ms }, 'document loaded'),
    loadFailed: (doc: string, err: unknown) => l.error({ doc, err }, 'document could not be loaded'),
    unloaded: (doc: string) => l.debug({ doc }, 'idle document unloaded'),
    refused: (url: string | undefined, status: number, reason?: string) =>
      l.info({ url, status, reason }, 'collaboration upgrade refused'),
    upgradeFailed: (url: string | undefined, err: unknown) =>
      l.error({ url, err }, 'collaboration upgrade failed'),
    tooManyConnections: (p: LoggedPeer) => l.warn(peer(p), 'too many connections for this user'),
    accessRevoked: (p: LoggedPeer, code: number) =>
      l.info({ ...peer(p), code }, 'access decided again: connection closed'),
    recheckFailed: (p: LoggedPeer, err: unknown) =>
      l.error({ ...peer(p), err }, 'access could not be decided again; connection closed'),
    viewerWriteDropped: (p: LoggedPeer, dropped: number) =>
      l.warn({ ...peer(p), dropped }, 'update from a viewer dropped'),
    updateRefused: (p: LoggedPeer, reason: string) =>
      l.warn({ ...peer(p), reason }, 'update refused by the guard; connection closed'),
    malformed: (p: LoggedPeer, err: unknown) =>
      l.warn({ ...peer(p), err }, 'malformed message; connection closed'),
    slowConsumer: (p: LoggedPeer, buffered: number) =>
      l.warn({ ...peer(p), buffered }, 'client stopped reading; connection dropped'),
    largeDocument: (doc: string, bytes: number) => l.warn({ doc, bytes }, 'document passed the warning size'),
    documentTooLarge: (p: LoggedPeer, bytes: number) =>
      l.warn({ ...peer(p), bytes }, 'update refused: document at its size cap'),
    serverEdit: (doc: string, actor: LoggedPeer['actor']) =>
      l.debug({ doc, userId: actor.userId, user: actor.label }, 'server edit'),
    writeFailed: (rows: number, retryMs: number, err: unknown) =>
      l.error({ rows, retryMs, err }, 'update log write failed; retrying'),
    compacted: (doc: string, replaced: number, bytes: number, ms: number) =>
      l.info({ doc, replaced, bytes, ms }, 'update log compacted'),
    compactionFailed: (doc: string, err: unknown) => l.error({ doc, err }, 'update log compaction failed'),
    relayFailed: (err: unknown) => l.error({ err }, 'relay between instances failed'),
    relayedFailed: (doc: string, err: unknown) =>
      l.error({ doc, err }, 'what another instance relayed could not be applied; reading the store'),
    caughtUp: (doc: string, rows: number) =>
      l.info({ doc, rows }, 'document caught up from the store after the relay reconnected'),
    catchUpFailed: (doc: string, err: unknown) => l.error({ doc, err }, 'document could not catch up'),
    unsavedAtClose: (rows: number, err: unknown) =>
      l.error({ rows, err }, 'updates still unsaved when the collaboration server closed'),
  };
}

export type CollabLog = ReturnType<typeof createCollabLog>;
