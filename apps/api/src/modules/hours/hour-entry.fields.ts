/**
 * What a page of hour entries must read for the fields the query selects (`unreadProperties`, docs/performance.md §4).
 * Each HourEntry field resolved from other columns (hours.resolver.ts) lists them here; a field that is a column reads
 * itself. Keep this beside the resolvers' changes: a resolver reading a column not listed would see it undefined.
 */
export const HOUR_ENTRY_FIELD_READS: Record<string, readonly string[]> = {
  reviewedBy: ['reviewedById'],
  loggedBy: ['loggedById'],
  loggedOnBehalf: ['loggedById', 'enrollmentId'],
  enrollment: ['enrollmentId'],
  placement: ['placementId'],
};

/** What the page statement itself needs whatever is selected: the id and sort key, and the keys its related joins use. */
export const HOUR_ENTRY_PAGE_KEEPS = ['id', 'startedAt', 'enrollmentId', 'placementId'] as const;
