import { graphql } from '../../gql';

// The student's enrollments query lives with the hours pages' preload (the main chunk starts it).
export { MyEnrollmentsDocument } from './page-queries';

export const PlacementSummaryFragment = graphql(`
  fragment PlacementSummary on Placement {
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
    complianceGaps
  }
`);

export const HoursProgressFragment = graphql(`
  fragment HoursProgressDetail on HoursProgress {
    requiredMinutes
    approvedMinutes
    pendingMinutes
    pacePerDay
    projectedCompletionDate
    complete
    atRisk
    atRiskReason
    requirements {
      component
      setting
      requiredMinutes
      approvedMinutes
      pendingMinutes
      met
    }
    rotation {
      rotationMinutes
      met
      description
    }
  }
`);

/** One enrollment's progress and placements: the /progress page and the staff's student page. */
export const EnrollmentHoursDocument = graphql(`
  query EnrollmentHours($id: ID!) {
    enrollment(id: $id) {
      id
      cohort {
        id
        code
        externshipStartDate
        externshipEndDate
      }
      progress {
        ...HoursProgressDetail
      }
      placements {
        ...PlacementSummary
      }
    }
  }
`);

export const HourEntryRowFragment = graphql(`
  fragment HourEntryRow on HourEntry {
    id
    version
    enrollmentId
    placementId
    component
    setting
    startedAt
    endedAt
    minutes
    activityNote
    status
    reviewComment
    reviewedAt
    loggedOnBehalf
    clockedStartedAt
    clockedEndedAt
    editReason
    placement {
      id
      site {
        id
        name
      }
    }
  }
`);

/** A student's own entries, newest first. */
export const MyHourEntriesDocument = graphql(`
  query MyHourEntries($first: Int!, $after: String, $filter: HourEntryFilter) {
    hourEntries(first: $first, after: $after, filter: $filter, direction: DESC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...HourEntryRow
        }
      }
    }
  }
`);

export const LogHoursDocument = graphql(`
  mutation LogHours($input: LogHoursInput!) {
    logHours(input: $input) {
      ...HourEntryRow
    }
  }
`);

export const UpdateHourEntryDocument = graphql(`
  mutation UpdateHourEntry($input: UpdateHourEntryInput!) {
    updateHourEntry(input: $input) {
      ...HourEntryRow
    }
  }
`);

export const ClockInDocument = graphql(`
  mutation ClockIn($input: ClockInInput!) {
    clockIn(input: $input) {
      id
      enrollmentId
      placementId
      startedAt
    }
  }
`);

export const ClockOutDocument = graphql(`
  mutation ClockOut($input: ClockOutInput!) {
    clockOut(input: $input) {
      ...HourEntryRow
    }
  }
`);

export const CancelClockInDocument = graphql(`
  mutation CancelClockIn($enrollmentId: ID!) {
    cancelClockIn(enrollmentId: $enrollmentId) {
      id
      enrollmentId
    }
  }
`);
