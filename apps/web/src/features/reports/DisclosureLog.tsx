import { useQuery } from '@apollo/client/react';
import { Badge, Text } from '@mantine/core';
import type { DisclosureAction } from '@ptp/shared';
import { createColumnHelper } from '../../components/columns';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { DisclosureLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { DisclosureLogDocument } from './operations';

export const DISCLOSURE_PAGE_SIZE = 25;
type DisclosureRow = DisclosureLogQuery['disclosureLog']['edges'][number]['node'];
const column = createColumnHelper<DisclosureRow>();

const ACTION_LABELS: Record<DisclosureAction, string> = {
  REPORT_EXPORT_PDF: 'PDF export',
  REPORT_EXPORT_CSV: 'CSV export',
  ROSTER_EXPORT_CSV: 'Roster CSV',
  HOURS_EXPORT_CSV: 'Hours CSV',
  STUDENT_RECORD_SELF_PDF: 'Own record PDF (student)',
  STUDENT_RECORD_SELF_ZIP: 'Own record ZIP (student)',
  STUDENT_RECORD_PDF: 'Student record PDF',
  STUDENT_RECORD_ZIP: 'Student record ZIP',
  COMPLIANCE_DOCUMENT_DOWNLOAD: 'Compliance document',
  EVALUATION_EXPORT_CSV: 'Evaluations CSV',
};

const columns = [
  column.accessor('at', { header: 'When', cell: (info) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(info.getValue())}</Text> }),
  column.accessor('actorName', { header: 'Who' }),
  column.accessor('action', {
    header: 'What',
    cell: (info) => (
      <>
        <Badge variant="light" radius="sm" mb={4}>
          {ACTION_LABELS[info.getValue() as DisclosureAction] ?? info.getValue()}
        </Badge>
        <Text size="sm">{info.row.original.description}</Text>
      </>
    ),
  }),
  column.accessor('purpose', {
    header: 'Purpose',
    cell: (info) =>
      info.getValue() || (
        <Text size="sm" c="dimmed" fs="italic">
          Not given
        </Text>
      ),
  }),
  column.accessor('studentCount', { header: 'Students' }),
];

/** Every export of student data: who took it, when, what, why and about how many students (FERPA). */
export function DisclosureLog() {
  const pager = useCursorPagination('disclosures');
  const { data, previousData, loading, error, refetch } = useQuery(DisclosureLogDocument, {
    variables: { first: DISCLOSURE_PAGE_SIZE, after: pager.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.disclosureLog;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (error && !connection) return <QueryError error={error} what="the disclosure log" onRetry={() => refetch()} />;
  if (!connection) return <TableSkeleton label="Loading the disclosure log" />;
  if (rows.length === 0) {
    return <EmptyState title="No disclosures yet">Each export of student data (report, roster or hours file, student record, compliance document download) is listed here with who made it, when and why.</EmptyState>;
  }
  return (
    <>
      {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
      <DataTable label="Disclosure log" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
      <CursorPager
        page={pager.page}
        pageSize={DISCLOSURE_PAGE_SIZE}
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
