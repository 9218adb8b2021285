import type { Doc, XmlFragment } from 'yjs';

/**
 * The Y.XmlFragment of a `vision:<districtId>` document that holds its rich text: ProseMirror nodes as
 * Y.XmlElement (node name = node type, attributes = node attributes) and Y.XmlText (marks as formatting
 * attributes), as the Tiptap Collaboration extension writes them into its default field.
 */
export const VISION_FRAGMENT = 'default';

/** The rich text of a vision document. */
export function visionContent(doc: Doc): XmlFragment {
  return doc.getXmlFragment(VISION_FRAGMENT);
}

/** Heading levels a vision uses; the page around it owns the h1. */
export const VISION_HEADING_LEVELS = [2, 3, 4] as const;

// Browsers and Node both have the WHATWG URL parser; `shared` compiles without DOM or Node types.
declare const URL: new (input: string) => { readonly protocol: string; readonly href: string };

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The address a vision link may point to (absolute http, https or mailto), normalised; null otherwise. */
export function safeLinkHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  try {
    const url = new URL(href.trim());
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
