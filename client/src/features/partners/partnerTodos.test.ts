import { describe, expect, it } from 'vitest';
import { type PartnershipStanding, partnerTodos } from './partnerTodos';

const base: PartnershipStanding = {
  district: { name: 'Maple Ridge', slug: 'maple-ridge' },
  agreementRenewalOn: null,
  vetting: [],
  publishingHoldBack: null,
};

describe('partnerTodos', () => {
  it('says nothing for a partnership in good standing', () => {
    expect(
      partnerTodos(
        [
          {
            ...base,
            agreementRenewalOn: '2027-06-01',
            vetting: [{ kind: 'INSURANCE', expiresOn: '2027-06-01' }],
          },
        ],
        '2026-12-03',
      ),
    ).toEqual([]);
  });

  it('puts held-back listings and lapsed agreements first, then what lapses within 30 days', () => {
    const todos = partnerTodos(
      [
        {
          ...base,
          vetting: [{ kind: 'INSURANCE', expiresOn: '2027-01-02' }],
          agreementRenewalOn: '2027-01-01',
        },
        {
          ...base,
          district: { name: 'Cedar Valley', slug: 'cedar-valley' },
          publishingHoldBack: { reason: 'The partnership is paused, not active.', remedy: 'Make it active.' },
          agreementRenewalOn: '2026-11-30',
        },
      ],
      '2026-12-03',
    );
    expect(todos.map((t) => [t.districtSlug, t.tone])).toEqual([
      ['cedar-valley', 'urgent'],
      ['cedar-valley', 'urgent'],
      ['maple-ridge', 'soon'],
      ['maple-ridge', 'soon'],
    ]);
    expect(todos[0]!.text).toBe(
      'Cedar Valley holds back your listings: The partnership is paused, not active. Make it active.',
    );
    expect(todos[2]!.text).toMatch(/^.+ for Maple Ridge expires on Jan 2, 2027: renew it before then/);
  });
});
