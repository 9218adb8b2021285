// @vitest-environment happy-dom
import { DISTRICT_CONDITION_LABEL, DistrictCondition } from '@partnerhub/shared';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { fieldError, useForm } from '@/composables/useForm';
import ConditionsFieldset from './ConditionsFieldset.vue';

function mountWith(conditions: DistrictCondition[]) {
  const form = useForm('objective', { conditions: 'District conditions it serves' });
  const wrapper = mount(ConditionsFieldset, {
    props: {
      form,
      modelValue: conditions,
      'onUpdate:modelValue': (value: DistrictCondition[]) => wrapper.setProps({ modelValue: value }),
    },
  });
  return { form, wrapper };
}

describe('ConditionsFieldset', () => {
  it('offers every district condition under the form’s label, checked as the model says', () => {
    const { wrapper } = mountWith([DistrictCondition.CURRICULUM]);
    expect(wrapper.find('legend').text()).toBe('District conditions it serves');
    const boxes = wrapper.findAll('input[type="checkbox"]');
    expect(boxes).toHaveLength(Object.values(DistrictCondition).length);
    expect(wrapper.text()).toContain(DISTRICT_CONDITION_LABEL[DistrictCondition.CURRICULUM]);
    expect(boxes.filter((box) => (box.element as HTMLInputElement).checked)).toHaveLength(1);
  });

  it('adds and removes conditions through v-model', async () => {
    const { wrapper } = mountWith([]);
    const boxes = wrapper.findAll('input[type="checkbox"]');
    await boxes[1]!.setValue(true);
    await boxes[0]!.setValue(true);
    await boxes[1]!.setValue(false);
    const values = Object.values(DistrictCondition);
    expect(wrapper.props('modelValue')).toEqual([values[0]]);
  });

  it('shows its error and ties it to the fieldset', async () => {
    const { form, wrapper } = mountWith([]);
    form.fail([fieldError('conditions', 'Choose at least one condition.')]);
    await nextTick();
    const fieldset = wrapper.find('fieldset');
    expect(fieldset.attributes('id')).toBe('objective-conditions');
    expect(fieldset.attributes('aria-describedby')).toBe('objective-conditions-error');
    expect(wrapper.find('#objective-conditions-error').text()).toContain('Choose at least one condition.');
  });
});
