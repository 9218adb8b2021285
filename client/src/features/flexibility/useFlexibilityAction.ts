import { ref } from 'vue';
import { requestFailureMessage } from '@/composables/useForm';
import { messagesOf } from '@/lib/userErrors';

/** Runs one mutation of the flexibility page: busy while it runs, its userErrors or failure as text. */
export function useFlexibilityAction() {
  const busy = ref(false);
  const failure = ref<string | null>(null);
  async function run<
    T extends { userErrors: readonly { field?: readonly string[] | null; message: string }[] },
  >(mutate: () => Promise<T>): Promise<T | null> {
    busy.value = true;
    failure.value = null;
    try {
      const payload = await mutate();
      if (payload.userErrors.length) {
        failure.value = messagesOf(payload.userErrors);
        return null;
      }
      return payload;
    } catch (error) {
      failure.value = requestFailureMessage(error);
      return null;
    } finally {
      busy.value = false;
    }
  }
  return { busy, failure, run };
}
