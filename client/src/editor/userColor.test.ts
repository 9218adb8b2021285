import { describe, expect, it } from 'vitest';
import { userColor } from './userColor';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('userColor', () => {
  it('gives a user the same colour every time and spreads users over the palette', () => {
    expect(userColor('VXNlcjox')).toBe(userColor('VXNlcjox'));
    const colours = new Set(Array.from({ length: 50 }, (_, i) => userColor(`VXNlcjo${i}`)));
    expect(colours.size).toBeGreaterThan(4);
  });

  it('only picks colours that white label text reads on (4.5:1)', () => {
    for (let i = 0; i < 200; i++) {
      const colour = userColor(`user-${i}`);
      expect((1.05 / (luminance(colour) + 0.05)).toFixed(2), colour).toSatisfy(
        (r: string) => Number(r) >= 4.5,
      );
    }
  });
});
