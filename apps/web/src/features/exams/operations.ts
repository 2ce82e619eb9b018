import { graphql } from '../../gql';
import { CohortDashboardDocument } from '../dashboard/operations';

export const ExamOptionsDocument = graphql(`
  query ExamOptions {
    exams {
      id
      code
      name
      body
      active
      passScore
      minScore
      maxScore
      maxAttempts
    }
  }
`);

export const EnrollmentExamsDocument = graphql(`
  query EnrollmentExams($id: ID!) {
    enrollment(id: $id) {
      id
      examStandings {
        exam {
          id
          code
          name
          maxAttempts
        }
        attempts
        passed
        firstAttemptResult
        nextAllowedOn
        nextAttemptNumber
        exhausted
        scheduled
      }
      examAttempts {
        id
        attemptNumber
        takenOn
        result
        scaledScore
        exam {
          id
          code
          name
        }
      }
    }
  }
`);

export const StudentCredentialsDocument = graphql(`
  query StudentCredentials($id: ID!) {
    student(id: $id) {
      id
      credentials {
        id
        kind
        number
        state
        issuedOn
        expiresOn
      }
    }
  }
`);

export const RecordExamAttemptDocument = graphql(`
  mutation RecordExamAttempt($input: RecordExamAttemptInput!) {
    recordExamAttempt(input: $input) {
      id
      attemptNumber
      takenOn
      result
      scaledScore
    }
  }
`);

export const RecordExamResultDocument = graphql(`
  mutation RecordExamResult($input: RecordExamResultInput!) {
    recordExamResult(input: $input) {
      id
      result
      scaledScore
    }
  }
`);

export const AddCredentialDocument = graphql(`
  mutation AddCredential($input: AddCredentialInput!) {
    addCredential(input: $input) {
      id
      kind
      number
      state
      issuedOn
      expiresOn
    }
  }
`);

export const EXAM_QUERIES = [EnrollmentExamsDocument, StudentCredentialsDocument, CohortDashboardDocument];
