// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent, nextTick, ref } from 'vue';
import { useJsonLd } from './useJsonLd';

const scripts = () => document.head.querySelectorAll('script[type="application/ld+json"]');

describe('useJsonLd', () => {
  it('keeps exactly one script while mounted, follows the data and removes it on unmount', async () => {
    const data = ref<object | null>({ '@type': 'EducationEvent', name: 'A' });
    const wrapper = mount(defineComponent({ setup: () => useJsonLd(() => data.value), template: '<p />' }));

    expect(scripts()).toHaveLength(1);
    expect(JSON.parse(scripts()[0]!.textContent!)).toEqual({ '@type': 'EducationEvent', name: 'A' });

    data.value = { '@type': 'JobPosting', title: 'B' };
    await nextTick();
    expect(scripts()).toHaveLength(1);
    expect(JSON.parse(scripts()[0]!.textContent!).title).toBe('B');

    wrapper.unmount();
    expect(scripts()).toHaveLength(0);
  });

  it('cannot be closed early by text inside the data', () => {
    const wrapper = mount(
      defineComponent({ setup: () => useJsonLd(() => ({ description: '</script><b>x</b>' })), template: '<p />' }),
    );
    const text = scripts()[0]!.textContent!;
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).description).toBe('</script><b>x</b>');
    wrapper.unmount();
  });
});
