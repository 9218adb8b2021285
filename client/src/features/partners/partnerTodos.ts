import { VETTING_KIND_LABELS, type VettingKind } from '@partnerhub/shared';
import { formatDate } from '@/lib/format';

/** How long ahead a partner is told of an expiring requirement, as the e-mail notices do. */
const SOON_DAYS = 30;

export interface PartnershipStanding {
  district: { name: string; slug: string };
  agreementRenewalOn?: string | null;
  vetting: readonly { kind: VettingKind; expiresOn?: string | null }[];
  publishingHoldBack?: { reason: string; remedy: string } | null;
}

export interface PartnerTodo {
  districtSlug: string;
  /** `urgent`: listings are held back or something has lapsed; `soon`: it lapses within 30 days. */
  tone: 'urgent' | 'soon';
  text: string;
}

const daysFrom = (today: string, date: string) =>
  Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);

/** What a partner needs to do for its partnerships, most urgent first. `today` is YYYY-MM-DD. */
export function partnerTodos(partnerships: readonly PartnershipStanding[], today: string): PartnerTodo[] {
  const todos: PartnerTodo[] = [];
  for (const p of partnerships) {
    const at = { districtSlug: p.district.slug };
    if (p.publishingHoldBack)
      todos.push({
        ...at,
        tone: 'urgent',
        text: `${p.district.name} holds back your listings: ${p.publishingHoldBack.reason} ${p.publishingHoldBack.remedy}`,
      });
    for (const v of p.vetting) {
      if (!v.expiresOn) continue;
      const days = daysFrom(today, v.expiresOn);
      // An expired record already shows as the hold-back above.
      if (days >= 0 && days <= SOON_DAYS)
        todos.push({
          ...at,
          tone: 'soon',
          text: `${VETTING_KIND_LABELS[v.kind]} for ${p.district.name} expires on ${formatDate(v.expiresOn)}: renew it before then so your listings stay published.`,
        });
    }
    if (p.agreementRenewalOn) {
      const days = daysFrom(today, p.agreementRenewalOn);
      if (days <= SOON_DAYS)
        todos.push({
          ...at,
          tone: days < 0 ? 'urgent' : 'soon',
          text: `The agreement with ${p.district.name} ${days < 0 ? 'was' : 'is'} up for renewal on ${formatDate(p.agreementRenewalOn)}.`,
        });
    }
  }
  return todos.sort((a, b) => (a.tone === b.tone ? 0 : a.tone === 'urgent' ? -1 : 1));
}
