import { type WatchSource, toValue } from 'vue';
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
  options: {
    /** Send it as a public read (a cacheable GET) under this key; see `PublicRead`. */
    publicKey?: () => string | null;
  } = {},
): AsyncDataState<TResult> {
  const { publicKey } = options;
  if (!publicKey) return useAsyncData(variables, (vars, signal) => request(document, vars, { signal }));
  return useAsyncData(
    () => {
      const vars = toValue(variables);
      return vars === null ? null : { vars, key: publicKey() };
    },
    ({ vars, key }, signal) => request(document, vars, { signal, publicRead: { key } }),
  );
}
