// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { workspaceOrganizationKey } from '@/composables/useWorkspaceOrganization';
import StateCriteriaPage from './StateCriteriaPage.vue';

const request = vi.hoisted(() => vi.fn());
vi.mock('@/app/graphql/client', () => ({ request, errorCode: () => null }));

const criterion = (id: string, title: string, position: number, archived = false) => ({
  id,
  title,
  description: null,
  position,
  archived,
  version: 1,
});

function answer(canManage: boolean) {
  request.mockImplementation((document: unknown) => {
    const text = String(document);
    if (text.includes('mutation CreateProviderCriterion'))
      return Promise.resolve({ createProviderCriterion: { criterion: { id: 'C9' }, userErrors: [] } });
    if (text.includes('mutation UpdateProviderCriterion'))
      return Promise.resolve({ updateProviderCriterion: { criterion: { id: 'C2' }, userErrors: [] } });
    return Promise.resolve({
      stateAgency: {
        id: 'S1',
        name: 'Ohio DEW',
        viewerCanManageCriteria: canManage,
        criteria: [
          criterion('C1', 'Evidence of effectiveness', 0),
          criterion('C2', 'Knows the district’s conditions', 1),
          criterion('C3', 'Old rule', 2, true),
        ],
      },
    });
  });
}

function mountPage() {
  const org = ref({
    kind: 'state',
    id: 'S1',
    slug: 'oh',
    name: 'Ohio DEW',
    role: 'STATE_ADMIN',
    base: '/workspace/s/oh',
  });
  return mount(StateCriteriaPage, { global: { provide: { [workspaceOrganizationKey as symbol]: org } } });
}

describe('StateCriteriaPage', () => {
  beforeEach(() => request.mockReset());

  it('publishes a new criterion and moves one up', async () => {
    answer(true);
    const wrapper = mountPage();
    await flushPromises();
    expect(wrapper.findAll('.criterion__title').map((h) => h.text())).toEqual([
      'Evidence of effectiveness',
      'Knows the district’s conditions',
    ]);
    await wrapper.find('#criterion-title').setValue('Local presence');
    await wrapper.find('form.new').trigger('submit');
    await flushPromises();
    expect(request.mock.calls.find((c) => String(c[0]).includes('CreateProviderCriterion'))![1]).toEqual({
      input: { stateAgencyId: 'S1', title: 'Local presence', description: null },
    });
    const moveUp = wrapper.findAll('button').find((b) => b.text().startsWith('Move up'))!;
    await moveUp.trigger('click');
    await flushPromises();
    expect(request.mock.calls.find((c) => String(c[0]).includes('UpdateProviderCriterion'))![1]).toEqual({
      input: { id: 'C2', version: 1, position: 0 },
    });
    expect(wrapper.text()).toContain('Criterion moved up.');
  });

  it('shows the criteria without forms to those who may not manage them', async () => {
    answer(false);
    const wrapper = mountPage();
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.findAll('button')).toHaveLength(0);
  });
});
