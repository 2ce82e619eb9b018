import { graphql } from '../../gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    email
    displayName
    role
    isSystemAdmin
    status
    createdAt
    activatedAt
    lastSignInAt
    disabledAt
    access {
      programs {
        id
        name
      }
      cohorts {
        id
        name
      }
      sites {
        id
        name
      }
    }
  }
`);

export const UsersDocument = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...UserRow
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($userId: ID!) {
    resendInvitation(userId: $userId) {
      ...UserRow
    }
  }
`);

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      ...UserRow
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      ...UserRow
    }
  }
`);

export const UpdateUserAccessDocument = graphql(`
  mutation UpdateUserAccess($input: UpdateUserAccessInput!) {
    updateUserAccess(input: $input) {
      ...UserRow
    }
  }
`);

/** A preceptor's license at their site, to fill the change-access form (the API asks for it again). */
export const PreceptorLicenseDocument = graphql(`
  query PreceptorLicense($siteId: ID!) {
    site(id: $siteId) {
      id
      preceptors {
        id
        licenseNumber
        licenseExpiresOn
        user {
          id
        }
      }
    }
  }
`);

export const SetSystemAdminDocument = graphql(`
  mutation SetSystemAdmin($input: SetSystemAdminInput!) {
    setSystemAdmin(input: $input) {
      ...UserRow
    }
  }
`);
