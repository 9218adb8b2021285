import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';

/** A commented range, as the server keeps it: base64 of two encoded Yjs relative positions. */
export interface CommentRange {
  id: string;
  start: string;
  end: string;
}

export interface CommentHighlightOptions {
  ranges: () => readonly CommentRange[];
  active: () => string | null;
  onSelect: (id: string) => void;
}

export const commentHighlightsKey = new PluginKey('commentHighlights');

interface SyncState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<unknown, unknown> } | null;
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function syncState(state: EditorState): SyncState | null {
  const sync = ySyncPluginKey.getState(state) as SyncState | undefined;
  return sync?.binding ? sync : null;
}

/** The editor's selection as relative positions that survive everyone's edits; null when empty. */
export function selectionAnchor(state: EditorState): { start: string; end: string; quote: string } | null {
  const sync = syncState(state);
  const { from, to } = state.selection;
  if (!sync || from === to) return null;
  const encode = (pos: number) =>
    toBase64(
      Y.encodeRelativePosition(
        absolutePositionToRelativePosition(
          pos,
          sync.type,
          sync.binding!.mapping as never,
        ) as Y.RelativePosition,
      ),
    );
  const quote = state.doc.textBetween(from, to, ' ').trim().slice(0, 1000);
  return quote ? { start: encode(from), end: encode(to), quote } : null;
}

/** Where a stored range is in the live document now; null when its text is gone. */
export function resolveRange(state: EditorState, range: CommentRange): { from: number; to: number } | null {
  const sync = syncState(state);
  if (!sync) return null;
  const at = (encoded: string) => {
    try {
      return relativePositionToAbsolutePosition(
        sync.doc,
        sync.type,
        Y.decodeRelativePosition(fromBase64(encoded)),
        sync.binding!.mapping as never,
      );
    } catch {
      return null;
    }
  };
  const from = at(range.start);
  const to = at(range.end);
  return from !== null && to !== null && from < to ? { from, to } : null;
}

/**
 * Highlights commented ranges of the vision, resolved against the live document on every change so
 * they follow the text as people edit; clicking one selects its thread.
 */
export const CommentHighlights = Extension.create<CommentHighlightOptions>({
  name: 'commentHighlights',
  addOptions() {
    return { ranges: () => [], active: () => null, onSelect: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: commentHighlightsKey,
        props: {
          decorations(state) {
            const decorations: Decoration[] = [];
            for (const range of options.ranges()) {
              const at = resolveRange(state, range);
              if (!at) continue;
              const active = options.active() === range.id;
              decorations.push(
                Decoration.inline(at.from, at.to, {
                  class: active ? 'comment-range comment-range--active' : 'comment-range',
                  'data-comment-thread': range.id,
                }),
              );
            }
            return DecorationSet.create(state.doc, decorations);
          },
          handleClick(view, pos) {
            for (const range of options.ranges()) {
              const at = resolveRange(view.state, range);
              if (at && pos >= at.from && pos <= at.to) {
                options.onSelect(range.id);
                return false;
              }
            }
            return false;
          },
        },
      }),
    ];
  },
});
