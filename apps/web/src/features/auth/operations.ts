import { graphql } from '../../gql';

export const CurrentUserFragment = graphql(`
  fragment CurrentUser on User {
    id
    email
    displayName
    role
    permissions
    studentId
    timeZone
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...CurrentUser
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
