import { formatDate } from '@/lib/format';

/** The day of a timestamp the API answers (ISO 8601), as the app shows dates. */
export function dayOf(timestamp: string): string {
  return formatDate(timestamp.slice(0, 10));
}
