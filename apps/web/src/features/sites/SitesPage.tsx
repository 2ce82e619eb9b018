import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PRACTICE_SETTING_LABELS } from '@ptp/shared';
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
import type { SiteRowFragment } from '../../gql/graphql';
import { formatDateRange } from '../../lib/dates';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useDebouncedSearchParam } from '../../lib/useSearchParamState';
import { AgreementBadge } from './AgreementBadge';
import { CreateSiteModal } from './CreateSiteModal';
import { SitesDocument } from './operations';

const PAGE_SIZE = 25;
const column = createColumnHelper<SiteRowFragment>();

const columns = [
  column.accessor('name', {
    header: 'Name',
    cell: (info) => (
      <div>
        <Anchor component={Link} to={`/sites/${info.row.original.id}`} fw={600}>
          {info.getValue()}
        </Anchor>
        <Text size="xs" c="dimmed">
          {info.row.original.address}
        </Text>
      </div>
    ),
  }),
  column.accessor('setting', { header: 'Setting', cell: (info) => PRACTICE_SETTING_LABELS[info.getValue()] }),
  column.accessor('capacity', { header: 'Capacity' }),
  column.accessor('activePlacementCount', {
    header: 'Placed now',
    cell: (info) => `${info.getValue()} of ${info.row.original.capacity}`,
  }),
  column.display({
    id: 'agreement',
    header: 'Agreement',
    cell: ({ row }) => (
      <div>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateRange(row.original.agreementStartDate, row.original.agreementEndDate)}
        </Text>
        <AgreementBadge status={row.original.agreementStatus} daysLeft={row.original.agreementDaysLeft} />
      </div>
    ),
  }),
];

export function SitesPage() {
  usePageTitle('Sites');
  const canManage = useCan('SITE_MANAGE');
  const search = useDebouncedSearchParam('q');
  const pager = useCursorPagination(search.committed);
  const [createOpened, createModal] = useDisclosure(false);
  const { data, previousData, loading, error, refetch } = useQuery(SitesDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: { search: search.committed || null } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.sites;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader
        title="Sites"
        description="Externship sites, their affiliation agreements and how many students they take."
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
              New site
            </Button>
          )
        }
      />
      <Group mb="md">
        <TextInput
          label="Search sites"
          placeholder="Name or address"
          leftSection={<IconSearch size={16} />}
          value={search.value}
          onChange={(event) => search.setValue(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      {error && !connection ? (
        <QueryError error={error} what="the sites" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading sites" />
      ) : rows.length === 0 ? (
        <EmptyState title={search.committed ? 'No sites match' : 'No sites yet'}>
          {search.committed
            ? 'Check the spelling, or search by address.'
            : canManage
              ? 'Add the first externship site with "New site".'
              : 'Sites appear here once your program director adds them.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
          <DataTable label="Sites" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
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
      {canManage && <CreateSiteModal opened={createOpened} onClose={createModal.close} />}
    </>
  );
}
