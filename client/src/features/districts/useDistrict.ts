import { type InjectionKey, type Ref, inject } from 'vue';
import type { DistrictShellQuery } from '@/app/graphql/generated/graphql';

export type DistrictShell = NonNullable<DistrictShellQuery['district']>;

export const districtKey: InjectionKey<Readonly<Ref<DistrictShell>>> = Symbol('district');

/**
 * The district whose pages are showing, as loaded by the district layout.
 * @throws Error when called outside a page rendered under DistrictLayout.
 */
export function useDistrict(): Readonly<Ref<DistrictShell>> {
  const district = inject(districtKey, null);
  if (!district) {
    throw new Error('useDistrict() found no district: render this page as a child route of DistrictLayout.');
  }
  return district;
}
