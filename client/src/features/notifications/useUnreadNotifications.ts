import { ref } from 'vue';
import { request } from '@/app/graphql/client';
import { UnreadNotificationCountDocument } from '@/app/graphql/generated/graphql';

/** One count for the whole app: the bell shows it, the notifications page corrects it. */
const unread = ref<number | null>(null);
let inFlight: Promise<void> | null = null;

/**
 * The signed-in person's unread notification count; `refresh()` asks the server again (a failed
 * read keeps the last count: the bell is a hint, the page is the record).
 */
export function useUnreadNotifications() {
  function refresh(): Promise<void> {
    inFlight ??= request(UnreadNotificationCountDocument, {})
      .then((r) => {
        unread.value = r.unreadNotificationCount;
      })
      .catch(() => undefined)
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }
  return {
    unread,
    refresh,
    set: (count: number) => {
      unread.value = count;
    },
  };
}
