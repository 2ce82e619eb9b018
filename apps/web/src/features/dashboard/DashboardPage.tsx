import { skipToken, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState } from '../../components/EmptyState';
import { PageLoader, TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { CohortDashboardQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import { ComplianceReviewActions } from '../compliance/ComplianceReviewActions';
import { ComplianceStateBadge } from '../compliance/ComplianceStateBadge';
import { AllCohortsOverview } from './AllCohortsOverview';
import { CohortDashboardDocument, DashboardCohortOptionsDocument, PendingComplianceRecordsDocument } from './operations';

export const DASHBOARD_WINDOW_DAYS = 30;
/** The cohort choice that shows every cohort of the instructor (the default). */
export const ALL_COHORTS = 'all';

type Dashboard = CohortDashboardQuery['cohort']['dashboard'];

/** Instructors' view of one cohort: documents to review, items lapsing, students who may retake an exam. */
export function DashboardPage() {
  usePageTitle('Dashboard');
  const [params, update] = useUrlParams();
  const cohorts = useQuery(DashboardCohortOptionsDocument);
  const cohortOptions = (cohorts.data?.cohorts.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` }));
  // One cohort: its dashboard; several: "All my cohorts" first, unless the address names one.
  const several = cohortOptions.length > 1;
  const options = several ? [{ value: ALL_COHORTS, label: 'All my cohorts' }, ...cohortOptions] : cohortOptions;
  const cohortId = params.get('cohort') ?? options[0]?.value ?? null;

  if (cohorts.loading && !cohorts.data) return <PageLoader label="Loading cohorts" />;
  if (!cohorts.data) return <QueryError error={cohorts.error} what="the cohorts" onRetry={() => cohorts.refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader title="Dashboard" description={several ? 'What needs attention in your cohorts.' : 'What needs attention in a cohort.'} />
      {options.length === 0 ? (
        <EmptyState title="No cohorts">You are not assigned to any cohort yet.</EmptyState>
      ) : (
        <>
          <NativeSelect
            label="Cohort"
            maw={360}
            data={options}
            value={cohortId ?? ''}
            onChange={(event) => update({ cohort: event.currentTarget.value })}
          />
          {cohortId === ALL_COHORTS ? (
            <AllCohortsOverview withinDays={DASHBOARD_WINDOW_DAYS} onOpen={(id) => update({ cohort: id })} />
          ) : (
            cohortId && <CohortDashboard cohortId={cohortId} />
          )}
        </>
      )}
    </Stack>
  );
}

export function CohortDashboard({ cohortId }: { cohortId: string }) {
  const { data, loading, error, refetch } = useQuery(CohortDashboardDocument, {
    variables: { id: cohortId, withinDays: DASHBOARD_WINDOW_DAYS },
    fetchPolicy: 'cache-and-network',
  });
  const dashboard = data?.cohort.dashboard;
  if (loading && !dashboard) return <TableSkeleton rows={5} label="Loading dashboard" />;
  if (!dashboard) return <QueryError error={error} what="the dashboard" onRetry={() => refetch()} />;
  return (
    <Stack gap="lg">
      <ReviewCard cohortId={cohortId} count={dashboard.documentsAwaitingReview} />
      {/* Side by side only where both tables fit without scrolling */}
      <SimpleGrid cols={{ base: 1, xl: 2 }}>
        <ExpiringCard items={dashboard.expiringItems} />
        <RetakeCard rows={dashboard.retakeEligible} />
      </SimpleGrid>
      <OverdueEvaluationsCard rows={dashboard.overdueEvaluations} />
    </Stack>
  );
}

function CardTitle({ id, title, count }: { id: string; title: string; count: number }) {
  return (
    <Group justify="space-between" mb="sm">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      <Badge size="lg" variant="light" color={count > 0 ? 'blue' : 'gray'} aria-label={`${count} in total`}>
        {count}
      </Badge>
    </Group>
  );
}

const REVIEW_PAGE_SIZE = 25;

function ReviewCard({ cohortId, count }: { cohortId: string; count: number }) {
  const pager = useCursorPagination(`review-${cohortId}`);
  const { data: current, previousData, loading, error, refetch } = useQuery(
    PendingComplianceRecordsDocument,
    count > 0
      ? { variables: { first: REVIEW_PAGE_SIZE, after: pager.after, filter: { statuses: ['PENDING'], cohortId } }, notifyOnNetworkStatusChange: true }
      : skipToken,
  );
  const data = current ?? previousData;
  const rows = data?.complianceRecords.edges.map((edge) => edge.node) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="dash-review">
      <CardTitle id="dash-review" title="Documents waiting for review" count={count} />
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing waiting for review.
        </Text>
      ) : loading && !data ? (
        <TableSkeleton rows={3} label="Loading documents" />
      ) : !data ? (
        <QueryError error={error} what="the documents" onRetry={() => refetch()} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Documents waiting for review" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                <Table.Th scope="col">Item</Table.Th>
                <Table.Th scope="col">Completed</Table.Th>
                <Table.Th scope="col">Submitted</Table.Th>
                <Table.Th scope="col">Document</Table.Th>
                <Table.Th scope="col">Decision</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/students/${record.enrollment.student.id}`} size="sm">
                      {record.enrollment.student.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{record.item.name}</Table.Td>
                  <Table.Td>{formatDate(record.completedOn)}</Table.Td>
                  <Table.Td>{formatDate(record.createdAt.slice(0, 10))}</Table.Td>
                  <Table.Td>
                    {record.documentUrl ? (
                      <Anchor href={record.documentUrl} target="_blank" rel="noopener noreferrer" size="sm">
                        <Group gap={2} component="span" wrap="nowrap">
                          View <IconExternalLink size={12} aria-hidden />
                        </Group>
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ComplianceReviewActions
                      recordId={record.id}
                      itemName={record.item.name}
                      studentName={record.enrollment.student.fullName}
                      allowWaive={false}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <CursorPager
            page={pager.page}
            pageSize={REVIEW_PAGE_SIZE}
            shown={rows.length}
            totalCount={data.complianceRecords.totalCount}
            hasPrevious={pager.hasPrevious}
            hasNext={data.complianceRecords.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(data.complianceRecords.pageInfo.endCursor)}
            loading={loading}
          />
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function ExpiringCard({ items }: { items: Dashboard['expiringItems'] }) {
  return (
    <Card withBorder component="section" aria-labelledby="dash-expiring">
      <CardTitle id="dash-expiring" title={`Expired, missing or expiring in ${DASHBOARD_WINDOW_DAYS} days`} count={items.length} />
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every required item is valid for the next {DASHBOARD_WINDOW_DAYS} days.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Expiring compliance items" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                <Table.Th scope="col">Item</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Valid through</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((row) => (
                <Table.Tr key={`${row.enrollment.id}-${row.item.id}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/students/${row.enrollment.student.id}`} size="sm">
                      {row.enrollment.student.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{row.item.name}</Table.Td>
                  <Table.Td>
                    <ComplianceStateBadge state={row.state} daysLeft={row.daysLeft} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.validThrough)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function OverdueEvaluationsCard({ rows }: { rows: Dashboard['overdueEvaluations'] }) {
  return (
    <Card withBorder component="section" aria-labelledby="dash-evaluations">
      <CardTitle id="dash-evaluations" title="Overdue preceptor evaluations" count={rows.length} />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every midterm and final evaluation is in, or not yet a week past due.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Overdue preceptor evaluations" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                <Table.Th scope="col">Evaluation</Table.Th>
                <Table.Th scope="col">Preceptor</Table.Th>
                <Table.Th scope="col">Due</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.placementId}-${row.kind}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/students/${row.placement.enrollment.student.id}`} size="sm">
                      {row.placement.enrollment.student.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.kind === 'FINAL' ? 'Final' : 'Midterm'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.placement.preceptor.user.displayName}</Text>
                    <Text size="xs" c="dimmed">
                      {row.placement.site.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(row.dueOn)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

function RetakeCard({ rows }: { rows: Dashboard['retakeEligible'] }) {
  return (
    <Card withBorder component="section" aria-labelledby="dash-retake">
      <CardTitle id="dash-retake" title="Eligible for an exam retake" count={rows.length} />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No student is waiting to retake an exam.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table aria-label="Students eligible for a retake" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Student</Table.Th>
                <Table.Th scope="col">Exam</Table.Th>
                <Table.Th scope="col">Attempts</Table.Th>
                <Table.Th scope="col">Eligible since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.enrollment.id}-${row.exam.id}`}>
                  <Table.Td>
                    <Anchor component={Link} to={`/students/${row.enrollment.student.id}`} size="sm">
                      {row.enrollment.student.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{row.exam.code}</Table.Td>
                  <Table.Td>{row.attempts}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(row.nextAllowedOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
