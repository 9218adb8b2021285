import { describe, expect, it } from 'vitest';
import { InputChecks } from './input-checks.js';

describe('InputChecks', () => {
  it('refuses dates that do not exist instead of rolling them over', () => {
    const check = new InputChecks();
    expect(check.date('start', '2028-02-29')).toBe('2028-02-29');
    expect(check.date('end', '2026-02-30')).toBeNull();
    expect(check.errors).toEqual([
      { field: ['input', 'end'], message: 'Enter a date as YYYY-MM-DD.', code: 'INVALID' },
    ]);
  });

  it('collects every problem of an input at once', () => {
    const check = new InputChecks();
    check.text('name', '  ', { max: 10, required: true });
    check.url('website', 'javascript:alert(1)');
    check.email('email', 'not-an-address');
    expect(check.errors.map((e) => e.field?.join('.'))).toEqual([
      'input.name',
      'input.website',
      'input.email',
    ]);
  });

  it('refuses text that cannot be stored; only long texts may span lines unless told', () => {
    const check = new InputChecks();
    expect(check.text('title', ' Reading\u0000 ', { max: 200 })).toBe('Reading\u0000');
    check.text('name', 'Two\nlines', { max: 200 });
    expect(check.text('note', 'Two\nlines', { max: 2000 })).toBe('Two\nlines');
    expect(check.text('label', 'Two\nlines', { max: 80, multiline: true })).toBe('Two\nlines');
    expect(check.errors).toEqual([
      { field: ['input', 'title'], code: 'INVALID', message: expect.stringContaining('U+0000') as string },
      {
        field: ['input', 'name'],
        code: 'INVALID',
        message: 'Remove the line break (character 4): this field is one line.',
      },
    ]);
  });
});
