import { graphql } from '../../gql';

export const EnrollmentOutcomesDocument = graphql(`
  query EnrollmentOutcomes($id: ID!) {
    enrollment(id: $id) {
      id
      employmentRecords {
        id
        employer
        jobTitle
        relation
        startDate
        verificationSource
        verifiedOn
      }
      outcomeMarkers {
        id
        kind
        unavailabilityReason
        documentedOn
        note
      }
    }
  }
`);

export const AddEmploymentRecordDocument = graphql(`
  mutation AddEmploymentRecord($input: AddEmploymentRecordInput!) {
    addEmploymentRecord(input: $input) {
      id
    }
  }
`);

export const AddOutcomeMarkerDocument = graphql(`
  mutation AddOutcomeMarker($input: AddOutcomeMarkerInput!) {
    addOutcomeMarker(input: $input) {
      id
    }
  }
`);
