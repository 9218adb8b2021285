import {
  COMPENSATION_LABEL,
  type Compensation,
  LOCATION_MODE_LABEL,
  type LocationMode,
} from '@partnerhub/shared';
import { formatDate } from '@/lib/format';

/** "K" for kindergarten (grade 0), otherwise the number. */
function gradeName(grade: number): string {
  return grade === 0 ? 'K' : String(grade);
}

/** "Grade 9" for one grade; "Kindergarten" for grade 0. */
export function formatGrade(grade: number): string {
  return grade === 0 ? 'Kindergarten' : `Grade ${grade}`;
}

/** "Grades 9–12", "Grade 8", "Grades K–5", "Kindergarten". */
export function formatGrades(min: number, max: number): string {
  if (min === max) return formatGrade(min);
  return `Grades ${gradeName(min)}–${gradeName(max)}`;
}

/** "Apply by Dec 14, 2026"; "Closed Dec 3, 2026" once past; "No deadline" when there is none. */
export function formatDeadline(deadline: string | null | undefined, isClosed = false): string {
  if (!deadline) return 'No application deadline';
  return isClosed ? `Closed ${formatDate(deadline)}` : `Apply by ${formatDate(deadline)}`;
}

/** "Paid", "Stipend: $500 per semester", "Unpaid". */
export function formatPay(compensation: Compensation, details?: string | null): string {
  const label = COMPENSATION_LABEL[compensation];
  const extra = details?.trim();
  return extra && compensation !== 'UNPAID' ? `${label}: ${extra}` : label;
}

/** "Earns 1 credit", "Earns 2 credits in Cooperative Education", or null when no credit. */
export function formatCredit(
  earnsCredit: boolean,
  amount?: number | null,
  subject?: string | null,
): string | null {
  if (!earnsCredit) return null;
  const how = amount != null && amount > 0 ? `${amount} ${amount > 1 ? 'credits' : 'credit'}` : 'credit';
  return subject?.trim() ? `Earns ${how} in ${subject.trim()}` : `Earns ${how}`;
}

interface PlaceLike {
  street?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}

/** "On site · Maple Ridge, OH", "Remote", "Hybrid · Maple Ridge, OH". */
export function formatLocation(mode: LocationMode, address?: PlaceLike | null): string {
  const label = LOCATION_MODE_LABEL[mode];
  const place = [address?.city, address?.state].filter(Boolean).join(', ');
  return mode !== 'REMOTE' && place ? `${label} · ${place}` : label;
}

/** "102 Courthouse Sq, Maple Ridge, OH 43215", or null when nothing is known. */
export function formatAddress(address?: PlaceLike | null): string | null {
  if (!address) return null;
  const region = [address.state, address.postalCode].filter(Boolean).join(' ');
  const parts = [address.street, address.city, region].filter((p) => p && p.trim());
  return parts.length ? parts.join(', ') : null;
}

/** "15 hours a week", "1 hour a week", "2.5 hours a week". */
export function formatHours(hoursPerWeek: number | null | undefined): string | null {
  if (hoursPerWeek == null) return null;
  return `${hoursPerWeek} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week`;
}
