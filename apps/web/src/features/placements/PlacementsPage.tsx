import { useQuery } from '@apollo/client/react';
import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useCan } from '../../app/auth/CurrentUser';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import { CohortFilter, SiteFilter } from '../review/filters';
import { CreatePlacementModal } from './CreatePlacementModal';
import { PlacementsDocument } from './operations';
import { PlacementsTable } from './PlacementsTable';

const PAGE_SIZE = 25;

export function PlacementsPage() {
  usePageTitle('Placements');
  const canManage = useCan('PLACEMENT_MANAGE');
  const [params, updateParams] = useUrlParams();
  const cohortId = params.get('cohort');
  const siteId = params.get('site');
  const pager = useCursorPagination(`${cohortId ?? ''}|${siteId ?? ''}`);
  const [createOpened, createModal] = useDisclosure(false);
  const { data, previousData, loading, error, refetch } = useQuery(PlacementsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: { cohortId, siteId } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.placements;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = Boolean(cohortId || siteId);

  return (
    <>
      <PageHeader
        title="Placements"
        description="Which student is at which site, with which preceptor, and when. Newest start first."
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
              New placement
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end" wrap="wrap">
        <CohortFilter value={cohortId} onChange={(id) => updateParams({ cohort: id })} />
        <SiteFilter value={siteId} onChange={(id) => updateParams({ site: id })} />
      </Group>
      {error && !connection ? (
        <QueryError error={error} what="the placements" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading placements" />
      ) : rows.length === 0 ? (
        <EmptyState title={filtered ? 'No placements match' : 'No placements yet'}>
          {filtered
            ? 'Try another cohort or site, or clear the filters.'
            : canManage
              ? 'Place a student at a site with "New placement".'
              : 'Placements appear here once students are placed at sites.'}
        </EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
          <PlacementsTable label="Placements" rows={rows} stale={loading} />
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
      {canManage && (
        <CreatePlacementModal opened={createOpened} onClose={createModal.close} defaults={{ cohortId, siteId }} />
      )}
    </>
  );
}
