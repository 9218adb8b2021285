/** Money is whole cents (integers) everywhere; these helpers only format and take shares exactly. */

const groups = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "$1,234.56" for 123456 cents; "-$0.05" for -5. */
export function formatUsd(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = BigInt(Math.abs(cents));
  return `${sign}$${groups((abs / 100n).toString())}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "1234.56" for 123456 cents: a plain decimal for spreadsheets. */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = BigInt(Math.abs(cents));
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "1%", "15%", "0.5%" for 100, 1500 and 50 basis points. */
export function formatBasisPoints(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = String(Math.abs(basisPoints % 100))
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${rest ? `.${rest}` : ''}%`;
}

/** `basisPoints` of `cents`, rounded up or down to a whole cent, computed without floating point. */
export function shareOf(cents: number, basisPoints: number, rounding: 'up' | 'down'): number {
  const product = BigInt(cents) * BigInt(basisPoints);
  const quotient = product / 10_000n;
  const exact = quotient * 10_000n === product;
  return Number(rounding === 'up' && !exact ? quotient + 1n : quotient);
}
