import { nextTick, shallowRef, useTemplateRef } from 'vue';

/**
 * A form panel open for one target at a time (`'new'`, or the row being changed). Opening it moves
 * focus to the panel's heading, the element with `ref="formHeading"`, so keyboard and screen-reader
 * users land on the form they asked for.
 */
export function useFormPanel<T>() {
  const editing = shallowRef<T | null>(null);
  const heading = useTemplateRef<HTMLElement>('formHeading');
  async function open(target: T): Promise<void> {
    editing.value = target;
    await nextTick();
    heading.value?.focus();
  }
  function close(): void {
    editing.value = null;
  }
  return { editing, open, close };
}
