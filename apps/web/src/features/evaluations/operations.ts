import { graphql } from '../../gql';

export const EvaluationPlacementFieldsFragment = graphql(`
  fragment EvaluationPlacementFields on Placement {
    id
    startDate
    endDate
    site {
      id
      name
    }
    enrollment {
      id
      student {
        id
        firstName
        lastName
      }
    }
  }
`);

export const EvaluationSlotFieldsFragment = graphql(`
  fragment EvaluationSlotFields on EvaluationSlot {
    kind
    placementId
    enrollmentId
    dueOn
    due
    overdue
    opensOn
    open
    submitted
    placement {
      ...EvaluationPlacementFields
    }
    evaluation {
      id
      status
      submittedAt
      acknowledgedAt
    }
  }
`);

export const MyEvaluationTasksDocument = graphql(`
  query MyEvaluationTasks {
    myEvaluationTasks {
      ...EvaluationSlotFields
    }
  }
`);

export const EnrollmentEvaluationsDocument = graphql(`
  query EnrollmentEvaluations($id: ID!) {
    enrollment(id: $id) {
      id
      evaluations {
        ...EvaluationSlotFields
      }
    }
  }
`);

export const EvaluationFormFieldsFragment = graphql(`
  fragment EvaluationFormFields on EvaluationForm {
    id
    kind
    title
    scale
    commentBelow
    ratings {
      value
      label
    }
    sections {
      title
      items {
        id
        prompt
        competencyCode
      }
    }
  }
`);

export const EvaluationToFillDocument = graphql(`
  query EvaluationToFill($placementId: ID!, $kind: EvaluationKind!) {
    evaluationToFill(placementId: $placementId, kind: $kind) {
      slot {
        ...EvaluationSlotFields
        evaluation {
          id
          comment
          answers {
            itemId
            rating
            comment
          }
        }
      }
      form {
        ...EvaluationFormFields
      }
    }
  }
`);

export const SaveEvaluationDocument = graphql(`
  mutation SaveEvaluation($input: SaveEvaluationInput!) {
    saveEvaluation(input: $input) {
      id
      status
      submittedAt
      comment
      answers {
        itemId
        rating
        comment
      }
    }
  }
`);

export const EvaluationDocument = graphql(`
  query Evaluation($id: ID!) {
    evaluation(id: $id) {
      id
      kind
      status
      comment
      submittedAt
      acknowledgedAt
      acknowledgementComment
      evaluatorName
      answers {
        itemId
        rating
        comment
      }
      form {
        ...EvaluationFormFields
      }
      placement {
        ...EvaluationPlacementFields
      }
    }
  }
`);

export const AcknowledgeEvaluationDocument = graphql(`
  mutation AcknowledgeEvaluation($input: AcknowledgeEvaluationInput!) {
    acknowledgeEvaluation(input: $input) {
      id
      acknowledgedAt
      acknowledgementComment
    }
  }
`);

export const EvaluationSummaryDocument = graphql(`
  query EvaluationSummary($input: EvaluationSummaryInput!) {
    evaluationSummary(input: $input) {
      kind
      responses
      minimumResponses
      hidden
      items {
        itemId
        section
        prompt
        competencyCode
        average
        count
      }
    }
  }
`);

export const SubmittedEvaluationsDocument = graphql(`
  query SubmittedEvaluations($input: EvaluationSummaryInput!) {
    submittedEvaluations(input: $input) {
      id
      kind
      submittedAt
      evaluatorName
      comment
      placement {
        id
        enrollment {
          id
          student {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

export const EvaluationSiteOptionsDocument = graphql(`
  query EvaluationSiteOptions {
    sites(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const EvaluationFormsDocument = graphql(`
  query EvaluationForms($programId: ID!) {
    evaluationForms(programId: $programId) {
      ...EvaluationFormFields
    }
  }
`);

export const SaveEvaluationFormDocument = graphql(`
  mutation SaveEvaluationForm($input: SaveEvaluationFormInput!) {
    saveEvaluationForm(input: $input) {
      ...EvaluationFormFields
    }
  }
`);
