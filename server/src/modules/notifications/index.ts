import type { NodeLoaders } from '../../graphql/node.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';

export { Notification } from './notification.entity.js';
export { NotificationPreference } from './notification-preference.entity.js';
export { MailJob } from './mail-job.entity.js';
export { NotificationSigningKey } from './signing-key.entity.js';
export { NotificationKind, registerNotificationEnums } from './notification.enums.js';
export { notify, type NotificationEvent } from './notify.js';
export { type Audience } from './recipients.js';
export { startNotificationRunner, type DailyScan, type NotificationRunner } from './notification-runner.js';
export { createUnsubscribeRoutes } from './unsubscribe.routes.js';

export const notificationResolvers = [NotificationResolver] as const;

export const notificationNodeLoaders: NodeLoaders = {
  // Only the person told reads a notification; for everyone else it does not exist.
  Notification: async (ctx, id) => {
    if (ctx.viewer.userId === null) return null;
    return ctx.em.findOne(Notification, { id, user: ctx.viewer.userId });
  },
};
