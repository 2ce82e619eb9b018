import { graphql } from '../../gql';

export const AuthConfigDocument = graphql(`
  query AuthConfig {
    authConfig {
      passwordLoginEnabled
      ssoEnabled
      ssoLabel
    }
  }
`);
