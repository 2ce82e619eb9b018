import { graphql } from '../../gql';

export const InvitationDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      displayName
      role
      expiresAt
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: SetPasswordWithTokenInput!) {
    acceptInvitation(input: $input) {
      user {
        ...CurrentUser
      }
    }
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($input: SetPasswordWithTokenInput!) {
    resetPassword(input: $input) {
      user {
        ...CurrentUser
      }
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
