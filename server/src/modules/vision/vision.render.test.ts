import { visionContent } from '@partnerhub/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderVision } from './vision.render.js';

type Node = { type: string; attrs?: Record<string, unknown>; content?: Node[] } | Text;
type Text = { text: string; marks?: Record<string, unknown> };

const el = (type: string, content: Node[] = [], attrs: Record<string, unknown> = {}): Node => ({
  type,
  attrs,
  content,
});
const p = (...content: Node[]) => el('paragraph', content);
const t = (text: string, marks?: Record<string, unknown>): Text => ({ text, marks });

function toY(node: Node): Y.XmlElement | Y.XmlText {
  if ('text' in node) {
    const text = new Y.XmlText();
    text.insert(0, node.text, node.marks ?? {});
    return text;
  }
  const element = new Y.XmlElement(node.type);
  for (const [key, value] of Object.entries(node.attrs ?? {})) element.setAttribute(key, value as string);
  element.insert(0, (node.content ?? []).map(toY));
  return element;
}

/** Renders content written the way y-prosemirror writes it into the 'default' fragment. */
function render(...blocks: Node[]) {
  const doc = new Y.Doc();
  visionContent(doc).insert(0, blocks.map(toY));
  return renderVision(visionContent(doc));
}

describe('renderVision', () => {
  it('renders every allow-listed node and mark', () => {
    const { html, text } = render(
      el('heading', [t('Our vision')], { level: 2 }),
      p(t('Every '), t('learner', { bold: {} }), t(' has '), t('a mentor', { italic: {}, strike: {} })),
      p(t('Run '), t('npm test', { code: {} }), t('.'), el('hardBreak'), t('Next line')),
      el('bulletList', [el('listItem', [p(t('One'))]), el('listItem', [p(t('Two'))])]),
      el('orderedList', [el('listItem', [p(t('Three'))])], { start: 3 }),
      el('blockquote', [p(t('Quoted'))]),
      el('horizontalRule'),
      el('codeBlock', [t('let a = 1;')], { language: 'js' }),
      el('table', [
        el('tableRow', [el('tableHeader', [p(t('Goal'))]), el('tableHeader', [p(t('Year'))])]),
        el('tableRow', [el('tableCell', [p(t('Mentors'))], { colspan: 2 })]),
      ]),
      p(t('Read '), t('the plan', { link: { href: 'https://example.org/plan', target: '_blank' } })),
      p(t('Write to '), t('us', { link: { href: 'mailto:board@example.org' } })),
    );
    expect(html).toBe(
      [
        '<h2>Our vision</h2>',
        '<p>Every <strong>learner</strong> has <em><s>a mentor</s></em></p>',
        '<p>Run <code>npm test</code>.<br>Next line</p>',
        '<ul><li><p>One</p></li><li><p>Two</p></li></ul>',
        '<ol start="3"><li><p>Three</p></li></ol>',
        '<blockquote><p>Quoted</p></blockquote>',
        '<hr>',
        '<pre><code>let a = 1;</code></pre>',
        '<table><tbody><tr><th><p>Goal</p></th><th><p>Year</p></th></tr><tr><td colspan="2"><p>Mentors</p></td></tr></tbody></table>',
        '<p>Read <a href="https://example.org/plan" rel="noopener nofollow">the plan</a></p>',
        '<p>Write to <a href="mailto:board@example.org" rel="noopener nofollow">us</a></p>',
      ].join(''),
    );
    expect(text.split('\n\n')).toEqual([
      'Our vision',
      'Every learner has a mentor',
      'Run npm test.\nNext line',
      '• One',
      '• Two',
      '3. Three',
      '> Quoted',
      '---',
      'let a = 1;',
      'Goal | Year',
      'Mentors',
      'Read the plan',
      'Write to us',
    ]);
  });

  it('escapes markup in text, so a script typed into the editor stays text', () => {
    const { html, text } = render(p(t('<script>alert("x")</script> & <img src=x onerror=alert(1)>')));
    expect(html).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    );
    expect(text).toBe('<script>alert("x")</script> & <img src=x onerror=alert(1)>');
  });

  it('keeps the text of links to anything but http(s) and mailto, without the link', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative/path',
      '//evil.example/x',
      42,
    ])
      expect(render(p(t('click', { link: { href } }))).html, String(href)).toBe('<p>click</p>');
    expect(render(p(t('q', { link: { href: 'https://example.org/?a="><script>' } }))).html).toBe(
      '<p><a href="https://example.org/?a=%22%3E%3Cscript%3E" rel="noopener nofollow">q</a></p>',
    );
  });

  it('drops unknown nodes with their content and ignores unknown marks and attributes', () => {
    const { html, text } = render(
      el('script', [t('alert(1)')]),
      el('iframe', [], { src: 'https://evil.example' }),
      p(t('kept', { underline: {}, onclick: 'alert(1)', bold: {} })),
      el('paragraph', [t('plain')], { style: 'color:red', onclick: 'alert(1)' }),
      el('bulletList', [el('listItem', [p(t('ok'))]), el('div', [p(t('inside an unknown node'))])]),
    );
    expect(html).toBe('<p><strong>kept</strong></p><p>plain</p><ul><li><p>ok</p></li></ul>');
    expect(text).toBe('kept\n\nplain\n\n• ok');
  });

  it('renders headings outside levels 1-4 as paragraphs and escapes attribute values it keeps', () => {
    expect(render(el('heading', [t('Six')], { level: 6 })).html).toBe('<p>Six</p>');
    expect(render(el('heading', [t('Bad')], { level: '2" onclick="x' })).html).toBe('<p>Bad</p>');
    expect(render(el('heading', [t('One')], { level: 1 })).html).toBe('<h1>One</h1>');
    expect(render(el('orderedList', [el('listItem', [p(t('x'))])], { start: '5"><script>' })).html).toBe(
      '<ol><li><p>x</p></li></ol>',
    );
  });

  it('survives content nested deeper than any editor makes it', () => {
    const doc = new Y.Doc();
    let parent: Y.XmlFragment | Y.XmlElement = visionContent(doc);
    for (let i = 0; i < 500; i++) {
      const quote: Y.XmlElement = new Y.XmlElement('blockquote');
      parent.insert(0, [quote]);
      parent = quote;
    }
    parent.insert(0, [toY(p(t('deep')))]);
    const { html, text } = renderVision(visionContent(doc));
    expect(html.startsWith('<blockquote><blockquote>')).toBe(true);
    expect(html).not.toContain('deep');
    expect(text).toBe('');
  });

  it('reads overlapping mark names the way y-prosemirror writes them', () => {
    expect(render(p(t('x', { 'bold--AbCdEf12': {} }))).html).toBe('<p><strong>x</strong></p>');
  });
});
