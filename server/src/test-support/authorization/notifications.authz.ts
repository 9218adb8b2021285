import { toGlobalId } from '../../graphql/global-id.js';
import { Notification, NotificationKind } from '../../modules/notifications/index.js';
import { ACTORS, type AuthzCase, type AuthzWorld } from '../authz.js';

/** Notifications are a person's own: every signed-in person has theirs; the public and tokens none. */
const PEOPLE = ACTORS.filter((a) => a !== 'anonymous' && !a.endsWith('Read') && !a.endsWith('ReadWrite'));

/** A notification of the world's partner admin, to ask about as everyone else. */
async function partnerAdminsNotification(w: AuthzWorld): Promise<string> {
  const em = w.em();
  const notification = em.create(Notification, {
    user: w.viewers.partnerAdmin.userId!,
    kind: NotificationKind.LIST_PUBLISHED,
    title: 'A list was published',
    body: 'Version 1.',
    path: '/workspace',
    dedupeKey: `authz:${Math.random()}`,
  });
  await em.persist(notification).flush();
  return toGlobalId('Notification', notification.id);
}

export const authzCases: AuthzCase[] = [
  {
    name: 'Query.notifications',
    allowed: PEOPLE,
    prepare: async () => ({ query: `query { notifications(first: 5) { totalCount nodes { title } } }` }),
  },
  {
    name: 'Query.unreadNotificationCount',
    allowed: PEOPLE,
    prepare: async () => ({ query: `query { unreadNotificationCount }` }),
  },
  {
    name: 'Query.notificationPreferences',
    allowed: PEOPLE,
    prepare: async () => ({ query: `query { notificationPreferences { kind email } }` }),
  },
  {
    name: 'Notification.title',
    allowed: ['partnerAdmin'],
    prepare: async (w) => ({
      query: `query ($id: ID!) { node(id: $id) { ... on Notification { title readAt } } }`,
      variables: { id: await partnerAdminsNotification(w) },
    }),
  },
  {
    name: 'markNotificationsRead',
    allowed: PEOPLE,
    prepare: async () => ({
      query: `mutation { markNotificationsRead(input: {}) { marked userErrors { code message } } }`,
    }),
  },
  {
    name: 'updateNotificationPreferences',
    allowed: PEOPLE,
    prepare: async () => ({
      query: `mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { userErrors { code message } } }`,
      variables: { input: { preferences: [{ kind: 'LIST_PUBLISHED', email: 'DAILY_DIGEST' }] } },
    }),
  },
];
