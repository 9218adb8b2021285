import { type Ref, type WatchSource, onScopeDispose, ref, shallowRef, watch } from 'vue';

export interface AsyncDataState<TResult> {
  /** The latest result; kept while a new one loads so lists do not flash empty. */
  data: Ref<TResult | null>;
  error: Ref<Error | null>;
  loading: Ref<boolean>;
  /** Loads again with the current input. */
  refetch: () => Promise<void>;
}

/**
 * Loads data for an input now and whenever the input changes (compared by value); a newer
 * load aborts an older one, so the state always belongs to the newest input. A `null`
 * input pauses loading.
 */
export function useAsyncData<TInput, TResult>(
  input: WatchSource<TInput | null>,
  load: (input: TInput, signal: AbortSignal) => Promise<TResult>,
): AsyncDataState<TResult> {
  const data = shallowRef<TResult | null>(null);
  const error = shallowRef<Error | null>(null);
  const loading = ref(false);
  let controller: AbortController | null = null;
  let current: TInput | null = null;
  let currentKey: string | undefined;

  async function run(value: TInput | null): Promise<void> {
    controller?.abort();
    current = value;
    if (value === null) {
      loading.value = false;
      return;
    }
    const mine = new AbortController();
    controller = mine;
    loading.value = true;
    error.value = null;
    try {
      const result = await load(value, mine.signal);
      if (mine.signal.aborted) return;
      data.value = result;
    } catch (caught) {
      if (mine.signal.aborted) return;
      error.value = caught instanceof Error ? caught : new Error(String(caught));
    } finally {
      if (controller === mine) loading.value = false;
    }
  }

  watch(
    input,
    (value) => {
      const key = JSON.stringify(value);
      if (key === currentKey) return;
      currentKey = key;
      void run(value);
    },
    { immediate: true, deep: true },
  );
  onScopeDispose(() => controller?.abort());

  return { data, error, loading, refetch: () => run(current) };
}
