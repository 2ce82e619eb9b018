import { graphql } from '../../gql';
import { CohortDashboardDocument, PendingComplianceRecordsDocument } from '../dashboard/operations';

export const ComplianceRecordFieldsFragment = graphql(`
  fragment ComplianceRecordFields on ComplianceRecord {
    id
    status
    completedOn
    expiresOn
    reviewReason
    documentUrl
    createdAt
  }
`);

export const EnrollmentComplianceDocument = graphql(`
  query EnrollmentCompliance($id: ID!) {
    enrollment(id: $id) {
      id
      complianceCleared
      compliance {
        item {
          id
          code
          name
          validity
        }
        state
        validThrough
        daysLeft
        coversUntil
        records {
          ...ComplianceRecordFields
        }
      }
      reminders {
        id
        kind
        dueOn
        expiresOn
        item {
          id
          name
        }
      }
    }
  }
`);

export const EnrollmentClearedDocument = graphql(`
  query EnrollmentCleared($id: ID!) {
    enrollment(id: $id) {
      id
      complianceCleared
    }
  }
`);

export const SubmitComplianceRecordDocument = graphql(`
  mutation SubmitComplianceRecord($input: SubmitComplianceRecordInput!) {
    submitComplianceRecord(input: $input) {
      ...ComplianceRecordFields
    }
  }
`);

export const ReviewComplianceRecordDocument = graphql(`
  mutation ReviewComplianceRecord($input: ReviewComplianceRecordInput!) {
    reviewComplianceRecord(input: $input) {
      ...ComplianceRecordFields
    }
  }
`);

/** Queries that show compliance states; refetched after any submission or review. */
export const COMPLIANCE_QUERIES = [EnrollmentComplianceDocument, EnrollmentClearedDocument, PendingComplianceRecordsDocument, CohortDashboardDocument];
