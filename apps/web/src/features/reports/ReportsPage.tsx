import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Loader, Progress, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconChartLine, IconClipboardCheck, IconHistory, IconListDetails, IconRefresh } from '@tabler/icons-react';
import { useCan } from '../../app/auth/CurrentUser';
import { lazyPart } from '../../app/lazyPage';
import { EmptyState } from '../../components/EmptyState';
import { PageLoader, TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { ReportInput } from '../../gql/graphql';
import { todayIso } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlParams } from '../../lib/useSearchParamState';
import { ProgramOptionsDocument } from '../programs/ProgramSelect';
import { OutcomeReportDocument, ReportTrendDocument } from './operations';
import { latestCompleteAbhesYear } from './period';
import { ReportControls, type ReportChoice } from './ReportControls';

// The other tabs, the report (once generated) and its charts load when first shown: the charts library alone is
// ~100 KB gzip, more than the rest of the page.
const EvaluationsReport = lazyPart(
  () => import('../evaluations/EvaluationsReport').then((m) => m.EvaluationsReport),
  <TableSkeleton label="Loading the evaluations" />,
);
const SnapshotsList = lazyPart(() => import('./SnapshotsList').then((m) => m.SnapshotsList), <TableSkeleton label="Loading the snapshots" />);
const DisclosureLog = lazyPart(() => import('./DisclosureLog').then((m) => m.DisclosureLog), <TableSkeleton label="Loading the disclosure log" />);
const ReportView = lazyPart(() => import('./ReportView').then((m) => m.ReportView), <PageLoader label="Loading the report" />);
const TrendCharts = lazyPart(() => import('./TrendCharts').then((m) => m.TrendCharts), <TableSkeleton rows={3} label="Loading the trend" />);

export const TREND_PERIODS = 5;

const TABS = ['report', 'evaluations', 'snapshots', 'log'] as const;
type Tab = (typeof TABS)[number];

/** The report the URL asks for, once "Generate" has put a period in it; the URL makes a report linkable. */
function inputFromParams(params: URLSearchParams): ReportInput | null {
  const periodStart = params.get('from');
  const periodEnd = params.get('to');
  if (!periodStart || !periodEnd) return null;
  return { programId: params.get('program') || null, cohortId: params.get('cohort') || null, periodStart, periodEnd };
}

export function ReportsPage({ today = todayIso() }: { today?: string }) {
  usePageTitle('Reports');
  const canReadLog = useCan('DISCLOSURE_LOG_READ');
  const canReadEvaluations = useCan('EVALUATION_READ');
  const [params, update] = useUrlParams();
  const requested = params.get('tab');
  const tab: Tab = TABS.includes(requested as Tab) && (requested !== 'log' || canReadLog) && (requested !== 'evaluations' || canReadEvaluations) ? (requested as Tab) : 'report';

  return (
    <Stack gap="md">
      <PageHeader title="Reports" description="ABHES and COE outcome figures for a period, with the students behind every number; evaluation averages for ASHP." />
      <Tabs value={tab} onChange={(value) => update({ tab: value === 'report' ? null : value })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="report" leftSection={<IconChartLine size={16} />}>
            Outcome report
          </Tabs.Tab>
          {canReadEvaluations && (
            <Tabs.Tab value="evaluations" leftSection={<IconClipboardCheck size={16} />}>
              Evaluations
            </Tabs.Tab>
          )}
          <Tabs.Tab value="snapshots" leftSection={<IconHistory size={16} />}>
            Saved snapshots
          </Tabs.Tab>
          {canReadLog && (
            <Tabs.Tab value="log" leftSection={<IconListDetails size={16} />}>
              Disclosure log
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="report">
          <GenerateReport today={today} />
        </Tabs.Panel>
        {canReadEvaluations && (
          <Tabs.Panel value="evaluations">
            <EvaluationsReport />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="snapshots">
          <SnapshotsList />
        </Tabs.Panel>
        {canReadLog && (
          <Tabs.Panel value="log">
            <DisclosureLog />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}

function GenerateReport({ today }: { today: string }) {
  const [params, update] = useUrlParams();
  const programs = useQuery(ProgramOptionsDocument);
  const input = inputFromParams(params);
  const report = useQuery(OutcomeReportDocument, input ? { variables: { input }, notifyOnNetworkStatusChange: true } : skipToken);
  const fallbackYear = latestCompleteAbhesYear(today);
  const initial: ReportChoice = {
    programId: params.get('program') ?? '',
    cohortId: params.get('cohort') ?? '',
    periodStart: params.get('from') ?? fallbackYear.periodStart,
    periodEnd: params.get('to') ?? fallbackYear.periodEnd,
  };

  function generate(choice: ReportChoice) {
    const unchanged =
      input &&
      (input.programId ?? '') === choice.programId &&
      (input.cohortId ?? '') === choice.cohortId &&
      input.periodStart === choice.periodStart &&
      input.periodEnd === choice.periodEnd;
    if (unchanged) {
      // The same inputs again: build it anew (records may have changed since).
      void report.refetch().catch(() => undefined);
      return;
    }
    update({ program: choice.programId, cohort: choice.cohortId, from: choice.periodStart, to: choice.periodEnd });
  }

  if (programs.loading && !programs.data) return <PageLoader label="Loading your programs" />;
  if (!programs.data) return <QueryError error={programs.error} what="your programs" onRetry={() => programs.refetch()} />;
  const programOptions = programs.data.programs.edges.map(({ node }) => node);
  if (programOptions.length === 0) {
    return <EmptyState title="No programs to report on">Reports cover the programs you direct or teach in. Ask your program director to add you to a cohort.</EmptyState>;
  }

  return (
    <Stack gap="lg">
      {/* Re-created when the URL changes (Back, a shared link) so the controls show what is reported. */}
      <ReportControls key={params.toString()} initial={initial} programs={programOptions} onGenerate={generate} busy={report.loading} today={today} />
      {!input ? (
        <EmptyState title="Choose what to report on">Pick a program, a period and optionally a cohort, then select “Generate report”.</EmptyState>
      ) : report.loading ? (
        <BuildingReport />
      ) : report.data ? (
        <ReportView report={report.data.outcomeReport} source={{ kind: 'live', input }}>
          <TrendSection input={input} />
        </ReportView>
      ) : (
        <ReportError error={report.error} onRetry={() => report.refetch()} />
      )}
    </Stack>
  );
}

function BuildingReport() {
  return (
    <Card withBorder role="status" aria-live="polite" aria-label="Building report">
      <Stack align="center" gap="sm" py="lg">
        <Loader aria-hidden />
        <Text fw={600}>Building report…</Text>
        <Progress value={100} striped animated w="100%" maw={360} aria-hidden />
        <Text size="sm" c="dimmed" ta="center">
          Every figure is counted from the students’ status history. A large program can take a few seconds.
        </Text>
      </Stack>
    </Card>
  );
}

function reportAdvice(code: string): string {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 'Check the program, cohort and period above (the last day on or after the first, at most 5 years), then generate again.';
    case 'FORBIDDEN':
      return 'You can only report on programs and cohorts you direct or teach. Choose another, or ask your program director.';
    case 'NOT_FOUND':
      return 'The program or cohort may have been removed. Choose another one above.';
    case 'NETWORK':
      return 'Check your internet connection, then retry.';
    default:
      return 'Retry in a moment. If it keeps failing, choose a shorter period or one program, and tell your program director.';
  }
}

function ReportError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const apiError = toApiError(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="The report could not be built" role="alert">
      <Text size="sm">{apiError.message}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {reportAdvice(apiError.code)}
      </Text>
      <Group mt="sm">
        <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}>
          Retry
        </Button>
      </Group>
    </Alert>
  );
}

function TrendSection({ input }: { input: ReportInput }) {
  const { data, loading, error, refetch } = useQuery(ReportTrendDocument, { variables: { input, periods: TREND_PERIODS } });
  return (
    <Stack component="section" aria-labelledby="report-trend-title" gap="sm">
      <div>
        <Title order={2} size="h4" id="report-trend-title">
          Trend over {TREND_PERIODS} periods
        </Title>
        <Text size="sm" c="dimmed">
          The same period in each of the last {TREND_PERIODS} years, oldest first. A gap means no students in that year’s denominator.
        </Text>
      </div>
      {loading && !data ? (
        <TableSkeleton rows={3} label="Loading the trend" />
      ) : !data ? (
        <QueryError error={error} what="the trend" onRetry={() => refetch()} />
      ) : (
        <TrendCharts points={data.reportTrend} />
      )}
    </Stack>
  );
}
