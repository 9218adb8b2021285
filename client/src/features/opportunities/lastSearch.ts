import type { LocationQuery } from 'vue-router';

// The newest search per district, so "All opportunities" on a detail page returns to the same results.
const lastQueries = new Map<string, LocationQuery>();

export function rememberSearch(districtSlug: string, query: LocationQuery): void {
  lastQueries.set(districtSlug, { ...query });
}

export function lastSearch(districtSlug: string): LocationQuery {
  return lastQueries.get(districtSlug) ?? {};
}
