/** The bell's accessible name: the count in words, so a screen reader hears what the badge shows. */
export function bellLabel(unread: number | null): string {
  if (!unread) return 'Notifications, none unread';
  return `Notifications, ${unread} unread`;
}

/** What the badge shows: the count, capped so it stays a small circle. */
export function bellBadge(unread: number | null): string {
  if (!unread) return '';
  return unread > 99 ? '99+' : String(unread);
}
