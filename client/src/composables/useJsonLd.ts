import { type WatchSource, onScopeDispose, watch } from 'vue';

/**
 * Keeps exactly one `<script type="application/ld+json">` in the document head for the
 * component's lifetime, holding the newest value of `source`; removes it on unmount or on `null`.
 */
export function useJsonLd(source: WatchSource<object | null>): void {
  let script: HTMLScriptElement | null = null;

  function remove(): void {
    script?.remove();
    script = null;
  }

  watch(
    source,
    (value) => {
      if (!value) return remove();
      if (!script) {
        script = document.createElement('script');
        script.type = 'application/ld+json';
        document.head.appendChild(script);
      }
      // "<" is escaped so that text such as "</script>" inside a description cannot end the element.
      script.textContent = JSON.stringify(value).replace(/</g, '\\u003c');
    },
    { immediate: true },
  );
  onScopeDispose(remove);
}
