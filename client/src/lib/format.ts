const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

const dateFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthDayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Reads a YYYY-MM-DD calendar date (or the date part of an ISO timestamp) as UTC midnight. */
function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "Dec 14, 2026" for "2026-12-14"; calendar dates never shift with the reader's time zone. */
export function formatDate(value: string): string {
  const date = parseIsoDate(value);
  return date ? dateFormat.format(date) : value;
}

/** "Jun 1 – Aug 10, 2027", or with both years when they differ; one side alone when the other is missing. */
export function formatDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
): string | null {
  if (start && end) {
    const from = parseIsoDate(start);
    const to = parseIsoDate(end);
    if (!from || !to) return `${start} – ${end}`;
    if (start === end) return dateFormat.format(from);
    const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
    return `${sameYear ? monthDayFormat.format(from) : dateFormat.format(from)} – ${dateFormat.format(to)}`;
  }
  if (start) return `Starts ${formatDate(start)}`;
  if (end) return `Ends ${formatDate(end)}`;
  return null;
}

/** "1 opportunity", "12 opportunities"; `plural` defaults to the singular plus "s". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : plural}`;
}

/** Splits plain text into paragraphs at blank lines, dropping empty ones. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The host name of a URL for link text ("www.example.org"), or the input when it is not a URL. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
    return parsed.host + path;
  } catch {
    return url;
  }
}

const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Dec 1, 2026, 6:45 PM" in the reader's time zone, for moments such as "last used". */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}
