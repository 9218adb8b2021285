import { describe, expect, it } from 'vitest';
import { rowBuilder } from './row-builder.js';

describe('rows built from column lists', () => {
  it('gives each column its value, in order, with the same function for the same list', () => {
    const build = rowBuilder(['id', 'title', 'p__name']);
    expect(build([7, 'Welding', null])).toEqual({ id: 7, title: 'Welding', p__name: null });
    expect(Object.keys(build([1, 2, 3]))).toEqual(['id', 'title', 'p__name']);
    expect(rowBuilder(['id', 'title', 'p__name'])).toBe(build);
    expect(rowBuilder(['id', 'title'])).not.toBe(build);
  });

  it('keeps the last value of a column named twice, as pg does', () => {
    expect(rowBuilder(['id', 'id'])([1, 2])).toEqual({ id: 2 });
  });

  it('reads any column name as a name, never as code', () => {
    const names = ['a"b', "c'd", 'e`f${1}', 'g\\h', 'i\nj', '}; throw 1; ({', 'k\u2028l', ''];
    const row = rowBuilder(names)(names.map((_, i) => i));
    expect(Object.entries(row)).toEqual(names.map((name, i) => [name, i]));
  });

  it('stores a column named __proto__ as a property and leaves the prototype alone', () => {
    const row = rowBuilder(['id', '__proto__'])([1, { polluted: true }]);
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toEqual({ polluted: true });
    expect((row as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
