import type { Slice } from '@tiptap/pm/model';

/**
 * The largest paste or drop the editor takes, measured as `pastedBytes` estimates it. Every edit
 * travels to the server as one frame, and the server closes a connection whose frame passes its
 * limit (1 MiB by default, `COLLAB_MAX_MESSAGE_BYTES`); half of that leaves room for the encoding
 * and for other edits made offline that go in the same frame.
 */
const MAX_PASTE_BYTES = 512 * 1024;

// What Yjs adds per element and per formatting run, roughly (ids, parent, attribute names).
const NODE_BYTES = 24;
const MARK_BYTES = 48;

/** Roughly the bytes `slice` adds to the document's update: its text in UTF-8 plus its structure. */
export function pastedBytes(slice: Slice): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  slice.content.descendants((node) => {
    bytes += node.isText ? encoder.encode(node.text ?? '').byteLength : NODE_BYTES;
    bytes += node.marks.length * MARK_BYTES;
    return true;
  });
  return bytes;
}

/** `bytes` in words for people: "1.2 MB", "512 KB". */
function formatBytes(bytes: number): string {
  if (bytes >= 1000 * 1000) return `${(bytes / (1000 * 1000)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** The message for a paste or drop of `bytes` that is refused, or null when it fits. */
export function pasteRefusal(bytes: number): string | null {
  if (bytes <= MAX_PASTE_BYTES) return null;
  return (
    `That is too much to paste at once (${formatBytes(bytes)}; at most ${formatBytes(MAX_PASTE_BYTES)}), ` +
    'so nothing was pasted. Paste it in smaller parts.'
  );
}
