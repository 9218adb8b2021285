import { type InjectionKey, inject, provide } from 'vue';
import type { useFunding } from './useFunding';

/** What the funding pages share: one query for the year on screen, and the notice line above them. */
export type FundingContext = ReturnType<typeof useFunding> & {
  /**
   * Shows a success message above the page and reloads the figures; with `fiscalYear`, moves to that
   * year (the query follows its variables, so it is loaded once).
   */
  changed(message: string, fiscalYear?: number): Promise<void>;
};

const KEY: InjectionKey<FundingContext> = Symbol('funding');

export function provideFunding(context: FundingContext): void {
  provide(KEY, context);
}

/** The funding state of the layout around the page; only the funding sub-pages call this. */
export function injectFunding(): FundingContext {
  const context = inject(KEY);
  if (!context) throw new Error('injectFunding() needs the funding layout around it');
  return context;
}
