import { type WatchSource, watch } from 'vue';

export const SITE_NAME = 'PartnerHub';

/** "Opportunities · Maple Ridge City School District · PartnerHub": most specific part first. */
export function composeTitle(parts: readonly (string | null | undefined)[]): string {
  return [...parts.filter((p): p is string => Boolean(p && p.trim())), SITE_NAME].join(' · ');
}

/** Sets `document.title` from the given parts whenever they change. */
export function useDocumentTitle(parts: WatchSource<readonly (string | null | undefined)[]>): void {
  watch(
    parts,
    (value) => {
      document.title = composeTitle(value);
    },
    { immediate: true },
  );
}
