import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { createColumnHelper } from '../../components/columns';
import { Link } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { ReportSnapshotsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { ReportSnapshotsDocument } from './operations';
import { formatPeriod } from './period';

export const SNAPSHOTS_PAGE_SIZE = 20;
type SnapshotRow = ReportSnapshotsQuery['reportSnapshots']['edges'][number]['node'];
const column = createColumnHelper<SnapshotRow>();

const columns = [
  column.accessor('title', {
    header: 'Title',
    cell: (info) => (
      <Anchor component={Link} to={`/reports/snapshots/${info.row.original.id}`} fw={600}>
        {info.getValue()}
      </Anchor>
    ),
  }),
  column.accessor((row) => row.programNames.join(', '), { id: 'programs', header: 'Programs' }),
  column.accessor((row) => row.cohortCode ?? 'All cohorts', { id: 'cohort', header: 'Cohort' }),
  column.accessor((row) => formatPeriod(row.periodStart, row.periodEnd), { id: 'period', header: 'Period' }),
  column.accessor((row) => `${formatDateTime(row.createdAt)} by ${row.createdBy}`, { id: 'saved', header: 'Saved' }),
];

/** Reports saved as they were generated, newest first; each opens exactly as saved. */
export function SnapshotsList() {
  const pager = useCursorPagination('snapshots');
  const { data, previousData, loading, error, refetch } = useQuery(ReportSnapshotsDocument, {
    variables: { first: SNAPSHOTS_PAGE_SIZE, after: pager.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.reportSnapshots;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (error && !connection) return <QueryError error={error} what="the saved snapshots" onRetry={() => refetch()} />;
  if (!connection) return <TableSkeleton label="Loading the saved snapshots" />;
  if (rows.length === 0) {
    return (
      <EmptyState title="No snapshots saved yet">
        Generate a report and select “Save snapshot” to keep exactly what you submitted, with who saved it and when.
      </EmptyState>
    );
  }
  return (
    <>
      {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
      <DataTable label="Saved snapshots" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
      <CursorPager
        page={pager.page}
        pageSize={SNAPSHOTS_PAGE_SIZE}
        shown={rows.length}
        totalCount={connection.totalCount}
        hasPrevious={pager.hasPrevious}
        hasNext={connection.pageInfo.hasNextPage}
        onPrevious={pager.previous}
        onNext={() => pager.next(connection.pageInfo.endCursor)}
        loading={loading}
      />
    </>
  );
}
