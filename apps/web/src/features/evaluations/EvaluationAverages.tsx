import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import type { EvaluationKind } from '@ptp/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { FormAlert } from '../../components/FormAlert';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/dates';
import { useDownload } from '../../lib/download';
import { EvaluationSummaryDocument, SubmittedEvaluationsDocument } from './operations';
import { kindLabel } from './slots';

const KIND_OPTIONS = [
  { value: 'SITE', label: 'Students’ site evaluations' },
  { value: 'MIDTERM', label: 'Midterms' },
  { value: 'FINAL', label: 'Finals' },
];

/** A site's or a cohort's evaluations: `{ siteId }` or `{ cohortId }`. */
export type EvaluationGroup = { siteId: string; cohortId?: never } | { cohortId: string; siteId?: never };

/**
 * Average rating per item at a site or in a cohort: the students' site evaluations, or the
 * preceptors' midterms or finals; with the evaluations behind them and a CSV for those who may see them one by one.
 */
export function EvaluationAverages({ group, headingId = 'evaluations-heading' }: { group: EvaluationGroup; headingId?: string }) {
  const [kind, setKind] = useState<EvaluationKind>('SITE');
  const input = { kind, ...group };
  const where = group.siteId ? 'this site' : 'this cohort';
  const groupQuery = group.siteId ? `siteId=${group.siteId}` : `cohortId=${group.cohortId}`;
  const { data, loading, error, refetch } = useQuery(EvaluationSummaryDocument, { variables: { input } });
  const summary = data?.evaluationSummary;
  // Preceptor evaluations come one by one with EVALUATION_READ (scope says whose); site ones, with names, need SITE_EVALUATION_READ_ALL.
  const canReadEverySiteEvaluation = useCan('SITE_EVALUATION_READ_ALL');
  const canDrill = kind !== 'SITE' || canReadEverySiteEvaluation;
  const canExport = useCan('REPORT_EXPORT') && canDrill;
  const { busy, error: downloadError, download } = useDownload<'csv'>('The evaluations could not be exported. Try again in a moment.');
  const exportCsv = () =>
    download('csv', `/api/evaluations.csv?kind=${kind}&${groupQuery}`, `evaluations-${kind.toLowerCase()}.csv`, {
      title: 'Evaluations exported',
      message: (filename) => `${filename} was downloaded. The disclosure was logged.`,
    });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            Evaluations
          </Title>
          <SegmentedControl size="xs" data={KIND_OPTIONS} value={kind} onChange={(v) => setKind(v as EvaluationKind)} aria-label="Which evaluations" />
        </Group>
        {loading && !summary ? (
          <TableSkeleton rows={3} label="Loading averages" />
        ) : !summary ? (
          <QueryError error={error} what="the evaluation averages" onRetry={() => refetch()} />
        ) : summary.hidden ? (
          <Text size="sm" c="dimmed">
            Averages appear once {summary.minimumResponses} students have evaluated {group.siteId ? 'this site' : 'their sites in this cohort'}, so no one student’s answers can be read from them ({summary.responses} so far).
          </Text>
        ) : summary.responses === 0 ? (
          <Text size="sm" c="dimmed">
            No {kindLabel(kind).toLowerCase()} has been submitted for {where} yet.
          </Text>
        ) : (
          <>
            <Text size="sm">
              Average rating of {summary.responses} submitted {summary.responses === 1 ? 'evaluation' : 'evaluations'}, per item.
            </Text>
            <Table.ScrollContainer minWidth={520}>
              <Table verticalSpacing="xs" aria-label={`${kindLabel(kind)}: average per item`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Section</Table.Th>
                    <Table.Th>Item</Table.Th>
                    <Table.Th ta="right">Average</Table.Th>
                    <Table.Th ta="right">Ratings</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.items.map((item) => (
                    <Table.Tr key={item.itemId}>
                      <Table.Td>
                        <Text size="sm">{item.section}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.prompt}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" fw={600}>
                          {item.average.toFixed(2)}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{item.count}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {canDrill && <SubmittedList input={input} />}
            {canExport && (
              <Group>
                <Button variant="light" size="xs" loading={busy === 'csv'} onClick={() => void exportCsv()}>
                  Export CSV (each evaluation, item by item)
                </Button>
              </Group>
            )}
            <FormAlert title="Not exported" message={downloadError} />
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The evaluations behind the averages (administrators; instructors for preceptor evaluations). */
function SubmittedList({ input }: { input: { kind: EvaluationKind } & EvaluationGroup }) {
  const [open, setOpen] = useState(false);
  const { data, error } = useQuery(SubmittedEvaluationsDocument, { variables: { input }, skip: !open });
  if (!open) {
    return (
      <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        Show the evaluations behind these averages
      </Anchor>
    );
  }
  if (error) return <QueryError error={error} what="the evaluations" />;
  return (
    <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 18 }} aria-label="Submitted evaluations">
      {(data?.submittedEvaluations ?? []).map((e) => (
        <li key={e.id}>
          <Anchor component={Link} to={`/evaluations/${e.id}`} size="sm">
            {e.placement.enrollment.student.firstName} {e.placement.enrollment.student.lastName}
          </Anchor>
          <Text span size="sm" c="dimmed">
            {' '}
            · by {e.evaluatorName} · {formatDateTime(e.submittedAt)}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
