import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { MeDocument } from '../features/auth/operations';
import { hasErrorCode } from '../lib/graphql-errors';

/** Operations whose UNAUTHENTICATED answer is expected and handled where they are used. */
const AUTH_OPERATIONS = new Set(['Login', 'Me', 'Logout']);

export function createCache(): InMemoryCache {
  return new InMemoryCache();
}

/**
 * The signed-in user is the `me` query in the cache. When any other operation is refused as
 * UNAUTHENTICATED (session expired or revoked), mark the user signed out; the auth guard then sends
 * them to /login and back to where they were after signing in.
 */
export function signedOutLink(cache: InMemoryCache): ApolloLink {
  return new ErrorLink(({ error, operation }) => {
    if (AUTH_OPERATIONS.has(operation.operationName ?? '')) return;
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: MeDocument, data: { me: null } });
    }
  });
}

export function createApolloClient(): ApolloClient {
  const cache = createCache();
  // Same origin as the API in production; Vite proxies /graphql in development.
  const http = new HttpLink({ uri: '/graphql', credentials: 'include' });
  return new ApolloClient({
    cache,
    link: ApolloLink.from([signedOutLink(cache), http]),
  });
}
