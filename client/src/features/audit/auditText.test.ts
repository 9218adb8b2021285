import { describe, expect, it } from 'vitest';
import { actionLabel, auditValue, humanize } from './auditText';

describe('actionLabel', () => {
  it('says what happened to what', () => {
    expect(actionLabel('partnership.update')).toBe('Changed partnership');
    expect(actionLabel('partner.contact.create')).toBe('Created contact person');
    expect(actionLabel('apiToken.revoke')).toBe('Revoked API token');
    expect(actionLabel('partnership.vetting.record')).toBe('Recorded vetting record');
  });

  it('shows unknown actions readably instead of hiding them', () => {
    expect(actionLabel('objective.reorder')).toBe('Reorder: objective');
    expect(actionLabel('somethingNew')).toBe('somethingNew');
  });
});

describe('humanize', () => {
  it('turns field names into words', () => {
    expect(humanize('agreementSignedOn')).toBe('Agreement signed on');
    expect(humanize('contacts.0.email')).toBe('Contacts 1 email');
    expect(humanize('status')).toBe('Status');
  });
});

describe('auditValue', () => {
  it('writes every kind of value as text', () => {
    expect(auditValue(null)).toBe('(empty)');
    expect(auditValue('')).toBe('(empty)');
    expect(auditValue(true)).toBe('Yes');
    expect(auditValue(false)).toBe('No');
    expect(auditValue(['A', 'B'])).toBe('A, B');
    expect(auditValue([])).toBe('(empty)');
    expect(auditValue(3)).toBe('3');
    expect(auditValue({ a: 1 })).toBe('{"a":1}');
  });

  it('names enum values in words and leaves other text alone', () => {
    expect(auditValue('PAUSED')).toBe('Paused');
    expect(auditValue(['CURRICULUM', 'PARTNERSHIPS'])).toBe('Curriculum, Partnerships');
    expect(auditValue('PARTNER_MEMBER')).toBe('Partner member');
    expect(auditValue('READ_WRITE')).toBe('Read and write');
    expect(auditValue('UNKNOWN_THING')).toBe('UNKNOWN_THING');
    expect(auditValue('Mentors for every grader')).toBe('Mentors for every grader');
  });
});
