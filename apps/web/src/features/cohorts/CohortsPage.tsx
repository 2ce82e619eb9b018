import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '../../components/columns';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { CohortsQuery } from '../../gql/graphql';
import { formatDateRange } from '../../lib/dates';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useDebouncedSearchParam, useUrlParams } from '../../lib/useSearchParamState';
import { CreateCohortModal } from './CreateCohortModal';
import { ProgramSelect } from '../programs/ProgramSelect';
import { CohortsDocument } from './operations';

const PAGE_SIZE = 25;

type CohortRow = CohortsQuery['cohorts']['edges'][number]['node'];
const column = createColumnHelper<CohortRow>();

const columns = [
  column.accessor('code', {
    header: 'Code',
    cell: (info) => (
      <Anchor component={Link} to={`/cohorts/${info.row.original.id}`} fw={600}>
        {info.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('name', { header: 'Name' }),
  column.accessor((row) => row.program.name, { id: 'program', header: 'Program' }),
  column.display({
    id: 'dates',
    header: 'Dates',
    cell: ({ row }) => formatDateRange(row.original.startDate, row.original.expectedEndDate),
  }),
  column.display({
    id: 'externship',
    header: 'Externship',
    cell: ({ row }) => formatDateRange(row.original.externshipStartDate, row.original.externshipEndDate),
  }),
  column.accessor('activeCount', { header: 'Active' }),
  column.accessor((row) => row.instructors.map((i) => i.displayName).join(', ') || '—', {
    id: 'instructors',
    header: 'Instructors',
  }),
];

export function CohortsPage() {
  usePageTitle('Cohorts');
  const canCreate = useCan('COHORT_MANAGE');
  const [params, updateParams] = useUrlParams();
  const search = useDebouncedSearchParam('q');
  const programId = params.get('program');
  const pager = useCursorPagination(`${search.committed}|${programId ?? ''}`);
  const [createOpened, createModal] = useDisclosure(false);

  const { data, previousData, loading, error, refetch } = useQuery(CohortsDocument, {
    variables: {
      first: PAGE_SIZE,
      after: pager.after,
      filter: { search: search.committed || null, programId },
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.cohorts;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(search.committed || programId);

  return (
    <>
      <PageHeader
        title="Cohorts"
        description="Groups of students who start together and share an externship window."
        actions={
          canCreate && (
            <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
              New cohort
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end">
        <TextInput
          label="Search cohorts"
          placeholder="Code or name"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(event) => search.setValue(event.currentTarget.value)}
          w={280}
        />
        <ProgramSelect allLabel="All programs" value={programId} onChange={(id) => updateParams({ program: id })} w={240} />
      </Group>

      {error && !connection ? (
        <QueryError error={error} what="the cohorts" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading cohorts" />
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? 'No cohorts match' : 'No cohorts yet'}>
          {filtered
            ? 'Try another search or clear the program filter.'
            : canCreate
              ? 'Create the first cohort with "New cohort".'
              : 'You will see your cohorts here once you are assigned to one.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
          <DataTable label="Cohorts" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
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
      {canCreate && <CreateCohortModal opened={createOpened} onClose={createModal.close} />}
    </>
  );
}
