import { IndexeddbPersistence } from 'y-indexeddb';
import type * as Y from 'yjs';
import { localCopyName } from './localCopyNames';

/**
 * Keeps `doc` in IndexedDB as it changes, so that edits not yet stored on the server survive a
 * reload or a closed tab; the copy is merged into `doc` (as Yjs merges any update) once read.
 */
export function keepLocalCopy(doc: Y.Doc, userId: string, docName: string): IndexeddbPersistence {
  return new IndexeddbPersistence(localCopyName(userId, docName), doc);
}

/** Deletes a local copy whose content the server refused: sent again after a reload, it would be refused again. */
export async function dropLocalCopy(copy: IndexeddbPersistence): Promise<void> {
  await copy.clearData();
}
