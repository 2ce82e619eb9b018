import { graphql } from '../../gql';

/** Entries to review, oldest first, with whose they are. */
export const ReviewQueueDocument = graphql(`
  query ReviewQueue($first: Int!, $after: String, $filter: HourEntryFilter) {
    hourEntries(first: $first, after: $after, filter: $filter, direction: ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...HourEntryRow
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
        }
      }
    }
  }
`);

export const ReviewHourEntryDocument = graphql(`
  mutation ReviewHourEntry($input: ReviewHourEntryInput!) {
    reviewHourEntry(input: $input) {
      ...HourEntryRow
    }
  }
`);

export const ApproveHourEntriesDocument = graphql(`
  mutation ApproveHourEntries($input: ApproveHourEntriesInput!) {
    approveHourEntries(input: $input) {
      approved {
        ...HourEntryRow
      }
      refused {
        entryId
        reason
        message
      }
    }
  }
`);

export const ReopenHourEntryDocument = graphql(`
  mutation ReopenHourEntry($input: ReopenHourEntryInput!) {
    reopenHourEntry(input: $input) {
      ...HourEntryRow
    }
  }
`);

export const CohortOptionsDocument = graphql(`
  query CohortOptions {
    cohorts(first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export const SiteOptionsDocument = graphql(`
  query SiteOptions {
    sites(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
