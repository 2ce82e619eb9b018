import { graphql } from '../../gql';

export const ProgramsDocument = graphql(`
  query Programs($first: Int!, $after: String) {
    programs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          level
          timeZone
          accreditors
          minTotalHours
          minWeeks
          minRotations
          minSingleRotationHours
          minRotationTotalHours
          countOnlyVerifiedEmployment
          requirements {
            component
            setting
            minHours
          }
          requirementWarnings
          benchmarks {
            abhesRetention
            abhesPlacement
            coeCompletion
            coePlacement
            coeLicensure
            examPass
          }
        }
      }
    }
  }
`);

export const CreateProgramDocument = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      id
      name
    }
  }
`);

export const UpdateProgramBenchmarksDocument = graphql(`
  mutation UpdateProgramBenchmarks($programId: ID!, $input: ProgramBenchmarksInput!) {
    updateProgramBenchmarks(programId: $programId, input: $input) {
      id
      benchmarks {
        abhesRetention
        abhesPlacement
        coeCompletion
        coePlacement
        coeLicensure
        examPass
      }
    }
  }
`);

export const SetVerifiedEmploymentRuleDocument = graphql(`
  mutation SetVerifiedEmploymentRule($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      id
      countOnlyVerifiedEmployment
    }
  }
`);
