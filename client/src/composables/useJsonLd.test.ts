// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { type PropType, defineComponent, nextTick } from 'vue';
import { useJsonLd } from './useJsonLd';

const scripts = () => document.head.querySelectorAll('script[type="application/ld+json"]');

const WithJsonLd = defineComponent({
  props: { data: { type: Object as PropType<object | null>, default: null } },
  setup(props) {
    useJsonLd(() => props.data);
  },
  template: '<p />',
});

describe('useJsonLd', () => {
  it('keeps exactly one script while mounted, follows the data and removes it on unmount', async () => {
    const wrapper = mount(WithJsonLd, { props: { data: { '@type': 'EducationEvent', name: 'A' } } });
    expect(scripts()).toHaveLength(1);
    expect(JSON.parse(scripts()[0]!.textContent)).toEqual({ '@type': 'EducationEvent', name: 'A' });

    await wrapper.setProps({ data: { '@type': 'JobPosting', title: 'B' } });
    await nextTick();
    expect(scripts()).toHaveLength(1);
    expect(JSON.parse(scripts()[0]!.textContent).title).toBe('B');

    await wrapper.setProps({ data: null });
    expect(scripts()).toHaveLength(0);

    await wrapper.setProps({ data: { name: 'C' } });
    wrapper.unmount();
    expect(scripts()).toHaveLength(0);
  });

  it('cannot be closed early by text inside the data', () => {
    const wrapper = mount(WithJsonLd, { props: { data: { description: '</script><b>x</b>' } } });
    const text = scripts()[0]!.textContent;
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).description).toBe('</script><b>x</b>');
    wrapper.unmount();
  });
});
