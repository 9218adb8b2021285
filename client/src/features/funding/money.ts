const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Largest amount one value may hold: $1 trillion, in cents. */
export const MAX_CENTS = 100_000_000_000_000;

/** "$12,345.67" for 1234567 cents; exact for every safe integer. */
export function formatCents(cents: number): string {
  // Dividing a safe integer by 100 rounds to the nearest double, which Intl prints to two decimals
  // exactly for amounts up to MAX_CENTS; beyond that, build the string from integer parts.
  if (Math.abs(cents) <= MAX_CENTS) return currency.format(cents / 100);
  const negative = cents < 0;
  const abs = BigInt(Math.abs(cents));
  const dollars = (abs / 100n).toLocaleString('en-US');
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}$${dollars}.${rest}`;
}

const MONEY = /^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,2}))?$/;

/**
 * Reads what a person typed ("12,345.67", "$500", "0.5") as whole cents, with integer arithmetic
 * only. Returns null for anything that is not a non-negative amount with at most two decimals.
 */
export function parseCents(input: string): number | null {
  const text = input.trim();
  const match = MONEY.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const dollars = (match[1] ?? '0').replace(/,/g, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  const cents = BigInt(dollars) * 100n + BigInt(fraction || '0');
  if (cents > BigInt(MAX_CENTS)) return null;
  return Number(cents);
}

/** "12345.67" for 1234567 cents: the value an amount field starts with when editing. */
export function centsToInput(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** "12.5%" of a whole, for chart and table labels; "0%" when the whole is zero. */
export function percentOf(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  const tenths = Math.round((part * 1000) / whole);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}
