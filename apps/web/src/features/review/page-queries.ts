import { HOUR_ENTRY_STATUS_LABELS, type HourEntryStatus } from '@ptp/shared';
import { startQuery, type PagePreload } from '../../app/page-preload';
import { userCan, type CurrentUser } from '../../app/auth/CurrentUser';
import { graphql } from '../../gql';
import type { ReviewQueueQueryVariables } from '../../gql/graphql';

// The review page's first query, and how its address picks the variables: the page and its preload
// (`preloadReviewPage`, started by the main chunk before the page's own chunk has arrived) share them.

/** Entries to review, oldest first, with whose they are. */
export const ReviewQueueDocument = graphql(`
  query ReviewQueue($first: Int!, $after: String, $filter: HourEntryFilter) {
    hourEntries(first: $first, after: $after, filter: $filter, direction: ASC) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...HourEntryRow
          enrollment {
            id
            cohort {
              id
              code
            }
            student {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export const REVIEW_PAGE_SIZE = 25;

const isStatus = (value: string): value is HourEntryStatus => value in HOUR_ENTRY_STATUS_LABELS;

/** What the queue's address asks for. No `status` is the default (submitted entries); `status=any` is every status. */
export interface ReviewView {
  statuses: HourEntryStatus[];
  cohortId: string | null;
  siteId: string | null;
}

/** The cohort and site filters count only for those allowed to pick them (the API would refuse them otherwise). */
export function reviewView(params: URLSearchParams, allowed: { cohorts: boolean; sites: boolean }): ReviewView {
  const status = params.getAll('status');
  return {
    statuses: status.length === 0 ? ['SUBMITTED'] : status.filter(isStatus),
    cohortId: allowed.cohorts ? params.get('cohort') : null,
    siteId: allowed.sites ? params.get('site') : null,
  };
}

/** The ReviewQueue query's variables for one page (`after`: the previous page's end cursor; null for the first). */
export function reviewQueueVariables(view: ReviewView, after: string | null): ReviewQueueQueryVariables {
  return {
    first: REVIEW_PAGE_SIZE,
    after,
    filter: { statuses: view.statuses.length > 0 ? view.statuses : null, cohortId: view.cohortId, siteId: view.siteId },
  };
}

const allowedFilters = (user: CurrentUser) => ({ cohorts: userCan(user, 'COHORT_READ'), sites: userCan(user, 'SITE_READ') });

/**
 * The queue's first page. Without a cohort or site filter in the address the variables are known at once; with one,
 * they depend on the user's permissions, so the query waits for the session check.
 */
export const preloadReviewPage: PagePreload = ({ client, search, me }) => {
  const start = (allowed: { cohorts: boolean; sites: boolean }) =>
    startQuery(client, ReviewQueueDocument, reviewQueueVariables(reviewView(search, allowed), null));
  if (!search.has('cohort') && !search.has('site')) start({ cohorts: false, sites: false });
  else void me.then((user) => user && start(allowedFilters(user)));
};
