import { readonly, ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { messagesOf, type UserErrorLike } from '@/lib/userErrors';
import { requestFailureMessage } from './useForm';

/** What `ConfirmDialog` exposes to the code that opens it. */
export interface ConfirmDialogControls {
  open(): unknown;
  close(): void;
}

type DialogRef = Readonly<Ref<ConfirmDialogControls | null>>;

export interface ConfirmedMutation<T> {
  /** What the dialog asks about (the row to remove); it stays after closing, so the closing dialog keeps its text. */
  target: Readonly<ShallowRef<T | null>>;
  /** True while the mutation runs; the dialog disables its buttons meanwhile. */
  busy: Readonly<Ref<boolean>>;
  /** The userErrors' messages or the request failure of the last attempt, for a notice beside the list. */
  failure: Readonly<Ref<string | null>>;
  /** Opens the dialog about `target`; `dialog` picks another than the default (a list with two kinds of action). */
  ask(target: T, dialog?: DialogRef): void;
  /**
   * Runs the mutation about the asked target, then `done` when it has no userErrors; whatever happens,
   * the dialog closes afterwards. Returns whether it succeeded.
   */
  confirm<P extends { userErrors: readonly Pick<UserErrorLike, 'message'>[] }>(
    mutate: (target: T) => Promise<P>,
    done: (target: T, payload: P) => unknown,
  ): Promise<boolean>;
}

/**
 * A destructive or weighty action behind a confirm dialog: ask about one thing, run its mutation once
 * confirmed, show what went wrong beside the list rather than in the dialog, which closes either way.
 */
export function useConfirmedMutation<T = void>(dialog: DialogRef): ConfirmedMutation<T> {
  const target = shallowRef<T | null>(null);
  const busy = ref(false);
  const failure = ref<string | null>(null);
  let asked: { target: T; dialog: DialogRef } | null = null;

  function ask(subject: T, which: DialogRef = dialog): void {
    asked = { target: subject, dialog: which };
    target.value = subject;
    failure.value = null;
    void which.value?.open();
  }

  async function confirm<P extends { userErrors: readonly Pick<UserErrorLike, 'message'>[] }>(
    mutate: (target: T) => Promise<P>,
    done: (target: T, payload: P) => unknown,
  ): Promise<boolean> {
    if (!asked) return false;
    const { target: subject, dialog: open } = asked;
    busy.value = true;
    failure.value = null;
    try {
      const payload = await mutate(subject);
      if (payload.userErrors.length) {
        failure.value = messagesOf(payload.userErrors);
        return false;
      }
      await done(subject, payload);
      return true;
    } catch (error) {
      failure.value = requestFailureMessage(error);
      return false;
    } finally {
      busy.value = false;
      open.value?.close();
    }
  }

  return { target, busy: readonly(busy), failure: readonly(failure), ask, confirm };
}
