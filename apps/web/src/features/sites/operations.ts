import { graphql } from '../../gql';

export const SiteRowFragment = graphql(`
  fragment SiteRow on Site {
    id
    programId
    name
    address
    setting
    capacity
    agreementStartDate
    agreementEndDate
    agreementStatus
    agreementDaysLeft
    activePlacementCount
  }
`);

export const SitesDocument = graphql(`
  query Sites($first: Int!, $after: String, $filter: SiteFilter) {
    sites(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...SiteRow
        }
      }
    }
  }
`);

export const SiteDocument = graphql(`
  query Site($id: ID!) {
    site(id: $id) {
      ...SiteRow
      preceptors {
        id
        licenseNumber
        licenseExpiresOn
        user {
          id
          displayName
          email
        }
      }
    }
  }
`);

export const CreateSiteDocument = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      ...SiteRow
    }
  }
`);

export const PreceptorUsersDocument = graphql(`
  query PreceptorUsers {
    preceptorUsers {
      id
      displayName
      email
    }
  }
`);

export const AddPreceptorDocument = graphql(`
  mutation AddPreceptor($input: AddPreceptorInput!) {
    addPreceptor(input: $input) {
      id
      licenseNumber
      licenseExpiresOn
      user {
        id
        displayName
        email
      }
    }
  }
`);
