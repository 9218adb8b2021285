import { VISION_FRAGMENT, VISION_HEADING_LEVELS, safeLinkHref } from '@partnerhub/shared';
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

/**
 * The vision editor's schema and collaboration: the nodes and marks the server renders for the public
 * (no underline, headings 2-4, links to http(s) and mailto only), Yjs instead of Tiptap's own history
 * (undo and redo then undo only this person's changes), and named carets of the others.
 */
export function visionExtensions({
  doc,
  provider,
  user,
}: {
  doc: Y.Doc;
  provider: WebsocketProvider;
  user: { name: string; color: string };
}): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      underline: false,
      heading: { levels: [...VISION_HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => safeLinkHref(url) !== null,
        HTMLAttributes: { rel: 'noopener nofollow', target: null },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
    Collaboration.configure({ document: doc, field: VISION_FRAGMENT }),
    CollaborationCaret.configure({ provider, user }),
  ];
}
