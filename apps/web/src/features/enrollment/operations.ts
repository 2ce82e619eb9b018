// The enrollment record: one student's time in a cohort — its status, the status log and its corrections,
// the graduation gaps, and the card that shows them. The student list and profile stay in features/students.
import { graphql } from '../../gql';

export const EnrollmentDetailFragment = graphql(`
  fragment EnrollmentDetail on Enrollment {
    id
    enrolledOn
    status
    statusSince
    cohort {
      id
      code
      name
      externshipStartDate
      externshipEndDate
      program {
        id
        name
      }
    }
    statusHistory {
      id
      status
      effectiveOn
      reasonCode
      note
      recordedAt
      recordedBy {
        id
        displayName
      }
      overrideReason
      unmetRequirements
      voidedAt
      voidReason
      voidedBy {
        id
        displayName
      }
    }
  }
`);

export const RecordStatusChangeDocument = graphql(`
  mutation RecordStatusChange($input: RecordStatusChangeInput!) {
    recordStatusChange(input: $input) {
      ...EnrollmentDetail
    }
  }
`);

export const GraduationGapsDocument = graphql(`
  query GraduationGaps($id: ID!) {
    enrollment(id: $id) {
      id
      graduationGaps
    }
  }
`);

export const CorrectStatusEventDocument = graphql(`
  mutation CorrectStatusEvent($input: CorrectStatusEventInput!) {
    correctStatusEvent(input: $input) {
      ...EnrollmentDetail
    }
  }
`);
