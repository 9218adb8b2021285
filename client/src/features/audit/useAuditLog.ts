import { type WatchSource, ref, shallowRef, watch } from 'vue';
import { request } from '@/app/graphql/client';
import { type AuditEntryFieldsFragment, AuditLogDocument } from '@/app/graphql/generated/graphql';

export interface AuditLogFilter {
  organizationId: string;
  /** An action or a prefix ending in "." (`partnership.`); null for all. */
  action: string | null;
  /** The user whose changes to show; null for everyone. */
  actorId: string | null;
  /** ISO timestamps: changes at or after `since` and before `until`; null leaves that side open. */
  since: string | null;
  until: string | null;
}

const PAGE_SIZE = 25;

/** An organization's audit log for a filter, newest first; `loadMore()` appends the next page. */
export function useAuditLog(filter: WatchSource<AuditLogFilter>) {
  const entries = shallowRef<AuditEntryFieldsFragment[]>([]);
  const totalCount = ref<number | null>(null);
  const error = shallowRef<Error | null>(null);
  const loading = ref(false);
  let cursor: string | null = null;
  const hasMore = ref(false);
  let current: AuditLogFilter | null = null;
  let generation = 0;

  async function load(reset: boolean): Promise<void> {
    if (!current) return;
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    try {
      const { auditLog } = await request(AuditLogDocument, {
        ...current,
        first: PAGE_SIZE,
        after: reset ? null : cursor,
      });
      if (mine !== generation) return;
      entries.value = reset ? auditLog.nodes : [...entries.value, ...auditLog.nodes];
      totalCount.value = auditLog.totalCount;
      cursor = auditLog.pageInfo.endCursor ?? null;
      hasMore.value = auditLog.pageInfo.hasNextPage;
    } catch (caught) {
      if (mine === generation) error.value = caught instanceof Error ? caught : new Error(String(caught));
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  watch(
    filter,
    (value) => {
      current = value;
      void load(true);
    },
    { immediate: true, deep: true },
  );

  return {
    entries,
    totalCount,
    error,
    loading,
    hasMore,
    loadMore: () => load(false),
    reload: () => load(true),
  };
}
