import { computed } from 'vue';
import { WorkspacePlanDocument } from '@/app/graphql/generated/graphql';
import { useQuery } from '@/composables/useQuery';
import { useWorkspaceOrganization } from '@/composables/useWorkspaceOrganization';

/** The district's plan with its goals and objectives, and the partners an objective may name. */
export function usePlan() {
  const org = useWorkspaceOrganization();
  const { data, error, loading, refetch } = useQuery(WorkspacePlanDocument, () => ({ slug: org.value.slug }));
  const district = computed(() => data.value?.district ?? null);
  const plan = computed(() => district.value?.plan ?? null);
  const partners = computed(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const p of district.value?.partnerships.nodes ?? []) byId.set(p.partner.id, p.partner);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  });
  return { org, district, plan, partners, error, loading, refetch };
}
