import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { VISION_FRAGMENT, safeLinkHref, visionContent } from './vision.js';

describe('vision document shape', () => {
  it('keeps the content in the fragment the Tiptap Collaboration extension uses by default', () => {
    const doc = new Y.Doc();
    expect(VISION_FRAGMENT).toBe('default');
    expect(visionContent(doc)).toBe(doc.getXmlFragment('default'));
  });

  it('allows absolute http, https and mailto links only', () => {
    expect(safeLinkHref(' https://example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeLinkHref('http://example.org')).toBe('http://example.org/');
    expect(safeLinkHref('mailto:board@example.org')).toBe('mailto:board@example.org');
    for (const bad of [
      'javascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,x',
      '/x',
      '//x.org',
      '',
      null,
    ])
      expect(safeLinkHref(bad), String(bad)).toBeNull();
  });
});
