import { type Ref, onBeforeUnmount, ref, watch } from 'vue';

/**
 * Open/closed state of a disclosure (a button that shows a panel). Escape closes it and returns focus
 * to the button; a click or focus outside `root` closes it.
 */
export function useDisclosure(
  root: Readonly<Ref<HTMLElement | null>>,
  button: Readonly<Ref<HTMLElement | null>>,
) {
  const open = ref(false);

  function close({ focusButton = false } = {}): void {
    if (!open.value) return;
    open.value = false;
    if (focusButton) button.value?.focus();
  }
  function onKeydown(event: Event): void {
    if (event instanceof KeyboardEvent && event.key === 'Escape' && open.value) {
      event.stopPropagation();
      close({ focusButton: true });
    }
  }
  function onPointerOrFocus(event: Event): void {
    if (root.value && event.target instanceof Node && !root.value.contains(event.target)) close();
  }

  watch(open, (isOpen) => {
    const action = isOpen ? 'addEventListener' : 'removeEventListener';
    document[action]('pointerdown', onPointerOrFocus);
    document[action]('focusin', onPointerOrFocus);
    document[action]('keydown', onKeydown);
  });
  onBeforeUnmount(() => {
    document.removeEventListener('pointerdown', onPointerOrFocus);
    document.removeEventListener('focusin', onPointerOrFocus);
    document.removeEventListener('keydown', onKeydown);
  });

  return { open, toggle: () => (open.value = !open.value), close };
}
