import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useCan, useCurrentUser } from '../../app/auth/CurrentUser';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { EvaluationQuery } from '../../gql/graphql';
import { formatDateRange, formatDateTime } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { AcknowledgeEvaluationDocument, EvaluationDocument, MyEvaluationTasksDocument } from './operations';
import { kindLabel } from './slots';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

type Evaluation = EvaluationQuery['evaluation'];

/** A submitted (or draft) evaluation to read; the student acknowledges a preceptor's evaluation here. */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EvaluationDocument, { variables: { id } });
  const evaluation = data?.evaluation;
  usePageTitle(evaluation ? kindLabel(evaluation.kind) : 'Evaluation');

  if (loading && !evaluation) return <PageLoader label="Loading the evaluation" />;
  if (!evaluation) return <QueryError error={error} what="the evaluation" onRetry={() => refetch()} />;
  return <EvaluationView evaluation={evaluation} />;
}

function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const user = useCurrentUser();
  const student = evaluation.placement.enrollment.student;
  const answers = new Map(evaluation.answers.map((a) => [a.itemId, a]));
  const labelOf = (value: number | null) => (value === null ? 'Not rated' : `${value} · ${evaluation.form.ratings.find((r) => r.value === value)?.label ?? ''}`);
  const canAcknowledge = useCan('EVALUATION_ACKNOWLEDGE') && evaluation.kind !== 'SITE' && evaluation.status === 'SUBMITTED' && !evaluation.acknowledgedAt;

  return (
    <Stack gap="lg" maw={860}>
      <PageHeader
        title={`${kindLabel(evaluation.kind)}: ${evaluation.kind === 'SITE' ? evaluation.placement.site.name : `${student.firstName} ${student.lastName}`}`}
        description={
          <Text size="sm" c="dimmed">
            {evaluation.placement.site.name} · {formatDateRange(evaluation.placement.startDate, evaluation.placement.endDate)} · by {evaluation.evaluatorName}
            {evaluation.submittedAt ? ` · submitted ${formatDateTime(evaluation.submittedAt)}` : ' · draft, not submitted'}
          </Text>
        }
      />
      {evaluation.form.sections.map((section) => (
        <Card withBorder key={section.title} padding="md" component="section" aria-label={section.title}>
          <Title order={2} size="h4" mb="sm">
            {section.title}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs" aria-label={`${section.title}: ratings`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Item</Table.Th>
                  <Table.Th w={200}>Rating</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {section.items.map((item) => {
                  const answer = answers.get(item.id);
                  const low = answer?.rating != null && answer.rating < evaluation.form.commentBelow;
                  return (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Text size="sm">{item.prompt}</Text>
                        {item.competencyCode && (
                          <Text size="xs" c="dimmed">
                            ASHP {item.competencyCode}
                          </Text>
                        )}
                        {answer?.comment && (
                          <Text size="sm" mt={4} fs="italic">
                            “{answer.comment}”
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={low ? 'orange' : 'gray'} variant="light" style={{ textTransform: 'none' }}>
                          {labelOf(answer?.rating ?? null)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      ))}
      <Card withBorder padding="md">
        <Text fw={600} size="sm">
          Overall comment
        </Text>
        <Text size="sm">{evaluation.comment ?? 'No overall comment.'}</Text>
      </Card>
      {evaluation.kind !== 'SITE' && evaluation.status === 'SUBMITTED' && (
        evaluation.acknowledgedAt ? (
          <Alert color="green" icon={<IconCircleCheck />} title={`Acknowledged by the student ${formatDateTime(evaluation.acknowledgedAt)}`}>
            {evaluation.acknowledgementComment ?? 'No comment.'}
          </Alert>
        ) : canAcknowledge ? (
          <AcknowledgeForm evaluationId={evaluation.id} />
        ) : (
          <Text size="sm" c="dimmed">
            The student has not acknowledged this evaluation yet.
          </Text>
        )
      )}
      <Anchor component={Link} to={user.role === 'STUDENT' || user.role === 'PRECEPTOR' ? '/evaluations' : `/students/${student.id}`} size="sm">
        {user.role === 'STUDENT' || user.role === 'PRECEPTOR' ? 'Back to evaluations' : `Back to ${student.firstName} ${student.lastName}`}
      </Anchor>
    </Stack>
  );
}

function AcknowledgeForm({ evaluationId }: { evaluationId: string }) {
  const [comment, setComment] = useState('');
  const { formError, submit: run } = useFormSubmit();
  const [acknowledge, { loading }] = useMutation(AcknowledgeEvaluationDocument, { refetchQueries: [MyEvaluationTasksDocument] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await acknowledge({ variables: { input: { evaluationId, comment: comment.trim() || null } } });
      notifications.show({ color: 'green', message: 'Evaluation acknowledged' });
    });
  }

  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} aria-label="Acknowledge this evaluation">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Acknowledge
        </Title>
        <Text size="sm" c="dimmed">
          Acknowledging says you have read the evaluation; it does not mean you agree. Add your own view if you like: it stays with the evaluation.
        </Text>
        <Textarea label="Your comment (optional)" autosize minRows={2} maxLength={LIMITS.noteMax} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        <FormAlert title="Not acknowledged" message={formError} />
        <Group>
          <Button type="submit" loading={loading} size="md">
            Acknowledge evaluation
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
