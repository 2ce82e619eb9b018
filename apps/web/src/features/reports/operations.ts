import { graphql } from '../../gql';

export const ReportCohortOptionsDocument = graphql(`
  query ReportCohortOptions($programId: ID) {
    cohorts(first: 100, filter: { programId: $programId }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export const ReportRateFieldsFragment = graphql(`
  fragment ReportRateFields on ReportRate {
    key
    label
    numerator
    denominator
    value
    benchmark
    belowBenchmark
    note
    numeratorKey
    denominatorKey
  }
`);

export const OutcomeReportFieldsFragment = graphql(`
  fragment OutcomeReportFields on OutcomeReport {
    snapshotId
    programIds
    programNames
    cohortId
    cohortCode
    periodStart
    periodEnd
    generatedAt
    generatedBy
    employmentRule
    rates {
      ...ReportRateFields
    }
    figures {
      key
      label
      count
    }
    tables {
      key
      title
      columns
      note
      rows {
        label
        cells {
          text
          figureKey
          rateKey
        }
      }
    }
  }
`);

export const ReportStudentFieldsFragment = graphql(`
  fragment ReportStudentFields on ReportStudent {
    enrollmentId
    studentId
    studentName
    cohortCode
    evidence
    evidenceDate
  }
`);

export const OutcomeReportDocument = graphql(`
  query OutcomeReport($input: ReportInput!) {
    outcomeReport(input: $input) {
      ...OutcomeReportFields
    }
  }
`);

export const ReportTrendDocument = graphql(`
  query ReportTrend($input: ReportInput!, $periods: Int!) {
    reportTrend(input: $input, periods: $periods) {
      periodStart
      periodEnd
      label
      rates {
        ...ReportRateFields
      }
    }
  }
`);

/** Drill-down of a freshly generated report: the server builds the same report and lists one figure's students. */
export const ReportFigureStudentsDocument = graphql(`
  query ReportFigureStudents($input: ReportInput!, $figureKey: String!) {
    outcomeReport(input: $input) {
      students(figureKey: $figureKey) {
        ...ReportStudentFields
      }
    }
  }
`);

export const SaveReportSnapshotDocument = graphql(`
  mutation SaveReportSnapshot($input: ReportInput!, $title: String) {
    saveReportSnapshot(input: $input, title: $title) {
      id
      title
    }
  }
`);

export const ReportSnapshotsDocument = graphql(`
  query ReportSnapshots($first: Int!, $after: String) {
    reportSnapshots(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          programNames
          cohortCode
          periodStart
          periodEnd
          createdAt
          createdBy
        }
      }
    }
  }
`);

export const ReportSnapshotDocument = graphql(`
  query ReportSnapshot($id: ID!) {
    reportSnapshot(id: $id) {
      id
      title
      createdAt
      createdBy
      report {
        ...OutcomeReportFields
      }
    }
  }
`);

/** Drill-down of a saved snapshot: the students as they were counted when it was saved. */
export const SnapshotFigureStudentsDocument = graphql(`
  query SnapshotFigureStudents($id: ID!, $figureKey: String!) {
    reportSnapshot(id: $id) {
      id
      report {
        students(figureKey: $figureKey) {
          ...ReportStudentFields
        }
      }
    }
  }
`);

export const DisclosureLogDocument = graphql(`
  query DisclosureLog($first: Int!, $after: String) {
    disclosureLog(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          at
          actorName
          action
          description
          purpose
          studentCount
        }
      }
    }
  }
`);
