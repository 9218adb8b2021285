import { registerEnumType } from 'type-graphql';

/** What a notification is about; preferences are kept per kind. */
export const NotificationKind = {
  LISTING_PUBLISHED: 'LISTING_PUBLISHED',
  LISTING_HELD_BACK: 'LISTING_HELD_BACK',
  LIST_PUBLISHED: 'LIST_PUBLISHED',
  VETTING_EXPIRING: 'VETTING_EXPIRING',
  PARTNERSHIP_REQUESTED: 'PARTNERSHIP_REQUESTED',
  PARTNERSHIP_ANSWERED: 'PARTNERSHIP_ANSWERED',
  COMMENT_MENTION: 'COMMENT_MENTION',
  FLEXIBILITY_DECISION: 'FLEXIBILITY_DECISION',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

export const NOTIFICATION_KINDS = Object.values(NotificationKind);

/** How a person hears of one kind by e-mail; in the app they always do. */
export const NotificationDelivery = {
  IMMEDIATE: 'IMMEDIATE',
  DAILY_DIGEST: 'DAILY_DIGEST',
  OFF: 'OFF',
} as const;
export type NotificationDelivery = (typeof NotificationDelivery)[keyof typeof NotificationDelivery];

/** What each kind is called in preferences, e-mail footers and the unsubscribe page. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  LISTING_PUBLISHED: "A partner's listing was published",
  LISTING_HELD_BACK: "A partner's listing was held back",
  LIST_PUBLISHED: 'A list you contribute to was published',
  VETTING_EXPIRING: 'Vetting or an agreement expires soon',
  PARTNERSHIP_REQUESTED: 'A partnership request was made',
  PARTNERSHIP_ANSWERED: 'A partnership request was answered',
  COMMENT_MENTION: 'A comment names you',
  FLEXIBILITY_DECISION: 'A decision on a flexibility application',
};

let registered = false;

/** Declares the notification vocabularies as GraphQL enums (once per process). */
export function registerNotificationEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(NotificationKind, {
    name: 'NotificationKind',
    description: 'What a notification is about.',
  });
  registerEnumType(NotificationDelivery, {
    name: 'NotificationDelivery',
    description: 'How a person hears of one kind by e-mail (in the app they always do).',
  });
}
