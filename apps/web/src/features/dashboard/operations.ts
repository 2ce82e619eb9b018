import { graphql } from '../../gql';

export const DashboardCohortOptionsDocument = graphql(`
  query DashboardCohortOptions {
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

export const CohortDashboardDocument = graphql(`
  query CohortDashboard($id: ID!, $withinDays: Int!) {
    cohort(id: $id) {
      id
      code
      name
      dashboard(withinDays: $withinDays) {
        documentsAwaitingReview
        expiringItems {
          enrollment {
            id
            student {
              id
              fullName
            }
          }
          item {
            id
            name
          }
          state
          validThrough
          daysLeft
        }
        retakeEligible {
          enrollment {
            id
            student {
              id
              fullName
            }
          }
          exam {
            id
            code
          }
          attempts
          nextAllowedOn
        }
        overdueEvaluations {
          kind
          placementId
          dueOn
          placement {
            id
            site {
              id
              name
            }
            preceptor {
              id
              user {
                id
                displayName
              }
            }
            enrollment {
              id
              student {
                id
                fullName
              }
            }
          }
        }
      }
    }
  }
`);

export const PendingComplianceRecordsDocument = graphql(`
  query PendingComplianceRecords($first: Int!, $after: String, $filter: ComplianceRecordFilter) {
    complianceRecords(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ComplianceRecordFields
          item {
            id
            name
          }
          enrollment {
            id
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

/** Every cohort of the caller with its dashboard counts: the "All my cohorts" overview, in one request. */
export const CohortsOverviewDocument = graphql(`
  query CohortsOverview($withinDays: Int!) {
    cohorts(first: 50) {
      totalCount
      edges {
        node {
          id
          code
          name
          dashboard(withinDays: $withinDays) {
            documentsAwaitingReview
            expiringItems {
              state
            }
            retakeEligible {
              attempts
            }
          }
        }
      }
    }
  }
`);
