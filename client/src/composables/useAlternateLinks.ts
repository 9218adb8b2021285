import { type WatchSource, onScopeDispose, watch } from 'vue';

export interface AlternateLink {
  href: string;
  type: string;
  title: string;
}

/**
 * Keeps `<link rel="alternate">` elements in the document head for the component's lifetime, so feed
 * readers and calendar apps find the page's feeds; replaced when `source` changes, removed on unmount.
 */
export function useAlternateLinks(source: WatchSource<readonly AlternateLink[]>): void {
  let elements: HTMLLinkElement[] = [];

  function remove(): void {
    for (const element of elements) element.remove();
    elements = [];
  }

  watch(
    source,
    (links) => {
      remove();
      elements = links.map((link) => {
        const element = document.createElement('link');
        element.rel = 'alternate';
        element.type = link.type;
        element.title = link.title;
        element.href = link.href;
        document.head.appendChild(element);
        return element;
      });
    },
    { immediate: true },
  );
  onScopeDispose(remove);
}
