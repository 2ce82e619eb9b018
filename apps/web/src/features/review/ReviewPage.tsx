import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, MultiSelect, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { HOUR_ENTRY_STATUS_LABELS, HourEntryStatus, PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { IconAlertTriangle, IconCheck, IconChecks } from '@tabler/icons-react';
import type { RowSelectionState, Updater } from '@tanstack/react-table';
import { createColumnHelper } from '../../components/columns';
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
import { hasErrorCode, toApiError } from '../../lib/graphql-errors';
import { formatDuration, formatEntryDay, formatTimeRange } from '../../lib/hours';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';
import { EntryActions, rowName } from './EntryActions';
import type { QueueRow } from './grouping';
import { ReviewHourEntryDocument } from './operations';
import { REVIEW_PAGE_SIZE, ReviewQueueDocument, reviewQueueVariables, reviewView } from './page-queries';
import { RefusedEntries } from './RefusedEntries';
import { ReviewCardList } from './ReviewCardList';
import { useApproveEntries } from './useApproveEntries';
import { ClockedEditNote } from './ClockedEditNote';
import { CohortFilter, SiteFilter } from './filters';
import { CONFLICT_MESSAGE, ReviewReasonModal, type ReasonAction, type ReviewTarget } from './ReviewReasonModal';

const column = createColumnHelper<QueueRow>();

const STATUS_OPTIONS = Object.values(HourEntryStatus).map((value) => ({ value, label: HOUR_ENTRY_STATUS_LABELS[value] }));
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

/** Preceptors and instructors approve, question or reject submitted hours, oldest first. */
export function ReviewPage() {
  usePageTitle('Review hours');
  const canReadCohorts = useCan('COHORT_READ');
  const canReadSites = useCan('SITE_READ');
  const canOpenStudents = useCan('STUDENT_READ');
  const canReopen = useCan('HOURS_REOPEN');
  const [params, updateParams] = useUrlParams();
  // Phones get a card list grouped by student; the table needs a wider screen (Mantine's sm breakpoint).
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });

  const { statuses, cohortId, siteId } = reviewView(params, { cohorts: canReadCohorts, sites: canReadSites });
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
  const [busyStudent, setBusyStudent] = useState<string | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(ReviewQueueDocument, {
    variables: reviewQueueVariables({ statuses, cohortId, siteId }, pager.after),
    notifyOnNetworkStatusChange: true,
  });
  const bulk = useApproveEntries(() => reload());
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

  async function approveAll(studentId: string, entries: QueueRow[]) {
    setBulkError(null);
    setBusyStudent(studentId);
    try {
      await bulk.approve(entries);
    } finally {
      setBusyStudent(null);
    }
  }

  async function approveOne(row: QueueRow) {
    setBulkError(null);
    bulk.dismiss();
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
          <ClockedEditNote entry={row.original} />
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
      cell: ({ row }) => (
        <EntryActions
          entry={row.original}
          canReopen={canReopen}
          busy={busyRow === row.original.id}
          onApprove={(entry) => void approveOne(entry)}
          onReason={(action, entry) => setReasonFor({ action, entry: target(entry) })}
        />
      ),
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

      <RefusedEntries refusals={bulk.refusals} approvedCount={bulk.approvedCount} onClose={bulk.dismiss} />
      {(bulkError ?? bulk.error) && (
        <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="Nothing was approved" mb="md" withCloseButton closeButtonLabel="Dismiss this error" onClose={() => { setBulkError(null); bulk.dismiss(); }}>
          {bulkError ?? bulk.error}
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
          {phone ? (
            <ReviewCardList
              rows={rows}
              canReopen={canReopen}
              canOpenStudents={canOpenStudents}
              busyRow={busyRow}
              busyStudent={busyStudent}
              onApprove={(entry) => void approveOne(entry)}
              onApproveAll={(studentId, entries) => void approveAll(studentId, entries)}
              onReason={(action, entry) => setReasonFor({ action, entry: target(entry) })}
            />
          ) : (
          <>
          <Group mb="sm" gap="sm">
            <Button
              leftSection={<IconChecks size={16} />}
              disabled={selected.length === 0}
              loading={bulk.loading && !busyStudent}
              onClick={() => void bulk.approve(selected)}
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
          </>
          )}
          <CursorPager
            page={pager.page}
            pageSize={REVIEW_PAGE_SIZE}
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
