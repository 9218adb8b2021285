// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import InviteMemberForm from './InviteMemberForm.vue';

describe('InviteMemberForm', () => {
  it('asks for a real e-mail address before sending anything', async () => {
    const wrapper = mount(InviteMemberForm, {
      props: { organizationId: 'o', organizationName: 'Maple Ridge', kind: 'district' },
    });
    await wrapper.find('input[type="email"]').setValue('<script>@example.test');
    await wrapper.find('form').trigger('submit');
    await nextTick();
    expect(wrapper.text()).toContain('Enter an e-mail address like name@example.org.');
    expect(wrapper.emitted('invited')).toBeUndefined();
  });
});
