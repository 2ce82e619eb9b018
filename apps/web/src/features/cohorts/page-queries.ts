import { ENROLLMENT_STATUS_LABELS, type EnrollmentStatus } from '@ptp/shared';
import type { PagePreload } from '../../app/page-preload';
import { startQuery } from '../../app/page-preload';
import { graphql } from '../../gql';
import type { EnrollmentSortField, RosterQueryVariables, SortDirection } from '../../gql/graphql';
import { pageSizeParam } from '../../lib/page-sizes';

// The queries the cohort page runs first, and how its address picks their variables: the page and its preload
// (`preloadCohortPage`, started by the main chunk before the page's own chunk has arrived) share them.

export const CohortDocument = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      id
      code
      name
      startDate
      expectedEndDate
      externshipStartDate
      externshipEndDate
      activeCount
      enrollmentCount
      program {
        id
        name
        timeZone
      }
      instructors {
        id
        displayName
        email
      }
    }
  }
`);

export const RosterDocument = graphql(`
  query Roster($first: Int!, $after: String, $filter: EnrollmentFilter!, $orderBy: EnrollmentOrder) {
    enrollments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          enrolledOn
          status
          statusSince
          student {
            id
            fullName
            studentNumber
          }
          progress {
            requiredMinutes
            approvedMinutes
            pendingMinutes
            projectedCompletionDate
            complete
            atRisk
            atRiskReason
          }
        }
      }
    }
  }
`);

/** Roster table column id -> the API's sort field. Columns not listed cannot be sorted. */
export const ROSTER_SORT_FIELDS: Record<string, EnrollmentSortField> = {
  name: 'NAME',
  studentNumber: 'STUDENT_NUMBER',
  status: 'STATUS',
  enrolledOn: 'ENROLLED_ON',
};

const isStatus = (value: string): value is EnrollmentStatus => value in ENROLLMENT_STATUS_LABELS;

/** What the roster's address asks for: search (`q`), statuses, sort (`sort`, `dir`) and page size (`size`). */
export interface RosterView {
  search: string;
  statuses: EnrollmentStatus[];
  sortField: EnrollmentSortField;
  direction: SortDirection;
  pageSize: number;
}

export function rosterView(params: URLSearchParams): RosterView {
  const sort = params.get('sort');
  return {
    search: params.get('q') ?? '',
    statuses: params.getAll('status').filter(isStatus),
    sortField: Object.values(ROSTER_SORT_FIELDS).find((field) => field === sort) ?? 'NAME',
    direction: params.get('dir') === 'desc' ? 'DESC' : 'ASC',
    pageSize: pageSizeParam(params.get('size')),
  };
}

/** The Roster query's variables for one page (`after`: the previous page's end cursor; null for the first). */
export function rosterVariables(cohortId: string, view: RosterView, after: string | null): RosterQueryVariables {
  return {
    first: view.pageSize,
    after,
    filter: { cohortId, search: view.search || null, statuses: view.statuses.length > 0 ? view.statuses : null },
    orderBy: { field: view.sortField, direction: view.direction },
  };
}

/** The cohort page's first queries: the cohort, and the first page of its roster as the address asks for it. */
export const preloadCohortPage: PagePreload = ({ client, params, search }) => {
  if (!params.id) return;
  startQuery(client, CohortDocument, { id: params.id });
  startQuery(client, RosterDocument, rosterVariables(params.id, rosterView(search), null));
};
