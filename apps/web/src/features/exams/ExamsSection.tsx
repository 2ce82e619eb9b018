import { useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { CREDENTIAL_KIND_LABELS, EXAM_RESULT_LABELS, type ExamResult } from '@ptp/shared';
import { IconCertificate, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { EnrollmentExamsQuery } from '../../gql/graphql';
import { formatDate, todayIso } from '../../lib/dates';
import { AddCredentialForm, RecordAttemptForm, RecordResultForm } from './ExamForms';
import { EnrollmentExamsDocument, StudentCredentialsDocument } from './operations';

type Standing = EnrollmentExamsQuery['enrollment']['examStandings'][number];
type Attempt = EnrollmentExamsQuery['enrollment']['examAttempts'][number];

const RESULT_COLORS: Record<ExamResult, string> = { PASSED: 'green', FAILED: 'red', SCHEDULED: 'blue', NO_SHOW: 'gray' };

export function ExamResultBadge({ result }: { result: ExamResult }) {
  return (
    <Badge color={RESULT_COLORS[result]} variant="light" radius="sm">
      {EXAM_RESULT_LABELS[result]}
    </Badge>
  );
}

function NextAttempt({ standing }: { standing: Standing }) {
  if (standing.passed) return <Text size="sm">—</Text>;
  if (standing.exhausted) {
    return (
      <Badge color="red" variant="filled" radius="sm" title="Every allowed attempt is used; a petition is needed">
        Attempts exhausted
      </Badge>
    );
  }
  if (standing.scheduled) return <Text size="sm">Scheduled</Text>;
  if (!standing.nextAllowedOn) return <Text size="sm">Any time</Text>;
  const now = standing.nextAllowedOn <= todayIso();
  return <Text size="sm">{now ? `Eligible now (since ${formatDate(standing.nextAllowedOn)})` : `Not before ${formatDate(standing.nextAllowedOn)}`}</Text>;
}

export function StandingsTable({ standings }: { standings: readonly Standing[] }) {
  if (standings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No exam attempted or scheduled yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Exam standings" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Exam</Table.Th>
            <Table.Th scope="col">Attempts</Table.Th>
            <Table.Th scope="col">Standing</Table.Th>
            <Table.Th scope="col">Next attempt</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {standings.map((s) => (
            <Table.Tr key={s.exam.id}>
              <Table.Th scope="row" fw={500}>
                {s.exam.code}
                <Text size="xs" c="dimmed">
                  {s.exam.name}
                </Text>
              </Table.Th>
              <Table.Td>
                {s.attempts}
                {s.exam.maxAttempts ? ` of ${s.exam.maxAttempts}` : ''}
              </Table.Td>
              <Table.Td>
                {s.passed ? <ExamResultBadge result="PASSED" /> : s.attempts > 0 ? <ExamResultBadge result="FAILED" /> : <ExamResultBadge result="SCHEDULED" />}
                {s.firstAttemptResult && (
                  <Text size="xs" c="dimmed">
                    First attempt: {EXAM_RESULT_LABELS[s.firstAttemptResult]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NextAttempt standing={s} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AttemptsTable({ attempts, onRecordResult }: { attempts: readonly Attempt[]; onRecordResult?: (attempt: Attempt) => void }) {
  if (attempts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No attempts recorded.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label="Exam attempts" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">Exam</Table.Th>
            <Table.Th scope="col">Attempt</Table.Th>
            <Table.Th scope="col">Result</Table.Th>
            <Table.Th scope="col">Score</Table.Th>
            {onRecordResult && <Table.Th scope="col">Action</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attempts.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.takenOn)}</Table.Td>
              <Table.Td>{a.exam.code}</Table.Td>
              <Table.Td>#{a.attemptNumber}</Table.Td>
              <Table.Td>
                <ExamResultBadge result={a.result} />
              </Table.Td>
              <Table.Td>{a.scaledScore ?? '—'}</Table.Td>
              {onRecordResult && (
                <Table.Td>
                  {a.result === 'SCHEDULED' && (
                    <Button size="xs" variant="light" onClick={() => onRecordResult(a)} aria-label={`Record result of ${a.exam.code} on ${formatDate(a.takenOn)}`}>
                      Record result
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface ExamsSectionProps {
  enrollmentId: string;
  studentId: string;
  canRecord: boolean;
}

export function ExamsSection({ enrollmentId, studentId, canRecord }: ExamsSectionProps) {
  const { data, loading, error, refetch } = useQuery(EnrollmentExamsDocument, { variables: { id: enrollmentId } });
  const [modal, setModal] = useState<{ kind: 'attempt' } | { kind: 'result'; attempt: Attempt } | { kind: 'credential' } | null>(null);
  const close = () => setModal(null);
  const enrollment = data?.enrollment;

  if (loading && !enrollment) return <TableSkeleton rows={3} label="Loading exams" />;
  if (!enrollment) return <QueryError error={error} what="the exams" onRetry={() => refetch()} />;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4} size="h5">
          Exam standings
        </Title>
        {canRecord && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setModal({ kind: 'attempt' })}>
            Record attempt
          </Button>
        )}
      </Group>
      <StandingsTable standings={enrollment.examStandings} />
      <Title order={4} size="h5">
        Attempts
      </Title>
      <AttemptsTable attempts={enrollment.examAttempts} onRecordResult={canRecord ? (attempt) => setModal({ kind: 'result', attempt }) : undefined} />
      <CredentialsList studentId={studentId} canAdd={canRecord} onAdd={() => setModal({ kind: 'credential' })} />
      <Modal opened={modal?.kind === 'attempt'} onClose={close} title="Record exam attempt">
        {modal?.kind === 'attempt' && <RecordAttemptForm enrollmentId={enrollmentId} onDone={close} onCancel={close} />}
      </Modal>
      <Modal opened={modal?.kind === 'result'} onClose={close} title={modal?.kind === 'result' ? `Record result: ${modal.attempt.exam.code}, ${formatDate(modal.attempt.takenOn)}` : ''}>
        {modal?.kind === 'result' && <RecordResultForm attemptId={modal.attempt.id} onDone={close} onCancel={close} />}
      </Modal>
      <Modal opened={modal?.kind === 'credential'} onClose={close} title="Add credential">
        {modal?.kind === 'credential' && <AddCredentialForm studentId={studentId} onDone={close} onCancel={close} />}
      </Modal>
    </Stack>
  );
}

export function CredentialsList({ studentId, canAdd, onAdd }: { studentId: string; canAdd: boolean; onAdd?: () => void }) {
  const { data, loading, error, refetch } = useQuery(StudentCredentialsDocument, { variables: { id: studentId } });
  const credentials = data?.student.credentials;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4} size="h5">
          Credentials
        </Title>
        {canAdd && (
          <Button size="xs" variant="light" leftSection={<IconCertificate size={14} />} onClick={onAdd}>
            Add credential
          </Button>
        )}
      </Group>
      {loading && !credentials ? (
        <TableSkeleton rows={1} label="Loading credentials" />
      ) : !credentials ? (
        <QueryError error={error} what="the credentials" onRetry={() => refetch()} />
      ) : credentials.length === 0 ? (
        <Text size="sm" c="dimmed">
          No credentials recorded.
        </Text>
      ) : (
        <Table aria-label="Credentials" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Kind</Table.Th>
              <Table.Th scope="col">Number</Table.Th>
              <Table.Th scope="col">Issued</Table.Th>
              <Table.Th scope="col">Expires</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {credentials.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{CREDENTIAL_KIND_LABELS[c.kind]}</Table.Td>
                <Table.Td>
                  {c.number}
                  {c.state ? ` (${c.state})` : ''}
                </Table.Td>
                <Table.Td>{formatDate(c.issuedOn)}</Table.Td>
                <Table.Td>{c.expiresOn ? formatDate(c.expiresOn) : 'Never'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
