import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  EMPLOYMENT_RELATION_LABELS,
  LIMITS,
  OUTCOME_MARKER_LABELS,
  UNAVAILABILITY_REASON_LABELS,
  isIsoDate,
  type EmploymentRelation,
  type OutcomeMarkerKind,
  type UnavailabilityReason,
} from '@ptp/shared';
import { IconBriefcase, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { EnrollmentDetailFragment } from '../../gql/graphql';
import { formatDate, todayIso } from '../../lib/dates';
import { StatusHistory } from '../enrollment/StatusHistory';
import { AddEmploymentRecordDocument, AddOutcomeMarkerDocument, EnrollmentOutcomesDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';

const options = <T extends string>(labels: Record<T, string>, placeholder: string) => [
  { value: '', label: placeholder },
  ...(Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] })),
];

interface OutcomeSectionProps {
  enrollmentId: string;
  statusHistory: EnrollmentDetailFragment['statusHistory'];
  canRecord: boolean;
}

export function OutcomeSection({ enrollmentId, statusHistory, canRecord }: OutcomeSectionProps) {
  const { data, loading, error, refetch } = useQuery(EnrollmentOutcomesDocument, { variables: { id: enrollmentId } });
  const [modal, setModal] = useState<'employment' | 'marker' | null>(null);
  const close = () => setModal(null);
  const enrollment = data?.enrollment;

  return (
    <Stack gap="md">
      <Title order={4} size="h5">
        Status history
      </Title>
      <StatusHistory events={statusHistory} caption="Status history" />
      {loading && !enrollment ? (
        <TableSkeleton rows={3} label="Loading outcomes" />
      ) : !enrollment ? (
        <QueryError error={error} what="the outcomes" onRetry={() => refetch()} />
      ) : (
        <>
          <Group justify="space-between">
            <Title order={4} size="h5">
              Employment
            </Title>
            {canRecord && (
              <Button size="xs" variant="light" leftSection={<IconBriefcase size={14} />} onClick={() => setModal('employment')}>
                Add employment
              </Button>
            )}
          </Group>
          {enrollment.employmentRecords.length === 0 ? (
            <Text size="sm" c="dimmed">
              No employment recorded.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={600}>
              <Table aria-label="Employment records" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Employer</Table.Th>
                    <Table.Th scope="col">Job title</Table.Th>
                    <Table.Th scope="col">Relation</Table.Th>
                    <Table.Th scope="col">Started</Table.Th>
                    <Table.Th scope="col">Verified</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {enrollment.employmentRecords.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.employer}</Table.Td>
                      <Table.Td>{r.jobTitle}</Table.Td>
                      <Table.Td>{EMPLOYMENT_RELATION_LABELS[r.relation]}</Table.Td>
                      <Table.Td>{formatDate(r.startDate)}</Table.Td>
                      <Table.Td>
                        {r.verifiedOn ? formatDate(r.verifiedOn) : 'Not verified'}
                        {r.verificationSource ? ` · ${r.verificationSource}` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group justify="space-between">
            <Title order={4} size="h5">
              Outcome markers
            </Title>
            {canRecord && (
              <Button size="xs" variant="light" leftSection={<IconFlag size={14} />} onClick={() => setModal('marker')}>
                Add outcome marker
              </Button>
            )}
          </Group>
          {enrollment.outcomeMarkers.length === 0 ? (
            <Text size="sm" c="dimmed">
              No outcome markers recorded.
            </Text>
          ) : (
            <Table aria-label="Outcome markers" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Documented</Table.Th>
                  <Table.Th scope="col">Marker</Table.Th>
                  <Table.Th scope="col">Note</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {enrollment.outcomeMarkers.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{formatDate(m.documentedOn)}</Table.Td>
                    <Table.Td>
                      {OUTCOME_MARKER_LABELS[m.kind]}
                      {m.unavailabilityReason ? ` (${UNAVAILABILITY_REASON_LABELS[m.unavailabilityReason]})` : ''}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{m.note || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
      <Modal opened={modal === 'employment'} onClose={close} title="Add employment record" size="lg">
        {modal === 'employment' && <EmploymentForm enrollmentId={enrollmentId} onDone={close} onCancel={close} />}
      </Modal>
      <Modal opened={modal === 'marker'} onClose={close} title="Add outcome marker">
        {modal === 'marker' && <MarkerForm enrollmentId={enrollmentId} onDone={close} onCancel={close} />}
      </Modal>
    </Stack>
  );
}

interface EmploymentValues {
  employer: string;
  jobTitle: string;
  relation: string;
  startDate: string;
  verificationSource: string;
  verifiedOn: string;
}
const EMPLOYMENT_FIELDS = ['employer', 'jobTitle', 'relation', 'startDate', 'verificationSource', 'verifiedOn'] as const;

function EmploymentForm({ enrollmentId, onDone, onCancel }: { enrollmentId: string; onDone: () => void; onCancel: () => void }) {
  const [add] = useMutation(AddEmploymentRecordDocument, { refetchQueries: [EnrollmentOutcomesDocument] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EmploymentValues>({
    defaultValues: { employer: '', jobTitle: '', relation: '', startDate: '', verificationSource: '', verifiedOn: '' },
  });
  const required = (message: string) => ({ validate: (v: string) => v.trim() !== '' || message });

  const { formError, submit } = useFormSubmit({ setError, fields: EMPLOYMENT_FIELDS });
  const onSubmit = handleSubmit(async (v) => {
    await submit(async () => {
      await add({
        variables: {
          input: {
            enrollmentId,
            employer: v.employer.trim(),
            jobTitle: v.jobTitle.trim(),
            relation: v.relation as EmploymentRelation,
            startDate: v.startDate,
            verificationSource: v.verificationSource.trim() || null,
            verifiedOn: v.verifiedOn || null,
          },
        },
      });
      notifications.show({ color: 'green', title: 'Employment recorded', message: `${v.jobTitle} at ${v.employer}` });
      onDone();
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <FormAlert title="The employment was not recorded" message={formError} />
        <TextInput label="Employer" required error={errors.employer?.message} {...register('employer', required('Enter the employer'))} />
        <TextInput label="Job title" required error={errors.jobTitle?.message} {...register('jobTitle', required('Enter the job title'))} />
        <NativeSelect
          label="Relation to training"
          required
          data={options(EMPLOYMENT_RELATION_LABELS, 'Choose the relation')}
          error={errors.relation?.message}
          {...register('relation', required('Choose how the job relates to the training'))}
        />
        <TextInput type="date" label="Start date" required error={errors.startDate?.message} {...register('startDate', { validate: (v) => isIsoDate(v) || 'Enter the start date' })} />
        <TextInput label="Verification source" description="Employer call, pay stub, graduate survey…" error={errors.verificationSource?.message} {...register('verificationSource')} />
        <TextInput type="date" label="Verified on" max={todayIso()} error={errors.verifiedOn?.message} {...register('verifiedOn')} />
        <DialogActions onCancel={onCancel} submitLabel="Add employment" loading={isSubmitting} />
      </Stack>
    </form>
  );
}

interface MarkerValues {
  kind: string;
  unavailabilityReason: string;
  documentedOn: string;
  note: string;
}
const MARKER_FIELDS = ['kind', 'unavailabilityReason', 'documentedOn', 'note'] as const;

function MarkerForm({ enrollmentId, onDone, onCancel }: { enrollmentId: string; onDone: () => void; onCancel: () => void }) {
  const [add] = useMutation(AddOutcomeMarkerDocument, { refetchQueries: [EnrollmentOutcomesDocument] });
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<MarkerValues>({ defaultValues: { kind: '', unavailabilityReason: '', documentedOn: todayIso(), note: '' } });
  const unavailable = watch('kind') === 'UNAVAILABLE';

  const { formError, submit } = useFormSubmit({ setError, fields: MARKER_FIELDS });
  const onSubmit = handleSubmit(async (v) => {
    await submit(async () => {
      await add({
        variables: {
          input: {
            enrollmentId,
            kind: v.kind as OutcomeMarkerKind,
            unavailabilityReason: v.kind === 'UNAVAILABLE' ? (v.unavailabilityReason as UnavailabilityReason) : null,
            documentedOn: v.documentedOn,
            note: v.note.trim() || null,
          },
        },
      });
      notifications.show({ color: 'green', title: 'Outcome marker recorded', message: OUTCOME_MARKER_LABELS[v.kind as OutcomeMarkerKind] });
      onDone();
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <FormAlert title="The marker was not recorded" message={formError} />
        <NativeSelect
          label="Marker"
          required
          data={options(OUTCOME_MARKER_LABELS, 'Choose the marker')}
          error={errors.kind?.message}
          {...register('kind', { required: 'Choose the marker' })}
        />
        {unavailable && (
          <NativeSelect
            label="Reason unavailable"
            required
            data={options(UNAVAILABILITY_REASON_LABELS, 'Choose the reason')}
            error={errors.unavailabilityReason?.message}
            {...register('unavailabilityReason', { required: 'Choose why the graduate is unavailable' })}
          />
        )}
        <TextInput
          type="date"
          label="Documented on"
          required
          error={errors.documentedOn?.message}
          {...register('documentedOn', { validate: (v) => isIsoDate(v) || 'Enter the date it was documented' })}
        />
        <Textarea label="Note" description="Never include patient information." autosize minRows={2} maxLength={LIMITS.noteMax} {...register('note')} />
        <DialogActions onCancel={onCancel} submitLabel="Add marker" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
