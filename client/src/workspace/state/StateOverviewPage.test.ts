// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { workspaceOrganizationKey } from '@/composables/useWorkspaceOrganization';
import StateOverviewPage from './StateOverviewPage.vue';

const request = vi.hoisted(() => vi.fn());
vi.mock('@/app/graphql/client', () => ({ request, errorCode: () => null }));

const row = {
  name: 'Maple Ridge Schools',
  slug: 'maple-ridge',
  stage: 'RETURNED',
  firstSchoolYear: 2027,
  nextDeadline: { label: 'Revised plan due', date: '2028-06-30' },
  openCommentCount: 3,
  objectivesAtRisk: 2,
  objectivesOffTrack: 1,
  fundingAmountCents: 500_000_00,
  fundingAllocatedCents: 125_000_00,
  fundingUnallocatedShare: 0.75,
};

function mountPage() {
  const org = ref({
    kind: 'state',
    id: 'S1',
    slug: 'oh',
    name: 'Ohio DEW',
    role: 'STATE_ADMIN',
    base: '/workspace/s/oh',
  });
  return mount(StateOverviewPage, {
    global: {
      provide: { [workspaceOrganizationKey as symbol]: org },
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
    },
  });
}

describe('StateOverviewPage', () => {
  beforeEach(() => {
    request.mockReset();
    request.mockResolvedValue({
      stateAgency: {
        id: 'S1',
        name: 'Ohio DEW',
        state: 'OH',
        viewerCanReadOverview: true,
        districtOverview: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: 'c' }, nodes: [row] },
      },
    });
  });

  it('shows each district with its stage, deadline, comments, objectives at risk and funding', async () => {
    const wrapper = mountPage();
    await flushPromises();
    const text = wrapper.find('tbody tr').text();
    for (const part of [
      'Maple Ridge Schools',
      'Returned for revision',
      'Revised plan due',
      '3',
      '2',
      '1',
      '$500,000.00',
      '75%',
    ])
      expect(text).toContain(part);
    expect(request.mock.calls[0]![1]).toMatchObject({
      state: 'OH',
      filter: { stages: null, hasObjectivesAtRisk: null },
    });
  });

  it('asks again with the filter and downloads the same selection as CSV', async () => {
    const wrapper = mountPage();
    await flushPromises();
    await wrapper.find('#overview-stage').setValue('RETURNED');
    await wrapper.find('input[type="checkbox"]').setValue(true);
    await flushPromises();
    expect(request.mock.calls.at(-1)![1]).toMatchObject({
      filter: { stages: ['RETURNED'], hasObjectivesAtRisk: true },
    });
    expect(wrapper.find('a[download]').attributes('href')).toBe(
      '/exports/states/oh/districts.csv?stage=RETURNED&atRisk=true',
    );
  });
});
