import type { ApolloClient, OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { Params } from 'react-router';
import type { CurrentUserFragment } from '../gql/graphql';

/** What a page's preload gets: the client, the opened address, and the signed-in user once the session check answers. */
export interface PagePreloadContext {
  client: ApolloClient;
  params: Params;
  search: URLSearchParams;
  /** The signed-in user, or null when nobody is (or the check failed). */
  me: Promise<CurrentUserFragment | null>;
}

/**
 * Starts the queries a page runs when it first renders, with the variables it will use (see `preloadRoute`): they run
 * alongside the session check and the page's chunks instead of after both, and the page's own `useQuery` then shares
 * the request in flight or reads its answer from the cache.
 */
export type PagePreload = (context: PagePreloadContext) => void;

/** Starts one query into the cache. A failure is the page's to show: its own `useQuery` runs the query again. */
export function startQuery<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): void {
  void client.query({ query, variables } as ApolloClient.QueryOptions<TData, TVariables>).catch(() => undefined);
}
