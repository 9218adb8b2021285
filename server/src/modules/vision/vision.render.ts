import { safeLinkHref } from '@partnerhub/shared';
import * as Y from 'yjs';

/** A vision rendered for reading: sanitized HTML, plain text, and the text split into blocks. */
export interface RenderedVision {
  html: string;
  text: string;
  /** One entry per paragraph-like block (paragraph, heading, list item line, table row, …), in order. */
  blocks: string[];
}

type Child = Y.XmlElement | Y.XmlText;

/** Container nodes and the element each becomes; their children are rendered in turn. */
const CONTAINERS: Record<string, string> = {
  blockquote: 'blockquote',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
};

/** Marks, outermost first; `link` is handled on its own. */
const MARKS: [name: string, tag: string][] = [
  ['bold', 'strong'],
  ['italic', 'em'],
  ['strike', 's'],
  ['code', 'code'],
];

// Deeper content than this is dropped, so hostile nesting cannot exhaust the stack.
const MAX_DEPTH = 48;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function childrenOf(node: Y.XmlElement | Y.XmlFragment): Child[] {
  return node.toArray().filter((c): c is Child => c instanceof Y.XmlElement || c instanceof Y.XmlText);
}

/** An integer attribute within bounds (Yjs keeps numbers; older writers may have stored strings). */
function intAttr(el: Y.XmlElement, name: string, min: number, max: number): number | null {
  const raw: unknown = el.getAttribute(name);
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

// y-prosemirror names marks that may overlap `<mark>--<hash>`.
const markName = (attribute: string) => attribute.replace(/--[a-zA-Z0-9+/=]{8}$/, '');

function renderText(text: Y.XmlText): string {
  let html = '';
  for (const op of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof op.insert !== 'string') continue;
    const marks = new Map<string, unknown>();
    for (const [key, value] of Object.entries(op.attributes ?? {})) marks.set(markName(key), value);
    let piece = escapeHtml(op.insert);
    for (const [name, tag] of [...MARKS].reverse()) if (marks.has(name)) piece = `<${tag}>${piece}</${tag}>`;
    const href = safeLinkHref((marks.get('link') as { href?: unknown } | null | undefined)?.href);
    if (href) piece = `<a href="${escapeHtml(href)}" rel="noopener nofollow">${piece}</a>`;
    html += piece;
  }
  return html;
}

function renderChildren(node: Y.XmlElement | Y.XmlFragment, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  return childrenOf(node)
    .map((child) => (child instanceof Y.XmlText ? renderText(child) : renderElement(child, depth + 1)))
    .join('');
}

function renderElement(el: Y.XmlElement, depth: number): string {
  const inner = () => renderChildren(el, depth);
  switch (el.nodeName) {
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = intAttr(el, 'level', 1, 4);
      return level ? `<h${level}>${inner()}</h${level}>` : `<p>${inner()}</p>`;
    }
    case 'codeBlock':
      return `<pre><code>${inner()}</code></pre>`;
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return `<table><tbody>${inner()}</tbody></table>`;
    case 'orderedList': {
      const start = intAttr(el, 'start', 0, 1_000_000);
      return start !== null && start !== 1 ? `<ol start="${start}">${inner()}</ol>` : `<ol>${inner()}</ol>`;
    }
    case 'tableHeader':
    case 'tableCell': {
      const tag = CONTAINERS[el.nodeName]!;
      const colspan = intAttr(el, 'colspan', 2, 1000);
      const rowspan = intAttr(el, 'rowspan', 2, 1000);
      const attrs = `${colspan ? ` colspan="${colspan}"` : ''}${rowspan ? ` rowspan="${rowspan}"` : ''}`;
      return `<${tag}${attrs}>${inner()}</${tag}>`;
    }
    default: {
      const tag = CONTAINERS[el.nodeName];
      // Anything not on the allow-list is dropped with its content.
      return tag ? `<${tag}>${inner()}</${tag}>` : '';
    }
  }
}

/** The text of a textblock's inline content; hard breaks become newlines. */
function inlineText(el: Y.XmlElement): string {
  return childrenOf(el)
    .map((child) => {
      if (child instanceof Y.XmlText)
        return (child.toDelta() as { insert: unknown }[])
          .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
          .join('');
      return child.nodeName === 'hardBreak' ? '\n' : '';
    })
    .join('');
}

function listBlocks(list: Y.XmlElement, depth: number): string[] {
  const ordered = list.nodeName === 'orderedList';
  let n = ordered ? (intAttr(list, 'start', 0, 1_000_000) ?? 1) : 0;
  const blocks: string[] = [];
  for (const item of childrenOf(list)) {
    if (!(item instanceof Y.XmlElement) || item.nodeName !== 'listItem') continue;
    const marker = ordered ? `${n++}. ` : '• ';
    textBlocks(item, depth).forEach((block, i) =>
      blocks.push(i === 0 ? marker + block : ' '.repeat(marker.length) + block),
    );
  }
  return blocks;
}

function blocksOf(el: Y.XmlElement, depth: number): string[] {
  switch (el.nodeName) {
    case 'paragraph':
    case 'heading':
    case 'codeBlock':
      return [inlineText(el)];
    case 'horizontalRule':
      return ['---'];
    case 'blockquote':
      return textBlocks(el, depth).map((b) => `> ${b}`);
    case 'bulletList':
    case 'orderedList':
      return listBlocks(el, depth);
    case 'table':
      return childrenOf(el)
        .filter((row): row is Y.XmlElement => row instanceof Y.XmlElement && row.nodeName === 'tableRow')
        .map((row) =>
          childrenOf(row)
            .filter(
              (cell): cell is Y.XmlElement =>
                cell instanceof Y.XmlElement &&
                (cell.nodeName === 'tableCell' || cell.nodeName === 'tableHeader'),
            )
            .map((cell) => textBlocks(cell, depth).join(' '))
            .join(' | '),
        );
    default:
      return [];
  }
}

function textBlocks(node: Y.XmlElement | Y.XmlFragment, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  return childrenOf(node)
    .flatMap((child) => (child instanceof Y.XmlElement ? blocksOf(child, depth + 1) : []))
    .map((block) => block.trim())
    .filter(Boolean);
}

/**
 * Renders vision content without a DOM. Only allow-listed nodes (paragraph, heading 1-4, lists,
 * blockquote, table parts, hard break, horizontal rule, code block) and marks (bold, italic, strike,
 * code, link to http(s) or mailto with rel="noopener nofollow") reach the HTML; every text and
 * attribute is escaped; unknown nodes are dropped with their content, unknown marks leave plain text.
 */
export function renderVision(fragment: Y.XmlFragment): RenderedVision {
  const blocks = textBlocks(fragment, 0);
  return { html: renderChildren(fragment, 0), text: blocks.join('\n\n'), blocks };
}
