import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { ENROLLMENT_STATUS_LABELS, EnrollmentStatus } from '@ptp/shared';
import { IconSearch } from '@tabler/icons-react';
import type { SortingState, Updater } from '@tanstack/react-table';
import { createColumnHelper } from '../../components/columns';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import type { RosterQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { hoursValue } from '../../lib/hours';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { useDebouncedSearchParam, useUrlParams } from '../../lib/useSearchParamState';
import { HoursBar } from '../hours/HoursProgress';
import { isActiveEnrollment } from '../hours/active-enrollment';
import { ROSTER_SORT_FIELDS, RosterDocument, rosterVariables, rosterView } from './page-queries';

type RosterRow = RosterQuery['enrollments']['edges'][number]['node'];
const column = createColumnHelper<RosterRow>();

const COLUMN_FOR_FIELD = Object.fromEntries(Object.entries(ROSTER_SORT_FIELDS).map(([id, field]) => [field, id]));

const columns = [
  column.accessor((row) => row.student.fullName, {
    id: 'name',
    header: 'Name',
    cell: ({ row }) => (
      <Anchor component={Link} to={`/students/${row.original.student.id}`} fw={600}>
        {row.original.student.fullName}
      </Anchor>
    ),
  }),
  column.accessor((row) => row.student.studentNumber, { id: 'studentNumber', header: 'Student #' }),
  column.accessor('status', { header: 'Status', cell: (info) => <StatusBadge status={info.getValue()} /> }),
  column.accessor('statusSince', { header: 'Status since', enableSorting: false, cell: (info) => formatDate(info.getValue()) }),
  column.accessor('enrolledOn', { header: 'Enrolled on', cell: (info) => formatDate(info.getValue()) }),
  column.display({
    id: 'hours',
    header: 'Hours',
    cell: ({ row }) => {
      const { progress, student } = row.original;
      return (
        <Stack gap={4} miw={140}>
          <HoursBar label={`Hours of ${student.fullName}`} amounts={progress} size="sm" />
          <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
            {hoursValue(progress.approvedMinutes)} of {hoursValue(progress.requiredMinutes)} h
            {progress.pendingMinutes > 0 && (
              <Text span size="xs" c="dimmed">
                {' '}
                (+{hoursValue(progress.pendingMinutes)} pending)
              </Text>
            )}
          </Text>
        </Stack>
      );
    },
  }),
  column.display({
    id: 'risk',
    header: 'On track',
    cell: ({ row }) => {
      const { progress } = row.original;
      if (progress.complete) {
        return (
          <Badge color="green" variant="light">
            Complete
          </Badge>
        );
      }
      // Someone who left, graduated or is on leave is neither on track nor behind.
      if (!isActiveEnrollment(row.original)) {
        return (
          <Text size="sm" c="dimmed">
            —
          </Text>
        );
      }
      if (!progress.atRisk) return <Text size="sm">On track</Text>;
      return (
        <Stack gap={2} align="flex-start">
          <Badge color="red" variant="filled">
            At risk
          </Badge>
          <Text size="xs" c="dimmed" maw={260}>
            {progress.atRiskReason}
          </Text>
        </Stack>
      );
    },
  }),
];

const STATUS_OPTIONS = Object.values(EnrollmentStatus).map((status) => ({
  value: status,
  label: ENROLLMENT_STATUS_LABELS[status],
}));

/** The roster of one cohort: search, status filter, server-side sort and cursor pages, all kept in the URL. */
export function RosterSection({ cohortId, actions }: { cohortId: string; actions?: ReactNode }) {
  const [params, updateParams] = useUrlParams();
  const search = useDebouncedSearchParam('q');
  const view = rosterView(params);
  const { statuses, sortField, direction, pageSize } = view;
  const pager = useCursorPagination([cohortId, view.search, statuses.join(','), sortField, direction, pageSize].join('|'));

  const { data, previousData, loading, error, refetch } = useQuery(RosterDocument, {
    variables: rosterVariables(cohortId, view, pager.after),
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.enrollments;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(view.search) || statuses.length > 0;

  const sorting: SortingState = [{ id: COLUMN_FOR_FIELD[sortField] ?? 'name', desc: direction === 'DESC' }];
  function onSortingChange(updater: Updater<SortingState>) {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    const field = first ? ROSTER_SORT_FIELDS[first.id] : undefined;
    if (first && field) updateParams({ sort: field, dir: first.desc ? 'desc' : 'asc' });
  }

  return (
    <section aria-labelledby="roster-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="roster-heading">
          Roster
        </Title>
        {actions}
      </Group>
      <Group mb="md" align="flex-end">
        <TextInput
          label="Search roster"
          placeholder="Name or student number"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(event) => search.setValue(event.currentTarget.value)}
          w={280}
        />
        <MultiSelect
          label="Status"
          placeholder={statuses.length === 0 ? 'Any status' : undefined}
          data={STATUS_OPTIONS}
          value={statuses}
          onChange={(value) => updateParams({ status: value })}
          clearable
          w={320}
        />
      </Group>

      {error && !connection ? (
        <QueryError error={error} what="the roster" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading roster" />
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? 'No students match' : 'No students enrolled yet'}>
          {filtered ? 'Try another search or clear the status filter.' : 'Students appear here once they are enrolled in this cohort.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="this page of the roster" onRetry={() => refetch()} />}
          <DataTable
            label="Roster"
            data={rows}
            columns={columns}
            getRowId={(row) => row.id}
            sorting={sorting}
            onSortingChange={onSortingChange}
            stale={loading}
          />
          <CursorPager
            page={pager.page}
            pageSize={pageSize}
            shown={rows.length}
            totalCount={connection.totalCount}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection.pageInfo.endCursor)}
            onPageSizeChange={(size) => updateParams({ size: String(size) })}
            loading={loading}
          />
        </>
      )}
    </section>
  );
}
