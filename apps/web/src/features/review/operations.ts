import { graphql } from '../../gql';

// The queue query lives with the review page's preload (the main chunk starts it).
export { ReviewQueueDocument } from './page-queries';

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
