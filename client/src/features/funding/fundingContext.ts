import { type InjectionKey, inject, provide } from 'vue';
import type { useFunding } from './useFunding';

/** What the funding pages share: one query for the year on screen, and the notice line above them. */
export type FundingContext = ReturnType<typeof useFunding> & {
  /** Shows a success message above the page and reloads the figures. */
  changed(message: string): Promise<void>;
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
