import { ErrorCode } from '@partnerhub/shared';
import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { idOfType } from '../../graphql/global-id.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { userError } from '../../graphql/user-errors.js';
import {
  listNotifications,
  markRead,
  personOf,
  preferencesOf,
  setPreferences,
  unreadCount,
} from './notification.service.js';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationPreferenceType,
  UpdateNotificationPreferencesInput,
  UpdateNotificationPreferencesPayload,
} from './notification.types.js';

@Resolver()
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  async notifications(@Args() args: ForwardPaginationArgs, @Ctx() ctx: Context) {
    const userId = personOf(ctx.viewer);
    const page = pageFrom(args);
    const { items, total } = await listNotifications(ctx.em, userId, page);
    return toConnection(items, total, page);
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadCount(ctx.em, personOf(ctx.viewer));
  }

  @Query(() => [NotificationPreferenceType], {
    description: 'How the viewer hears of each kind by e-mail (in the app they always do).',
  })
  notificationPreferences(@Ctx() ctx: Context) {
    return preferencesOf(ctx.em, personOf(ctx.viewer));
  }

  @Mutation(() => MarkNotificationsReadPayload, {
    description: "Marks the viewer's notifications read: the given ones, or all.",
  })
  async markNotificationsRead(@Arg('input') input: MarkNotificationsReadInput, @Ctx() ctx: Context) {
    const userId = personOf(ctx.viewer);
    let ids: number[] | null = null;
    if (input.ids) {
      if (input.ids.length > 100)
        throw new PublicError(ErrorCode.BAD_USER_INPUT, `At most 100 ids, got ${input.ids.length}.`);
      ids = [];
      for (const [i, id] of input.ids.entries()) {
        const dbId = idOfType(id, 'Notification');
        if (dbId === null)
          return {
            marked: 0,
            unreadNotificationCount: await unreadCount(ctx.em, userId),
            userErrors: [userError(`ids.${i}`, 'This is not the id of a notification.')],
          };
        ids.push(dbId);
      }
    }
    const marked = await markRead(ctx.em, userId, ids);
    return { marked, unreadNotificationCount: await unreadCount(ctx.em, userId), userErrors: [] };
  }

  @Mutation(() => UpdateNotificationPreferencesPayload, {
    description:
      'Sets how the viewer hears of the given kinds by e-mail: at once, in a daily digest, or not.',
  })
  async updateNotificationPreferences(
    @Arg('input') input: UpdateNotificationPreferencesInput,
    @Ctx() ctx: Context,
  ) {
    const userId = personOf(ctx.viewer);
    const userErrors = await setPreferences(ctx.em, userId, input.preferences);
    if (userErrors.length) return { notificationPreferences: null, userErrors };
    return { notificationPreferences: await preferencesOf(ctx.em, userId), userErrors: [] };
  }
}
