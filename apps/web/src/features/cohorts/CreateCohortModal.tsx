import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, isIsoDate } from '@ptp/shared';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { toApiError } from '../../lib/graphql-errors';
import { ProgramSelect } from '../programs/ProgramSelect';
import { CohortsDocument, CreateCohortDocument, InstructorsDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const isoDate = (label: string) =>
  z.string().min(1, `Enter the ${label}`).refine(isIsoDate, `Enter the ${label} as a valid date`);

const schema = z
  .object({
    programId: z.string({ required_error: 'Choose a program' }).min(1, 'Choose a program'),
    code: z.string().trim().min(1, 'Enter a code').max(LIMITS.codeMax),
    name: z.string().trim().min(1, 'Enter a name').max(LIMITS.nameMax),
    startDate: isoDate('start date'),
    expectedEndDate: isoDate('expected end date'),
    externshipStartDate: isoDate('externship start date'),
    externshipEndDate: isoDate('externship end date'),
    instructorIds: z.array(z.string()),
  })
  .superRefine((v, ctx) => {
    // ISO dates compare correctly as strings
    if (v.expectedEndDate && v.startDate && v.expectedEndDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['expectedEndDate'], message: 'The expected end must be on or after the start date' });
    }
    if (v.externshipEndDate && v.externshipStartDate && v.externshipEndDate < v.externshipStartDate) {
      ctx.addIssue({ code: 'custom', path: ['externshipEndDate'], message: 'The externship must end on or after it starts' });
    }
    if (v.externshipStartDate && v.startDate && v.externshipStartDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['externshipStartDate'], message: 'The externship cannot start before the cohort' });
    }
  });
type CohortValues = z.infer<typeof schema>;
const FIELDS = ['programId', 'code', 'name', 'startDate', 'expectedEndDate', 'externshipStartDate', 'externshipEndDate', 'instructorIds'] as const;

const EMPTY: CohortValues = {
  programId: '',
  code: '',
  name: '',
  startDate: '',
  expectedEndDate: '',
  externshipStartDate: '',
  externshipEndDate: '',
  instructorIds: [],
};

export function CreateCohortModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  // The form only exists while the modal is open, so every opening starts from a clean form.
  return (
    <Modal opened={opened} onClose={onClose} title="New cohort" size="lg">
      <CreateCohortForm onClose={onClose} />
    </Modal>
  );
}

function CreateCohortForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const instructors = useQuery(InstructorsDocument);
  const [createCohort] = useMutation(CreateCohortDocument, { refetchQueries: [CohortsDocument] });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CohortValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const { data } = await createCohort({ variables: { input: values } });
      notifications.show({ color: 'green', title: 'Cohort created', message: `${values.code} is ready for enrollments.` });
      onClose();
      if (data) navigate(`/cohorts/${data.createCohort.id}`);
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The cohort was not created" message={formError} />
        <Controller
          control={control}
          name="programId"
          render={({ field }) => (
            <ProgramSelect
              required
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={errors.programId?.message}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Code" required description="e.g. PT-2026-FALL" error={errors.code?.message} {...register('code')} />
          <TextInput label="Name" required error={errors.name?.message} {...register('name')} />
          <TextInput type="date" label="Start date" required error={errors.startDate?.message} {...register('startDate')} />
          <TextInput type="date" label="Expected end date" required error={errors.expectedEndDate?.message} {...register('expectedEndDate')} />
          <TextInput type="date" label="Externship start" required error={errors.externshipStartDate?.message} {...register('externshipStartDate')} />
          <TextInput type="date" label="Externship end" required error={errors.externshipEndDate?.message} {...register('externshipEndDate')} />
        </SimpleGrid>
        <Controller
          control={control}
          name="instructorIds"
          render={({ field }) => (
            <MultiSelect
              label="Instructors"
              placeholder={instructors.loading ? 'Loading instructors…' : 'Choose instructors'}
              searchable
              data={instructors.data?.instructors.map((i) => ({ value: i.id, label: i.displayName })) ?? []}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.instructorIds?.message ?? (instructors.error ? toApiError(instructors.error).message : undefined)}
            />
          )}
        />
        <DialogActions onCancel={onClose} submitLabel="Create cohort" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
