// One IndexedDB database per person and document, so that whoever signs in next on a shared
// computer never opens someone else's copy, and sign-out finds them all by name. Kept free of
// imports: the session (on every page) clears them without loading the editor's code.
const PREFIX = 'partnerhub-collab';

/** The IndexedDB database holding `userId`'s copy of the live document `docName`. */
export function localCopyName(userId: string, docName: string): string {
  return `${PREFIX}:${userId}:${docName}`;
}

/**
 * Deletes every local copy of a live document in this browser, of every person (at sign-out: the
 * next person on a shared computer must not find the previous one's drafts). Edits not yet stored
 * on the server are lost with them.
 */
export async function clearLocalCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases
      .map((d) => d.name)
      .filter((name): name is string => !!name?.startsWith(`${PREFIX}:`))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            // Blocked: a tab still has it open; it is deleted once that tab closes it.
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
