import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { HOUR_ENTRY_STATUS_LABELS, HourEntryStatus, PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { IconAlertTriangle, IconCheck, IconChecks } from '@tabler/icons-react';
import { createColumnHelper, type RowSelectionState, type Updater } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { HourStatusBadge } from '../../components/HourStatusBadge';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { ReviewQueueQuery } from '../../gql/graphql';
import { hasErrorCode, toApiError } from '../../lib/graphql-errors';
import { formatDuration, formatEntryDay, formatTimeRange } from '../../lib/hours';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';
import {
  ApproveHourEntriesDocument,
  ReviewHourEntryDocument,
  ReviewQueueDocument,
} from './operations';
import { CohortFilter, SiteFilter } from './filters';
import { CONFLICT_MESSAGE, ReviewReasonModal, type ReasonAction, type ReviewTarget } from './ReviewReasonModal';

const PAGE_SIZE = 25;
type QueueRow = ReviewQueueQuery['hourEntries']['edges'][number]['node'];
const column = createColumnHelper<QueueRow>();

const STATUS_OPTIONS = Object.values(HourEntryStatus).map((value) => ({ value, label: HOUR_ENTRY_STATUS_LABELS[value] }));
const isStatus = (value: string): value is HourEntryStatus => value in HOUR_ENTRY_STATUS_LABELS;
/** In the URL when the user cleared the status filter: every status. */
const ANY = 'any';

const target = (row: QueueRow): ReviewTarget => ({
  id: row.id,
  version: row.version,
  startedAt: row.startedAt,
  endedAt: row.endedAt,
  minutes: row.minutes,
  studentName: row.enrollment.student.fullName,
});

/** "Ana Diaz, Tue, Mar 3, 2026": tells apart the same button on different rows for screen readers. */
const rowName = (row: QueueRow) => `${row.enrollment.student.fullName}, ${formatEntryDay(row.startedAt)}`;

/** Preceptors and instructors approve, question or reject submitted hours, oldest first. */
export function ReviewPage() {
  usePageTitle('Review hours');
  const canReadCohorts = useCan('COHORT_READ');
  const canReadSites = useCan('SITE_READ');
  const canOpenStudents = useCan('STUDENT_READ');
  const canReopen = useCan('HOURS_REOPEN');
  const [params, updateParams] = useUrlParams();

  const statusParam = params.getAll('status');
  const statuses: HourEntryStatus[] = statusParam.length === 0 ? ['SUBMITTED'] : statusParam.filter(isStatus);
  const cohortId = canReadCohorts ? params.get('cohort') : null;
  const siteId = canReadSites ? params.get('site') : null;
  const filterKey = [statuses.join(','), cohortId ?? '', siteId ?? ''].join('|');
  const pager = useCursorPagination(filterKey);
  const pageKey = `${filterKey}|${pager.page}`;

  // Selection belongs to one page of one filter: it starts over when either changes.
  const [selection, setSelection] = useState<{ key: string; rows: RowSelectionState }>({ key: pageKey, rows: {} });
  const rowSelection = selection.key === pageKey ? selection.rows : {};
  const onRowSelectionChange = (updater: Updater<RowSelectionState>) =>
    setSelection({ key: pageKey, rows: typeof updater === 'function' ? updater(rowSelection) : updater });
  const clearSelection = () => setSelection({ key: pageKey, rows: {} });

  const [reasonFor, setReasonFor] = useState<{ action: ReasonAction; entry: ReviewTarget } | null>(null);
  const [bulkError, setBulkError] = useState<string | null>(null);
  const [busyRow, setBusyRow] = useState<string | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(ReviewQueueDocument, {
    variables: {
      first: PAGE_SIZE,
      after: pager.after,
      filter: { statuses: statuses.length > 0 ? statuses : null, cohortId, siteId },
    },
    notifyOnNetworkStatusChange: true,
  });
  const [approveMany, approveManyState] = useMutation(ApproveHourEntriesDocument);
  const [review] = useMutation(ReviewHourEntryDocument);

  const connection = (data ?? previousData)?.hourEntries;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const selected = rows.filter((row) => rowSelection[row.id] && row.status === 'SUBMITTED');
  const defaultFilter = statuses.length === 1 && statuses[0] === 'SUBMITTED' && !cohortId && !siteId;

  function reload() {
    clearSelection();
    void refetch().catch(() => undefined);
  }

  function conflict() {
    notifications.show({ color: 'yellow', title: CONFLICT_MESSAGE, message: 'The list was reloaded with the latest version.' });
    reload();
  }

  async function approveSelected() {
    setBulkError(null);
    const entries = selected.map((row) => ({ id: row.id, version: row.version }));
    if (entries.length === 0) return;
    try {
      await approveMany({ variables: { input: { entries } } });
      notifications.show({
        color: 'green',
        title: entries.length === 1 ? '1 entry approved' : `${entries.length} entries approved`,
        message: 'The hours now count toward the students’ requirements.',
      });
      reload();
    } catch (e) {
      if (hasErrorCode(e, 'CONFLICT')) {
        conflict();
        return;
      }
      setBulkError(toApiError(e).message);
    }
  }

  async function approveOne(row: QueueRow) {
    setBulkError(null);
    setBusyRow(row.id);
    try {
      await review({ variables: { input: { id: row.id, version: row.version, decision: 'APPROVE' } } });
      notifications.show({ color: 'green', title: 'Entry approved', message: `${rowName(row)}.` });
      reload();
    } catch (e) {
      if (hasErrorCode(e, 'CONFLICT')) conflict();
      else setBulkError(toApiError(e).message);
    } finally {
      setBusyRow(null);
    }
  }

  // Rebuilt each render: the action cells call handlers that read the current filters and page.
  const columns = [
    column.display({
      id: 'select',
      header: ({ table }) => (
        <Checkbox
          aria-label="Select all entries on this page"
          checked={table.getIsAllRowsSelected()}
          indeterminate={table.getIsSomeRowsSelected()}
          disabled={!table.getRowModel().rows.some((row) => row.getCanSelect())}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          aria-label={`Select ${rowName(row.original)}`}
          checked={row.getIsSelected()}
          disabled={!row.getCanSelect()}
          onChange={row.getToggleSelectedHandler()}
        />
      ),
    }),
    column.accessor((row) => row.enrollment.student.fullName, {
      id: 'student',
      header: 'Student',
      cell: ({ row }) => {
        const { student, cohort } = row.original.enrollment;
        return (
          <div>
            {canOpenStudents ? (
              <Anchor component={Link} to={`/students/${student.id}`} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {student.fullName}
              </Anchor>
            ) : (
              <Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {student.fullName}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {cohort.code}
            </Text>
          </div>
        );
      },
    }),
    column.accessor('startedAt', {
      header: 'Date and time',
      cell: ({ row }) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <Text size="sm">{formatEntryDay(row.original.startedAt)}</Text>
          <Text size="xs" c="dimmed">
            {formatTimeRange(row.original.startedAt, row.original.endedAt)}
          </Text>
        </div>
      ),
    }),
    column.accessor('minutes', { header: 'Duration', cell: (info) => formatDuration(info.getValue()) }),
    column.accessor('component', {
      header: 'Kind',
      cell: ({ row }) => (
        <div>
          <Text size="sm">{HOUR_COMPONENT_LABELS[row.original.component]}</Text>
          {row.original.setting && (
            <Text size="xs" c="dimmed">
              {PRACTICE_SETTING_LABELS[row.original.setting]}
            </Text>
          )}
        </div>
      ),
    }),
    column.accessor((row) => row.placement?.site.name ?? '—', { id: 'site', header: 'Site' }),
    column.accessor('activityNote', {
      header: 'Note',
      cell: (info) => (
        <Text size="sm" lineClamp={3} miw={160} maw={240} title={info.getValue()}>
          {info.getValue()}
        </Text>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      cell: ({ row }) => (
        <div>
          <HourStatusBadge status={row.original.status} />
          {row.original.reviewComment && (
            <Text size="xs" c="dimmed" maw={200} lineClamp={2}>
              {row.original.reviewComment}
            </Text>
          )}
        </div>
      ),
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => {
        const entry = row.original;
        const name = rowName(entry);
        if (entry.status === 'SUBMITTED') {
          return (
            <Stack gap={4} w="max-content">
              <Button
                size="compact-xs"
                variant="light"
                color="green"
                aria-label={`Approve ${name}`}
                loading={busyRow === entry.id}
                onClick={() => void approveOne(entry)}
              >
                Approve
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                color="yellow"
                aria-label={`Ask for info ${name}`}
                onClick={() => setReasonFor({ action: 'NEEDS_INFO', entry: target(entry) })}
              >
                Ask for info
              </Button>
              <Button
                size="compact-xs"
                variant="light"
                color="red"
                aria-label={`Reject ${name}`}
                onClick={() => setReasonFor({ action: 'REJECT', entry: target(entry) })}
              >
                Reject
              </Button>
            </Stack>
          );
        }
        if (entry.status === 'APPROVED' && canReopen) {
          return (
            <Button
              size="compact-xs"
              variant="default"
              aria-label={`Reopen ${name}`}
              onClick={() => setReasonFor({ action: 'REOPEN', entry: target(entry) })}
            >
              Reopen
            </Button>
          );
        }
        return null;
      },
    }),
  ];

  return (
    <>
      <PageHeader title="Review hours" description="Oldest first. Approved hours count toward the student’s requirements." />
      <Group mb="md" align="flex-end" wrap="wrap">
        <MultiSelect
          label="Status"
          placeholder={statuses.length === 0 ? 'Any status' : undefined}
          data={STATUS_OPTIONS}
          value={statuses}
          onChange={(value) => updateParams({ status: value.length > 0 ? value : [ANY] })}
          clearable
          w={{ base: '100%', sm: 340 }}
        />
        {canReadCohorts && <CohortFilter value={cohortId} onChange={(id) => updateParams({ cohort: id })} />}
        {canReadSites && <SiteFilter value={siteId} onChange={(id) => updateParams({ site: id })} />}
      </Group>

      {bulkError && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="Nothing was approved" mb="md" withCloseButton onClose={() => setBulkError(null)}>
          {bulkError}
        </Alert>
      )}

      {error && !connection ? (
        <QueryError error={error} what="the entries to review" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading entries to review" />
      ) : rows.length === 0 ? (
        <EmptyState title={defaultFilter ? 'Nothing waiting for review' : 'No entries match these filters'}>
          {defaultFilter ? 'New entries from your students appear here.' : 'Try other statuses, or clear the cohort and site.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="this page of entries" onRetry={() => refetch()} />}
          <Group mb="sm" gap="sm">
            <Button
              leftSection={<IconChecks size={16} />}
              disabled={selected.length === 0}
              loading={approveManyState.loading}
              onClick={() => void approveSelected()}
            >
              Approve selected{selected.length > 0 ? ` (${selected.length})` : ''}
            </Button>
            {selected.length > 0 && (
              <Text size="sm" c="dimmed" aria-live="polite">
                <IconCheck size={14} aria-hidden /> {selected.length} selected
              </Text>
            )}
          </Group>
          <DataTable
            label="Entries to review"
            data={rows}
            columns={columns}
            getRowId={(row) => row.id}
            stale={loading}
            rowSelection={rowSelection}
            onRowSelectionChange={onRowSelectionChange}
            canSelectRow={(row) => row.status === 'SUBMITTED'}
          />
          <CursorPager
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            totalCount={connection.totalCount}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection.pageInfo.endCursor)}
            loading={loading}
          />
        </>
      )}
      <ReviewReasonModal
        action={reasonFor?.action ?? null}
        entry={reasonFor?.entry ?? null}
        onClose={() => setReasonFor(null)}
        onChanged={reload}
      />
    </>
  );
}
