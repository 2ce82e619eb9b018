import { graphql } from '../../gql';

// The queries the cohort page runs first live with its preload (the main chunk starts them).
export { CohortDocument, RosterDocument } from './page-queries';

export const CohortsDocument = graphql(`
  query Cohorts($first: Int!, $after: String, $filter: CohortFilter) {
    cohorts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          startDate
          expectedEndDate
          externshipStartDate
          externshipEndDate
          activeCount
          program {
            id
            name
          }
          instructors {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const InstructorsDocument = graphql(`
  query Instructors {
    instructors {
      id
      displayName
      email
    }
  }
`);

export const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      id
      code
    }
  }
`);

export const AssignInstructorsDocument = graphql(`
  mutation AssignInstructors($input: AssignInstructorsInput!) {
    assignInstructors(input: $input) {
      id
      instructors {
        id
        displayName
        email
      }
    }
  }
`);

export const EnrollStudentDocument = graphql(`
  mutation EnrollStudent($input: EnrollStudentInput!) {
    enrollStudent(input: $input) {
      id
      student {
        id
        fullName
      }
    }
  }
`);

export const PreviewStudentImportDocument = graphql(`
  query PreviewStudentImport($input: StudentImportInput!) {
    previewStudentImport(input: $input) {
      validCount
      errorCount
      rows {
        line
        status
        errors
        existingStudentId
        startDate
      }
    }
  }
`);

export const ImportStudentsDocument = graphql(`
  mutation ImportStudents($input: StudentImportInput!) {
    importStudents(input: $input) {
      importedCount
      skippedCount
      invitedCount
      imported {
        line
        studentId
        enrollmentId
        name
        email
      }
      skipped {
        line
        errors
      }
    }
  }
`);
