import { graphql } from '../../gql';

export const EnrollmentCompetenciesDocument = graphql(`
  query EnrollmentCompetencies($id: ID!) {
    enrollment(id: $id) {
      id
      competencyChecklist {
        competency {
          id
          code
          domain
          domainNumber
          level
          summary
          sortOrder
        }
        signoff {
          id
          signedOn
          note
          signedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const SignOffCompetencyDocument = graphql(`
  mutation SignOffCompetency($input: SignOffCompetencyInput!) {
    signOffCompetency(input: $input) {
      id
      competencyId
      signedOn
      note
    }
  }
`);
