import { computed, ref, watch } from 'vue';
import { WorkspaceFundingDocument } from '@/app/graphql/generated/graphql';
import { useQuery } from '@/composables/useQuery';
import { useWorkspaceOrganization } from '@/composables/useWorkspaceOrganization';

/**
 * The district's funding for one fiscal year: sources, rules and reports. The year starts as the
 * newest with a source; `null` shows every year.
 */
export function useFunding() {
  const org = useWorkspaceOrganization();
  /** Undefined until the first answer names the years. */
  const fiscalYear = ref<number | null | undefined>(undefined);
  const { data, error, loading, refetch } = useQuery(WorkspaceFundingDocument, () => ({
    slug: org.value.slug,
    fiscalYear: fiscalYear.value ?? null,
  }));
  const district = computed(() => data.value?.district ?? null);
  const plan = computed(() => district.value?.plan ?? null);
  const programs = computed(() => data.value?.fundingPrograms ?? []);
  watch(plan, (p) => {
    if (p && fiscalYear.value === undefined) fiscalYear.value = p.fiscalYears[0] ?? null;
  });
  // The report of the year on screen; while the newest year is still being chosen, nothing.
  const ready = computed(() => fiscalYear.value !== undefined && !!plan.value);
  return { org, fiscalYear, district, plan, programs, ready, error, loading, refetch };
}
