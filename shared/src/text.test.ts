import { describe, expect, it } from 'vitest';
import { isStorableText, textProblem } from './text.js';

describe('textProblem', () => {
  it('accepts ordinary text in any script, emoji (paired surrogates) included', () => {
    for (const text of ['Hospital job shadowing', 'Ñandú – 東京 – עברית', 'Robotics 🤖 club', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', ''])
      expect(textProblem(text)).toBeNull();
  });

  it('refuses NUL and other control characters, naming them and where they are', () => {
    expect(textProblem('ab\u0000c')).toBe(
      'Remove the invisible control character U+0000 (character 3): it cannot be stored.',
    );
    expect(textProblem('\u0007')).toMatch(/U\+0007/);
    expect(textProblem('x\u007F')).toMatch(/U\+007F/);
    expect(textProblem('x\u0085', { multiline: true })).toMatch(/U\+0085/);
    expect(textProblem('\u001B[31m', { multiline: true })).toMatch(/U\+001B/);
  });

  it('allows tab, line feed and carriage return only in multi-line text', () => {
    expect(textProblem('one\r\ntwo\tthree', { multiline: true })).toBeNull();
    expect(textProblem('one\ntwo')).toBe('Remove the line break (character 4): this field is one line.');
    expect(textProblem('one\ttwo')).toBe('Remove the tab (character 4): this field is one line.');
  });

  it('refuses unpaired surrogates, high or low, and counts characters, not code units', () => {
    expect(textProblem('a\uD800b')).toMatch(/broken character \(character 2\).*U\+D800/);
    expect(textProblem('\uDC00')).toMatch(/U\+DC00/);
    expect(textProblem('x\uD83D')).toMatch(/character 2/);
    expect(textProblem('🤖🤖\uDFFF')).toMatch(/character 3/);
  });

  it('refuses non-characters in the basic plane and at the end of every other plane', () => {
    expect(textProblem('\uFFFE')).toMatch(/non-character U\+FFFE/);
    expect(textProblem('\uFFFF')).toMatch(/U\+FFFF/);
    expect(textProblem('\uFDD0')).toMatch(/U\+FDD0/);
    expect(textProblem(String.fromCodePoint(0x1fffe))).toMatch(/U\+1FFFE/);
    expect(textProblem(String.fromCodePoint(0x10ffff))).toMatch(/U\+10FFFF/);
    expect(textProblem('\uFDCF\uFDF0\uFFFD')).toBeNull();
    expect(isStorableText('\uFFFD')).toBe(true);
  });
});
