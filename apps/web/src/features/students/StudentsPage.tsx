import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { createColumnHelper } from '../../components/columns';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { StatusBadge } from '../../components/StatusBadge';
import type { StudentsQuery } from '../../gql/graphql';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useDebouncedSearchParam } from '../../lib/useSearchParamState';
import { StudentsDocument } from './operations';

const PAGE_SIZE = 25;
type StudentRow = StudentsQuery['students']['edges'][number]['node'];
const column = createColumnHelper<StudentRow>();

const columns = (linkCohorts: boolean) => [
  column.accessor('fullName', {
    header: 'Name',
    cell: (info) => (
      <Anchor component={Link} to={`/students/${info.row.original.id}`} fw={600}>
        {info.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('studentNumber', { header: 'Student #' }),
  column.accessor('email', { header: 'Email' }),
  column.display({
    id: 'enrollments',
    header: 'Enrollments',
    cell: ({ row }) =>
      row.original.enrollments.length === 0 ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <Group gap={6}>
          {row.original.enrollments.map((enrollment) => (
            <Group key={enrollment.id} gap={4} wrap="nowrap">
              {linkCohorts ? (
                <Anchor component={Link} to={`/cohorts/${enrollment.cohort.id}`} size="sm">
                  {enrollment.cohort.code}
                </Anchor>
              ) : (
                <Text size="sm">{enrollment.cohort.code}</Text>
              )}
              <StatusBadge status={enrollment.status} />
            </Group>
          ))}
        </Group>
      ),
  }),
];

export function StudentsPage() {
  usePageTitle('Students');
  const canReadCohorts = useCan('COHORT_READ');
  const search = useDebouncedSearchParam('q');
  const pager = useCursorPagination(search.committed);
  const { data, previousData, loading, error, refetch } = useQuery(StudentsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: { search: search.committed || null } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.students;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader title="Students" description="Everyone enrolled in the cohorts you can see." />
      <TextInput
        label="Search students"
        description="Name, email or student number"
        leftSection={<IconSearch size={16} />}
        value={search.value}
        onChange={(event) => search.setValue(event.currentTarget.value)}
        maw={360}
        mb="md"
      />
      {error && !connection ? (
        <QueryError error={error} what="the students" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading students" />
      ) : rows.length === 0 ? (
        <EmptyState title={search.committed ? 'No students match' : 'No students yet'}>
          {search.committed ? 'Check the spelling, or search by student number.' : 'Students appear here once they are enrolled in a cohort.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
          <DataTable label="Students" data={rows} columns={columns(canReadCohorts)} getRowId={(row) => row.id} stale={loading} />
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
    </>
  );
}
