import { describe, expect, it } from 'vitest';
import { normalizeEmail, passwordProblem } from './identity.js';

describe('normalizeEmail', () => {
  it('accepts what browsers accept as an e-mail address, trimmed and lower-cased', () => {
    expect(normalizeEmail('  Ana.Lopez+plans@Maple-Ridge.k12.oh.us ')).toBe(
      'ana.lopez+plans@maple-ridge.k12.oh.us',
    );
    expect(normalizeEmail("o'brien@example.org")).toBe("o'brien@example.org");
    expect(normalizeEmail('admin@maple-ridge.demo')).toBe('admin@maple-ridge.demo');
  });

  it('refuses markup, spaces, control characters and malformed domains', () => {
    for (const bad of [
      '<script>@example.test',
      'a b@example.org',
      'a\u0000@example.org',
      'name@-example.org',
      'name@example..org',
      'name@localhost',
      'two@@example.org',
      'ñandú@example.org',
      '"quoted"@example.org',
    ])
      expect(normalizeEmail(bad), bad).toBeNull();
  });

  it('keeps to the SMTP limits: 64 characters before the @, 254 in all', () => {
    expect(normalizeEmail(`${'a'.repeat(64)}@example.org`)).not.toBeNull();
    expect(normalizeEmail(`${'a'.repeat(65)}@example.org`)).toBeNull();
    const label = 'b'.repeat(60);
    expect(normalizeEmail(`a@${[label, label, label].join('.')}.org`)).not.toBeNull();
    expect(normalizeEmail(`a@${[label, label, label, label, label].join('.')}.org`)).toBeNull();
  });
});

describe('passwordProblem', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple', { email: 'ana@example.org' })).toBeNull();
  });

  it('refuses NUL, other control characters and broken characters, saying what to do', () => {
    for (const bad of [
      'correct horse\u0000battery',
      'correct horse\nbattery',
      'correct horse \uD800 battery',
    ])
      expect(passwordProblem(bad)).toMatch(/^Use only characters you can type/);
  });

  it('refuses a password containing the local part of the e-mail address, in any case', () => {
    expect(passwordProblem('my name is AnaLopez, ok', { email: 'analopez@example.org' })).toMatch(
      /^Leave your e-mail address out of your password/,
    );
    expect(passwordProblem('joe likes long passwords', { email: 'jo@example.org' })).toBeNull();
  });
});
