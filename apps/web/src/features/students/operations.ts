import { graphql } from '../../gql';

export const StudentsDocument = graphql(`
  query Students($first: Int!, $after: String, $filter: StudentFilter) {
    students(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          fullName
          email
          studentNumber
          enrollments {
            id
            status
            cohort {
              id
              code
            }
          }
        }
      }
    }
  }
`);

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

export const StudentDetailDocument = graphql(`
  query StudentDetail($id: ID!) {
    student(id: $id) {
      id
      firstName
      lastName
      fullName
      email
      studentNumber
      phone
      enrollments {
        ...EnrollmentDetail
      }
    }
  }
`);

export const UpdateStudentDocument = graphql(`
  mutation UpdateStudent($input: UpdateStudentInput!) {
    updateStudent(input: $input) {
      id
      firstName
      lastName
      fullName
      email
      phone
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
