import { ref } from 'vue';
import { requestFailureMessage } from '@/composables/useForm';
import { type FormErrors, NO_ERRORS, type UserErrorLike, toFormErrors } from '@/lib/userErrors';

/**
 * Runs one readiness mutation: busy while it runs; its userErrors sorted by field (those of fields the
 * form does not show, and request failures, go to `general`).
 */
export function useReadinessAction(fields: readonly string[]) {
  const busy = ref(false);
  const errors = ref<FormErrors>(NO_ERRORS);
  async function run<T extends { userErrors: readonly UserErrorLike[] }>(
    mutate: () => Promise<T>,
  ): Promise<T | null> {
    busy.value = true;
    errors.value = NO_ERRORS;
    try {
      const payload = await mutate();
      if (payload.userErrors.length) {
        errors.value = toFormErrors(payload.userErrors, fields);
        return null;
      }
      return payload;
    } catch (error) {
      errors.value = { fields: {}, general: [requestFailureMessage(error)], codes: new Set() };
      return null;
    } finally {
      busy.value = false;
    }
  }
  return { busy, errors, run };
}
