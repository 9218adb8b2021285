// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import CreateAccountForm from './CreateAccountForm.vue';

async function submitWith(password: string) {
  const wrapper = mount(CreateAccountForm, { props: { token: 't', email: 'marguerite@example.org' } });
  await wrapper.find('input[autocomplete="name"]').setValue('Marguerite');
  await wrapper.find('input[type="password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
  await nextTick();
  return wrapper;
}

describe('CreateAccountForm', () => {
  it('says to leave the e-mail address out of the password before sending anything', async () => {
    const wrapper = await submitWith('I am Marguerite, hello');
    expect(wrapper.text()).toContain('Leave your e-mail address out of your password');
    expect(wrapper.emitted('accepted')).toBeUndefined();
  });

  it('refuses a password with an invisible control character, saying what to do', async () => {
    const wrapper = await submitWith('correct horse\u0000battery');
    expect(wrapper.text()).toContain('Use only characters you can type');
  });
});
