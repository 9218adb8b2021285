import { type ListingDraft, docName, readListings } from '@partnerhub/shared';
import type * as Y from 'yjs';
import type { CollabActor, CollabServer } from '../../collab/index.js';
import type { Context } from '../../graphql/context.js';

export const opportunitiesDocName = (districtId: number) => docName('opportunities', districtId);

function collabOf(ctx: Context): CollabServer {
  if (!ctx.app.collab) throw new Error('The draft opportunity list needs the collaboration server.');
  return ctx.app.collab;
}

/** The viewer as the author of a server-side edit. */
export const actorOf = (ctx: Context): CollabActor => ({
  userId: ctx.viewer.userId,
  label: ctx.viewer.label,
});

/** The listings of the district's live draft list, in list order. */
export function readDraftListings(ctx: Context, districtId: number): Promise<ListingDraft[]> {
  return collabOf(ctx).readLive(opportunitiesDocName(districtId), readListings);
}

/**
 * Runs `fn` in one transaction on the live draft list and resolves with its result once what it
 * changed is stored; every open editor sees the change at once.
 */
export async function editDraft<T>(ctx: Context, districtId: number, fn: (doc: Y.Doc) => T): Promise<T> {
  let result: T | undefined;
  await collabOf(ctx).applyServerEdit(opportunitiesDocName(districtId), actorOf(ctx), (doc) => {
    result = fn(doc);
  });
  return result as T;
}
