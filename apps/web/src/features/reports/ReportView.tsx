import { Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useCan } from '../../app/auth/CurrentUser';
import { EmptyState } from '../../components/EmptyState';
import { Fact } from '../../components/Fact';
import type { OutcomeReportFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/dates';
import { FigureStudentsDrawer } from './FigureStudents';
import { formatPeriod } from './period';
import { ExportPanel, SaveSnapshotPanel } from './ReportActions';
import { ReportTable, reportLookups, type ReportFigure } from './ReportTables';
import type { ReportSource } from './source';

/** "demo-program-report-2025-07-01-2026-06-30": the name of a download when the server sends none. */
function fileStem(report: OutcomeReportFieldsFragment): string {
  const name = report.programNames.length === 1 ? (report.programNames[0] ?? 'programs') : 'programs';
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'programs';
  return `${slug}-report-${report.periodStart}-${report.periodEnd}`;
}

interface ReportViewProps {
  report: OutcomeReportFieldsFragment;
  source: ReportSource;
  /** Shown below the figures (the trend charts of a freshly generated report). */
  children?: ReactNode;
}

/** A generated or saved report: what it covers, its figures with drill-downs, and its exports. */
export function ReportView({ report, source, children }: ReportViewProps) {
  const canExport = useCan('REPORT_EXPORT');
  const canSave = useCan('REPORT_SNAPSHOT_SAVE');
  const lookups = useMemo(() => reportLookups(report), [report]);
  const [figure, setFigure] = useState<ReportFigure | null>(null);
  const showSave = canSave && source.kind === 'live';

  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-label="What this report covers">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
          <Fact label={report.programNames.length === 1 ? 'Program' : 'Programs'}>{report.programNames.join(', ') || '—'}</Fact>
          <Fact label="Cohort">{report.cohortCode ?? 'All cohorts'}</Fact>
          <Fact label="Period">{formatPeriod(report.periodStart, report.periodEnd)}</Fact>
          <Fact label="Generated">
            {formatDateTime(report.generatedAt)} by {report.generatedBy}
          </Fact>
        </SimpleGrid>
        {report.employmentRule && (
          <Text size="sm" mt="sm">
            <Text span fw={600}>
              Placement rule:
            </Text>{' '}
            {report.employmentRule}
          </Text>
        )}
      </Card>

      {(canExport || showSave) && (
        <SimpleGrid cols={{ base: 1, md: showSave && canExport ? 2 : 1 }}>
          {canExport && <ExportPanel source={source} fileStem={fileStem(report)} />}
          {showSave && source.kind === 'live' && <SaveSnapshotPanel input={source.input} />}
        </SimpleGrid>
      )}

      {report.tables.length === 0 ? (
        <EmptyState title="Nothing to report">This period has no students in the programs you chose.</EmptyState>
      ) : (
        <Stack gap="xl">
          <Text size="sm" c="dimmed">
            Select a count to see the students it counts. Rates show their benchmark; a red “Below benchmark” badge marks a rate under it.
          </Text>
          {report.tables.map((table) => (
            <ReportTable key={table.key} table={table} lookups={lookups} onOpenFigure={setFigure} />
          ))}
        </Stack>
      )}

      {children}

      <FigureStudentsDrawer source={source} figure={figure} onClose={() => setFigure(null)} />
    </Stack>
  );
}
