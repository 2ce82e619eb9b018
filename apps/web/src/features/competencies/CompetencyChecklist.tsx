import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Progress, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, isIsoDate } from '@ptp/shared';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { EnrollmentCompetenciesQuery } from '../../gql/graphql';
import { formatDate, todayIso } from '../../lib/dates';
import { EnrollmentCompetenciesDocument, SignOffCompetencyDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

type ChecklistItem = EnrollmentCompetenciesQuery['enrollment']['competencyChecklist'][number];

export interface DomainGroup {
  domain: string;
  domainNumber: number;
  items: ChecklistItem[];
  signed: number;
  remaining: number;
}

/** Checklist items grouped by domain, in domain then code order. */
export function groupByDomain(items: readonly ChecklistItem[]): DomainGroup[] {
  const groups = new Map<string, DomainGroup>();
  for (const item of items) {
    const { domain, domainNumber } = item.competency;
    let group = groups.get(domain);
    if (!group) {
      group = { domain, domainNumber, items: [], signed: 0, remaining: 0 };
      groups.set(domain, group);
    }
    group.items.push(item);
    if (item.signoff) group.signed += 1;
    else group.remaining += 1;
  }
  const sorted = [...groups.values()].sort((a, b) => a.domainNumber - b.domainNumber || a.domain.localeCompare(b.domain));
  for (const group of sorted) {
    group.items.sort((a, b) => a.competency.sortOrder - b.competency.sortOrder || a.competency.code.localeCompare(b.competency.code));
  }
  return sorted;
}

function useChecklist(enrollmentId: string) {
  return useQuery(EnrollmentCompetenciesDocument, { variables: { id: enrollmentId } });
}

/** Staff and preceptor view: every competency by domain, with sign-offs. */
export function CompetencyChecklist({ enrollmentId, canSignOff }: { enrollmentId: string; canSignOff: boolean }) {
  const { data, loading, error, refetch } = useChecklist(enrollmentId);
  const [signing, setSigning] = useState<ChecklistItem['competency'] | null>(null);
  const checklist = data?.enrollment.competencyChecklist;

  if (loading && !checklist) return <TableSkeleton rows={4} label="Loading competencies" />;
  if (!checklist) return <QueryError error={error} what="the competency checklist" onRetry={() => refetch()} />;
  if (checklist.length === 0) return <EmptyState title="No competencies adopted">The program has not adopted any competencies yet.</EmptyState>;

  const groups = groupByDomain(checklist);
  const signed = checklist.filter((c) => c.signoff).length;
  return (
    <Stack gap="md">
      <Text size="sm" fw={600}>
        {signed} of {checklist.length} competencies signed off
      </Text>
      {groups.map((group) => (
        <section key={group.domain} aria-label={`Domain ${group.domainNumber}: ${group.domain}`}>
          <Group justify="space-between" mb={4}>
            <Title order={4} size="h6">
              {group.domainNumber}. {group.domain}
            </Title>
            <Text size="xs" c="dimmed">
              {group.signed} signed · {group.remaining} remaining
            </Text>
          </Group>
          <Table.ScrollContainer minWidth={600}>
            <Table verticalSpacing="xs" aria-label={`Competencies in ${group.domain}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Code</Table.Th>
                  <Table.Th scope="col">Competency</Table.Th>
                  <Table.Th scope="col">Signed off</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {group.items.map(({ competency, signoff }) => (
                  <Table.Tr key={competency.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {competency.code}{' '}
                      <Badge size="xs" variant="outline" color="gray" title={competency.level === 'A' ? 'Advanced' : 'Entry level'}>
                        {competency.level}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{competency.summary}</Table.Td>
                    <Table.Td>
                      {signoff ? (
                        <Stack gap={0}>
                          <Text size="sm">
                            {formatDate(signoff.signedOn)} by {signoff.signedBy.displayName}
                          </Text>
                          {signoff.note && (
                            <Text size="xs" c="dimmed">
                              {signoff.note}
                            </Text>
                          )}
                        </Stack>
                      ) : canSignOff ? (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconSignature size={14} />}
                          onClick={() => setSigning(competency)}
                          aria-label={`Sign off ${competency.code}`}
                        >
                          Sign off
                        </Button>
                      ) : (
                        <Text size="sm" c="dimmed">
                          Not yet
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ))}
      <Modal opened={signing !== null} onClose={() => setSigning(null)} title={signing ? `Sign off ${signing.code}` : ''}>
        {signing && (
          <SignOffForm key={signing.id} enrollmentId={enrollmentId} competency={signing} onDone={() => setSigning(null)} onCancel={() => setSigning(null)} />
        )}
      </Modal>
    </Stack>
  );
}

interface SignOffValues {
  signedOn: string;
  note: string;
}

function SignOffForm({
  enrollmentId,
  competency,
  onDone,
  onCancel,
}: {
  enrollmentId: string;
  competency: ChecklistItem['competency'];
  onDone: () => void;
  onCancel: () => void;
}) {
  const [signOff] = useMutation(SignOffCompetencyDocument, { refetchQueries: [EnrollmentCompetenciesDocument] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignOffValues>({ defaultValues: { signedOn: todayIso(), note: '' } });

  const { formError, submit } = useFormSubmit({ setError, fields: ['signedOn', 'note'] });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      await signOff({
        variables: { input: { enrollmentId, competencyId: competency.id, signedOn: values.signedOn, note: values.note.trim() || null } },
      });
      notifications.show({ color: 'green', title: 'Competency signed off', message: `${competency.code}: ${competency.summary}` });
      onDone();
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <Text size="sm">{competency.summary}</Text>
        <FormAlert title="Not signed off" message={formError} />
        <TextInput
          type="date"
          label="Demonstrated on"
          required
          max={todayIso()}
          error={errors.signedOn?.message}
          {...register('signedOn', { validate: (v) => isIsoDate(v) || 'Enter the date the student showed the competency' })}
        />
        <Textarea label="Note" description="Optional. Never include patient information." autosize minRows={2} maxLength={LIMITS.noteMax} {...register('note')} />
        <DialogActions onCancel={onCancel} submitLabel="Sign off" loading={isSubmitting} />
      </Stack>
    </form>
  );
}

/** The student's view: signed vs remaining per domain. */
export function CompetencySummary({ enrollmentId }: { enrollmentId: string }) {
  const { data, loading, error, refetch } = useChecklist(enrollmentId);
  const checklist = data?.enrollment.competencyChecklist;
  if (loading && !checklist) return <TableSkeleton rows={3} label="Loading competencies" />;
  if (!checklist) return <QueryError error={error} what="your competencies" onRetry={() => refetch()} />;
  if (checklist.length === 0) return <EmptyState title="No competencies adopted">Your program has not adopted any competencies yet.</EmptyState>;
  const groups = groupByDomain(checklist);
  return (
    <Table aria-label="Competencies by domain" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Domain</Table.Th>
          <Table.Th scope="col">Signed</Table.Th>
          <Table.Th scope="col">Remaining</Table.Th>
          <Table.Th scope="col">Progress</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((g) => (
          <Table.Tr key={g.domain}>
            <Table.Th scope="row" fw={500}>
              {g.domainNumber}. {g.domain}
            </Table.Th>
            <Table.Td>{g.signed}</Table.Td>
            <Table.Td>{g.remaining}</Table.Td>
            <Table.Td w={160}>
              <Progress value={(g.signed / g.items.length) * 100} aria-label={`${g.domain}: ${g.signed} of ${g.items.length} signed`} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
