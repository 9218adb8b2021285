import type { IncomingMessage } from 'node:http';
import type { EntityManager } from '@mikro-orm/knex';
import type {
  CollabAccess,
  CollabAuthorization,
  CollabAuthorize,
  CollabDocRequest,
  CollabUpdateGuard,
} from '../../collab/index.js';
import type { Orm } from '../../db/orm.js';
import type { Viewer } from '../access/index.js';
import { viewerOfRequest } from './request-viewer.js';

type Credentials = Pick<IncomingMessage, 'headers'>;

/** What a signed-in viewer may do with a document; null when nothing. */
export type DocumentGrant = { access: CollabAccess; guard?: CollabUpdateGuard } | null;

/**
 * Decides a signed-in viewer's grant on a document, by the module that owns the document;
 * 'missing' when the document's district does not exist.
 */
export type DecideDocument = (
  em: EntityManager,
  viewer: Viewer,
  doc: CollabDocRequest,
) => Promise<DocumentGrant | 'missing'>;

/**
 * Decides WebSocket upgrades to `/collab/<doc>` with the same credentials (session cookie or bearer
 * token) and the same policy as GraphQL: editors edit, viewers follow along, everyone else is refused.
 * Which grant a viewer holds on a document is decided by `decideDocument`. Every grant carries its
 * credential, so that the collaboration server can decide again, with the same cookie or token, when
 * it is revoked or expires.
 */
export function collabAuthorizer(
  orm: Orm,
  sessionTtlDays: number,
  decideDocument: DecideDocument,
): CollabAuthorize {
  const decide = async (req: Credentials, doc: CollabDocRequest): Promise<CollabAuthorization> => {
    const em = orm.em.fork() as EntityManager;
    const who = await viewerOfRequest(req, () => em, sessionTtlDays);
    if (!who.ok || who.viewer.kind === 'anonymous') return { ok: false, status: 401 };
    const grant = await decideDocument(em, who.viewer, doc);
    if (grant === 'missing') return { ok: false, status: 404 };
    if (!grant) return { ok: false, status: 403 };
    const actor = { userId: who.viewer.userId, label: who.viewer.label };
    const credential = {
      sessionId: who.viewer.sessionId,
      tokenId: who.viewer.tokenId,
      expiresAt: who.expiresAt,
      recheck: () => decide(req, doc),
    };
    return grant.access === 'edit'
      ? { ok: true, access: 'edit', actor, guard: grant.guard, credential }
      : { ok: true, access: 'view', actor, credential };
  };
  return (req, doc) => {
    // Only what identifies the person is kept for later decisions, not the request itself.
    const { cookie, authorization } = req.headers;
    return decide({ headers: { cookie, authorization } }, doc);
  };
}
