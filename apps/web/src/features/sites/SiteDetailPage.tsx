import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { IconUserPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { Fact } from '../../components/Fact';
import { PageLoader, TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { SiteQuery } from '../../gql/graphql';
import { daysBetween, formatDate, formatDateRange, todayIso } from '../../lib/dates';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { EvaluationAverages } from '../evaluations/EvaluationAverages';
import { PlacementsDocument } from '../placements/operations';
import { PlacementsTable } from '../placements/PlacementsTable';
import { AddPreceptorModal } from './AddPreceptorModal';
import { AgreementBadge } from './AgreementBadge';
import { SiteDocument } from './operations';

const PAGE_SIZE = 25;
/** Licenses expiring within this many days are flagged. */
const LICENSE_WARNING_DAYS = 60;

function LicenseFlag({ expiresOn }: { expiresOn: string }) {
  const days = daysBetween(todayIso(), expiresOn);
  if (days < 0) {
    return (
      <Badge color="red" variant="light">
        Expired
      </Badge>
    );
  }
  if (days <= LICENSE_WARNING_DAYS) {
    return (
      <Badge color="orange" variant="light">
        {days === 0 ? 'Expires today' : `Expires in ${days} day${days === 1 ? '' : 's'}`}
      </Badge>
    );
  }
  return null;
}

function Preceptors({ preceptors }: { preceptors: SiteQuery['site']['preceptors'] }) {
  if (preceptors.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No preceptors yet. Students can be placed here once the site has one.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label="Preceptors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">License number</Table.Th>
            <Table.Th scope="col">License expires</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preceptors.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {p.user.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {p.user.email}
                </Text>
              </Table.Td>
              <Table.Td>{p.licenseNumber}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <span>{formatDate(p.licenseExpiresOn)}</span>
                  <LicenseFlag expiresOn={p.licenseExpiresOn} />
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function SitePlacements({ siteId }: { siteId: string }) {
  const pager = useCursorPagination(siteId);
  const { data, previousData, loading, error, refetch } = useQuery(PlacementsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: { siteId } },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.placements;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  if (error && !connection) return <QueryError error={error} what="the placements at this site" onRetry={() => refetch()} />;
  if (!connection) return <TableSkeleton label="Loading placements" />;
  if (rows.length === 0) return <EmptyState title="No placements at this site yet" />;
  return (
    <>
      <PlacementsTable label="Placements at this site" rows={rows} hideSite stale={loading} />
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
  );
}

export function SiteDetailPage() {
  const { id = '' } = useParams();
  const canManage = useCan('SITE_MANAGE');
  const [addOpened, addModal] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(SiteDocument, { variables: { id } });
  const site = data?.site;
  usePageTitle(site ? `${site.name} · Site` : 'Site');
  const canReadEvaluations = useCan('EVALUATION_READ');

  if (loading && !site) return <PageLoader label="Loading site" />;
  if (!site) return <QueryError error={error} what="this site" onRetry={() => refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={site.name}
        description={
          <Anchor component={Link} to="/sites" size="sm">
            ← All sites
          </Anchor>
        }
      />
      <Card withBorder component="section" aria-label="Site details">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label="Address">{site.address}</Fact>
          <Fact label="Practice setting">{PRACTICE_SETTING_LABELS[site.setting]}</Fact>
          <Fact label="Placed now">
            {site.activePlacementCount} of {site.capacity}
          </Fact>
          <Fact label="Affiliation agreement">
            <Stack gap={4} align="flex-start">
              <span>{formatDateRange(site.agreementStartDate, site.agreementEndDate)}</span>
              <AgreementBadge status={site.agreementStatus} daysLeft={site.agreementDaysLeft} />
            </Stack>
          </Fact>
        </SimpleGrid>
      </Card>
      <Card withBorder component="section" aria-labelledby="preceptors-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="preceptors-heading">
            Preceptors
          </Title>
          {canManage && (
            <Button variant="light" size="xs" leftSection={<IconUserPlus size={14} />} onClick={addModal.open}>
              Add preceptor
            </Button>
          )}
        </Group>
        <Preceptors preceptors={site.preceptors} />
      </Card>
      <section aria-labelledby="site-placements-heading">
        <Title order={2} size="h4" id="site-placements-heading" mb="sm">
          Placements
        </Title>
        <SitePlacements siteId={site.id} />
      </section>
      {canReadEvaluations && <EvaluationAverages group={{ siteId: site.id }} />}
      {canManage && (
        <AddPreceptorModal
          siteId={site.id}
          existingUserIds={site.preceptors.map((p) => p.user.id)}
          opened={addOpened}
          onClose={addModal.close}
        />
      )}
    </Stack>
  );
}
