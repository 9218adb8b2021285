import { type Ref, ref, watch } from 'vue';
import { useRoute } from 'vue-router';

function takeNotice(): string | null {
  const state = (window.history.state ?? {}) as Record<string, unknown>;
  const notice = typeof state.notice === 'string' ? state.notice : null;
  // Read once: a reload or a later visit to the same history entry does not repeat it.
  if (notice) window.history.replaceState({ ...state, notice: null }, '');
  return notice;
}

/**
 * A one-time message handed over by the page before through the history state
 * (`router.push({ path, state: { notice } })`), read again after every navigation.
 */
export function useFlashNotice(): Readonly<Ref<string | null>> {
  const route = useRoute();
  const notice = ref(takeNotice());
  watch(
    () => route.fullPath,
    () => {
      notice.value = takeNotice();
    },
  );
  return notice;
}
