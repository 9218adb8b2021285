import { describe, expect, it } from 'vitest';
import { bellBadge, bellLabel } from './bellLabel';

describe('the notification bell', () => {
  it('says the unread count in its name, and none before the count is known', () => {
    expect(bellLabel(3)).toBe('Notifications, 3 unread');
    expect(bellLabel(0)).toBe('Notifications, none unread');
    expect(bellLabel(null)).toBe('Notifications, none unread');
    // The name keeps the whole count even where the badge is capped.
    expect(bellLabel(250)).toBe('Notifications, 250 unread');
  });

  it('shows no badge without unread notifications and caps it at 99+', () => {
    expect(bellBadge(0)).toBe('');
    expect(bellBadge(7)).toBe('7');
    expect(bellBadge(99)).toBe('99');
    expect(bellBadge(100)).toBe('99+');
  });
});
