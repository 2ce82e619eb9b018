import { graphql } from '../../gql';

export const PlacementRowFragment = graphql(`
  fragment PlacementRow on Placement {
    id
    startDate
    endDate
    plannedHours
    enrollment {
      id
      cohort {
        id
        code
      }
      student {
        id
        fullName
      }
    }
    site {
      id
      name
      setting
    }
    preceptor {
      id
      licenseExpiresOn
      user {
        id
        displayName
      }
    }
    preceptorLicenseLapses
    complianceGaps
  }
`);

export const PlacementsDocument = graphql(`
  query Placements($first: Int!, $after: String, $filter: PlacementFilter) {
    placements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PlacementRow
        }
      }
    }
  }
`);

export const CreatePlacementDocument = graphql(`
  mutation CreatePlacement($input: CreatePlacementInput!) {
    createPlacement(input: $input) {
      ...PlacementRow
    }
  }
`);

/** The chosen site's preceptors and limits, for the new-placement form. */
export const PlacementSiteDocument = graphql(`
  query PlacementSite($id: ID!) {
    site(id: $id) {
      id
      capacity
      agreementStartDate
      agreementEndDate
      preceptors {
        id
        licenseExpiresOn
        user {
          id
          displayName
        }
      }
    }
  }
`);
