import type { WatchSource } from 'vue';
import { request } from '@/app/graphql/client';
import type { TypedDocumentString } from '@/app/graphql/generated/graphql';
import { type AsyncDataState, useAsyncData } from './useAsyncData';

/**
 * Runs a typed GraphQL query now and again whenever its variables change.
 * Return `null` from `variables` to hold the query until its inputs are known.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: WatchSource<TVariables | null>,
): AsyncDataState<TResult> {
  return useAsyncData(variables, (vars, signal) => request(document, vars, { signal }));
}
