import { docName, visionContent } from '@partnerhub/shared';
import * as Y from 'yjs';
import type { Context } from '../../graphql/context.js';
import { oncePerRequest } from '../../graphql/request-cache.js';

type Content = Y.XmlElement | Y.XmlText;

function copiesOf(fragment: Y.XmlFragment): Content[] {
  return fragment
    .toArray()
    .filter((c): c is Content => c instanceof Y.XmlElement || c instanceof Y.XmlText)
    .map((c) => c.clone());
}

/** `Y.encodeStateAsUpdate` of a fresh document holding a copy of the vision content of `doc`, and nothing else. */
export function snapshotOf(doc: Y.Doc): Uint8Array {
  const copy = new Y.Doc();
  visionContent(copy).insert(0, copiesOf(visionContent(doc)));
  return Y.encodeStateAsUpdate(copy);
}

/** The vision content a snapshot holds. */
export function contentOf(snapshot: Uint8Array): Y.XmlFragment {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  return visionContent(doc);
}

/**
 * Makes the vision content of `doc` equal to `source` by deleting every block and inserting copies:
 * new operations on top of the history, never a rewrite of it. Call inside one transaction.
 */
export function replaceContent(doc: Y.Doc, source: Y.XmlFragment): void {
  const target = visionContent(doc);
  target.delete(0, target.length);
  target.insert(0, copiesOf(source));
}

export const visionDocName = (districtId: number) => docName('vision', districtId);

/**
 * A detached copy of the live vision document, read once per request. Where no collaboration server
 * runs in the process (the bare GraphQL test harness) nothing is live and the document is empty.
 */
export function readLiveVision(ctx: Context, districtId: number): Promise<Y.Doc> {
  return oncePerRequest(ctx, `vision:live:${districtId}`, () =>
    ctx.app.collab ? ctx.app.collab.readDocument(visionDocName(districtId)) : Promise.resolve(new Y.Doc()),
  );
}
