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

// `...EnrollmentDetail` is the enrollment record's fragment, in features/enrollment/operations.ts.
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
