import { onScopeDispose } from 'vue';

export interface DebouncedFn<TArgs extends unknown[]> {
  (...args: TArgs): void;
  /** Runs a pending call now. */
  flush: () => void;
  /** Drops a pending call. */
  cancel: () => void;
  pending: () => boolean;
}

/** Calls `fn` once `wait` ms have passed without another call; pending calls are dropped on unmount. */
export function useDebouncedFn<TArgs extends unknown[]>(
  fn: (...args: TArgs) => void,
  wait: number,
): DebouncedFn<TArgs> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: TArgs | null = null;

  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    lastArgs = null;
  };
  const flush = () => {
    const args = lastArgs;
    cancel();
    if (args) fn(...args);
  };
  const debounced = ((...args: TArgs) => {
    lastArgs = args;
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, wait);
  }) as DebouncedFn<TArgs>;
  debounced.flush = flush;
  debounced.cancel = cancel;
  debounced.pending = () => timer !== null;

  onScopeDispose(cancel);
  return debounced;
}
