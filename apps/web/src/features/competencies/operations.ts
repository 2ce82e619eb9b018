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

export const TrainingPlanDocument = graphql(`
  query TrainingPlan($id: ID!) {
    enrollment(id: $id) {
      id
      trainingPlan {
        plannedCount
        plannedSignedOffCount
        rotations {
          placement {
            id
            startDate
            endDate
            plannedHours
            site {
              id
              name
              setting
            }
            preceptor {
              id
              user {
                id
                displayName
              }
            }
          }
          approvedHours
          pendingHours
          competencies {
            competency {
              id
              code
              summary
            }
            signoff {
              id
              signedOn
            }
          }
        }
        unplanned {
          competency {
            id
            code
            summary
          }
          signoff {
            id
            signedOn
          }
        }
      }
    }
  }
`);

export const SetPlacementCompetenciesDocument = graphql(`
  mutation SetPlacementCompetencies($input: SetPlacementCompetenciesInput!) {
    setPlacementCompetencies(input: $input) {
      id
    }
  }
`);
