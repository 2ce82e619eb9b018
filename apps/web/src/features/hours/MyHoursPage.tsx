import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { createColumnHelper } from '../../components/columns';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { HourStatusBadge } from '../../components/HourStatusBadge';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PrintButton, PrintSignatures } from '../../components/PrintSheet';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { QueryError } from '../../components/QueryError';
import type { HourEntryRowFragment } from '../../gql/graphql';
import { formatDuration, formatEntryDay, formatTimeRange } from '../../lib/hours';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';
import { HourEntryForm } from './HourEntryForm';
import { LinkedHourEntry } from './LinkedHourEntry';
import { MyEnrollmentGate, isActiveEnrollment, type MyEnrollment } from './MyEnrollmentGate';
import { MyHourEntriesDocument } from './operations';

const PAGE_SIZE = 25;
const column = createColumnHelper<HourEntryRowFragment>();

export function MyHoursPage() {
  usePageTitle('My hours');
  const me = useCurrentUser();
  return (
    <>
      <PageHeader
        title="My hours"
        description="Every entry you logged, newest first. Only approved hours count toward your requirements."
        actions={
          <>
            <PrintButton what="my hour log" />
            <Button className="no-print" component={Link} to="/hours/log" leftSection={<IconPlus size={16} />}>
              Log hours
            </Button>
          </>
        }
      />
      <MyEnrollmentGate activeOnly={false}>{(enrollment) => <MyHoursTable key={enrollment.id} enrollment={enrollment} />}</MyEnrollmentGate>
      <PrintSignatures subject="Hour log" studentName={me.displayName} />
    </>
  );
}

function EditButton({ entry, onEdit }: { entry: HourEntryRowFragment; onEdit: (entry: HourEntryRowFragment) => void }) {
  if (entry.status !== 'NEEDS_INFO' && entry.status !== 'SUBMITTED') return null;
  const label = entry.status === 'NEEDS_INFO' ? 'Resubmit' : 'Edit';
  return (
    <Button
      size="xs"
      variant={entry.status === 'NEEDS_INFO' ? 'filled' : 'light'}
      leftSection={<IconPencil size={14} />}
      onClick={() => onEdit(entry)}
      aria-label={`${label} the entry of ${formatEntryDay(entry.startedAt)}`}
    >
      {label}
    </Button>
  );
}

interface EntryCardsProps {
  entries: HourEntryRowFragment[];
  canEdit: boolean;
  onEdit: (entry: HourEntryRowFragment) => void;
}

function EntryCards({ entries, canEdit, onEdit }: EntryCardsProps) {
  return (
    <Stack component="ul" aria-label="My hours" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {entries.map((entry) => (
        <Card key={entry.id} component="li" withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text fw={600}>{formatEntryDay(entry.startedAt)}</Text>
              <Text size="sm">
                {formatTimeRange(entry.startedAt, entry.endedAt)} · {formatDuration(entry.minutes)}
              </Text>
              <Text size="sm" c="dimmed">
                {HOUR_COMPONENT_LABELS[entry.component]}
                {entry.placement ? ` · ${entry.placement.site.name}` : ''}
              </Text>
            </div>
            <HourStatusBadge status={entry.status} />
          </Group>
          {entry.reviewComment && (
            <Text size="sm" mt={6} style={{ whiteSpace: 'pre-wrap' }}>
              Reviewer: {entry.reviewComment}
            </Text>
          )}
          {canEdit && (
            <Group mt="xs">
              <EditButton entry={entry} onEdit={onEdit} />
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}

function MyHoursTable({ enrollment }: { enrollment: MyEnrollment }) {
  const pager = useCursorPagination(enrollment.id);
  const [editing, setEditing] = useState<HourEntryRowFragment | null>(null);
  const canEdit = isActiveEnrollment(enrollment);
  // ?entry=<id> (links in notifications) opens that entry, wherever it is in the list.
  const [params, updateParams] = useUrlParams();
  const linkedId = params.get('entry');
  const closeLinked = useCallback(() => updateParams({ entry: null }), [updateParams]);
  // A phone is too narrow for the table: one card per entry instead.
  const phone = useMediaQuery('(max-width: 40em)') ?? false;
  const { data, previousData, loading, error, refetch } = useQuery(MyHourEntriesDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: { enrollmentId: enrollment.id } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.hourEntries;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  const columns = useMemo(
    () => [
      column.accessor('startedAt', { header: 'Date', cell: (info) => <span style={{ whiteSpace: 'nowrap' }}>{formatEntryDay(info.getValue())}</span> }),
      column.display({
        id: 'time',
        header: 'Time',
        cell: ({ row }) => <span style={{ whiteSpace: 'nowrap' }}>{formatTimeRange(row.original.startedAt, row.original.endedAt)}</span>,
      }),
      column.accessor('minutes', { header: 'Duration', cell: (info) => formatDuration(info.getValue()) }),
      column.accessor('component', { header: 'Kind', cell: (info) => HOUR_COMPONENT_LABELS[info.getValue()] }),
      column.accessor((row) => row.placement?.site.name ?? '—', { id: 'site', header: 'Site' }),
      column.accessor('status', { header: 'Status', cell: (info) => <HourStatusBadge status={info.getValue()} /> }),
      column.accessor('reviewComment', {
        header: 'Reviewer comment',
        cell: (info) => (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {info.getValue() || '—'}
          </Text>
        ),
      }),
      column.display({
        id: 'actions',
        header: () => <VisuallyHidden>Actions</VisuallyHidden>,
        cell: ({ row }) => (canEdit ? <EditButton entry={row.original} onEdit={setEditing} /> : null),
      }),
    ],
    [canEdit],
  );

  return (
    <>
      {error && !connection ? (
        <QueryError error={error} what="your hours" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading your hours" />
      ) : rows.length === 0 ? (
        <EmptyState title="No hours logged yet">
          <Anchor component={Link} to="/hours/log">
            Log your first shift
          </Anchor>{' '}
          and it appears here.
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="this page of your hours" onRetry={() => refetch()} />}
          {phone ? (
            <EntryCards entries={rows} canEdit={canEdit} onEdit={setEditing} />
          ) : (
            <DataTable label="My hours" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
          )}
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
      {linkedId && <LinkedHourEntry key={linkedId} id={linkedId} canEdit={canEdit} onEdit={setEditing} onClose={closeLinked} />}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.status === 'NEEDS_INFO' ? 'Resubmit entry' : 'Edit entry'}
        size="lg"
      >
        {editing && (
          <>
            {editing.status === 'NEEDS_INFO' && editing.reviewComment && (
              <Text size="sm" mb="md">
                Your reviewer asked: <em>{editing.reviewComment}</em>
              </Text>
            )}
            <HourEntryForm
              enrollmentId={enrollment.id}
              placements={enrollment.placements}
              entry={editing}
              onSaved={() => setEditing(null)}
              onCancel={() => setEditing(null)}
              onReload={() => {
                setEditing(null);
                void refetch();
              }}
            />
          </>
        )}
      </Modal>
    </>
  );
}
