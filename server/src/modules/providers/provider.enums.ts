import { ProviderRating } from '@partnerhub/shared';
import { registerEnumType } from 'type-graphql';

let registered = false;

/** Declares the provider vocabularies as GraphQL enums (once per process). */
export function registerProviderEnums(): void {
  if (registered) return;
  registered = true;
  registerEnumType(ProviderRating, {
    name: 'ProviderRating',
    description: 'How a district judges a provider against one provider criterion.',
  });
}
