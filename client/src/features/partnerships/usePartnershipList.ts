import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { WorkspacePartnershipsDocument } from '@/app/graphql/generated/graphql';
import { useQuery } from '@/composables/useQuery';
import { useWorkspaceOrganization } from '@/composables/useWorkspaceOrganization';
import {
  type PartnerFilters,
  filterPartnerships,
  parsePartnerFilters,
  toFilterQuery,
} from './partnershipFilters';

/**
 * A district's partnerships (the first 100) with the filters kept in the URL query. The status goes to the
 * API; search and vetting status narrow the loaded list, as the API has no filter for them.
 */
export function usePartnershipList() {
  const org = useWorkspaceOrganization();
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parsePartnerFilters(route.query));
  const result = useQuery(WorkspacePartnershipsDocument, () => ({
    slug: org.value.slug,
    statuses: filters.value.status ? [filters.value.status] : null,
  }));
  const district = computed(() => result.data.value?.district ?? null);
  const rows = computed(() => filterPartnerships(district.value?.partnerships.nodes ?? [], filters.value));

  function setFilters(next: PartnerFilters): void {
    void router.replace({ query: toFilterQuery(next) });
  }

  return { org, filters, setFilters, district, rows, ...result };
}
