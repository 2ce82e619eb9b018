import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { MeDocument } from '../auth/operations';

/**
 * After a link sets a password the API has set the session cookie: forget whatever an earlier
 * user of this browser could see, make the new user `me`, and go home.
 */
export function useSignedIn() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return async (user: CurrentUserFragment) => {
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: user } });
    navigate('/', { replace: true });
  };
}
