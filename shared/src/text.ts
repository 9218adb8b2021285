/** Whether a text may hold line breaks and tabs (descriptions, notes) or is one line (titles, names). */
export interface TextRules {
  multiline?: boolean;
}

// A quick test that lets ordinary text through without a character-by-character walk: C0 and C1
// controls (and DEL), surrogates (paired ones are checked again below), U+FDD0..U+FDEF, U+FFFE, U+FFFF.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/;

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why a text cannot be stored as it is, or null when it can. Refused everywhere: NUL and every other
 * control character (C0, DEL, C1), unpaired UTF-16 surrogates, and Unicode non-characters (U+FDD0 to
 * U+FDEF and the last two code points of every plane). Tab, line feed and carriage return are allowed
 * only in multi-line text. These are what databases, XML feeds and CSV files cannot carry faithfully,
 * and what no keyboard types; the message names the character and where it is, so it can be found.
 */
export function textProblem(value: string, { multiline = false }: TextRules = {}): string | null {
  if (!SUSPECT.test(value)) return null;
  let position = 0;
  for (let i = 0; i < value.length; i++) {
    position++;
    const unit = value.charCodeAt(i);
    const where = `(character ${position})`;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = value.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const codePoint = ((unit - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        if ((codePoint & 0xfffe) === 0xfffe)
          return `Remove the non-character ${hex(codePoint)} ${where}: it cannot be stored.`;
        i++;
        continue;
      }
      return `Remove the broken character ${where}: half of a UTF-16 pair (${hex(unit)}) cannot be stored.`;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff)
      return `Remove the broken character ${where}: half of a UTF-16 pair (${hex(unit)}) cannot be stored.`;
    if (unit === 0x09 || unit === 0x0a || unit === 0x0d) {
      if (multiline) continue;
      return unit === 0x09
        ? `Remove the tab ${where}: this field is one line.`
        : `Remove the line break ${where}: this field is one line.`;
    }
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f))
      return `Remove the invisible control character ${hex(unit)} ${where}: it cannot be stored.`;
    if ((unit >= 0xfdd0 && unit <= 0xfdef) || unit === 0xfffe || unit === 0xffff)
      return `Remove the non-character ${hex(unit)} ${where}: it cannot be stored.`;
  }
  return null;
}

/** True when `textProblem` finds nothing. */
export function isStorableText(value: string, rules: TextRules = {}): boolean {
  return textProblem(value, rules) === null;
}
