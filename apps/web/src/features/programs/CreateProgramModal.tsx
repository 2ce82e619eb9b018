import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ASHP_MINIMUMS, LIMITS, ProgramLevel, isValidTimeZone } from '@ptp/shared';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { PROGRAM_LEVEL_LABELS } from './labels';
import { CreateProgramDocument, ProgramsDocument } from './operations';
import { Requirements } from './Requirements';
import { ProgramOptionsDocument } from './ProgramSelect';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const ACCREDITOR_SUGGESTIONS = ['ASHP/ACPE', 'ABHES', 'COE'];

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(LIMITS.nameMax),
  level: z.nativeEnum(ProgramLevel),
  timeZone: z.string().refine(isValidTimeZone, 'Choose a time zone'),
  accreditors: z.array(z.string().trim().min(1)),
});
type ProgramValues = z.infer<typeof schema>;
const FIELDS = ['name', 'level', 'timeZone', 'accreditors'] as const;

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/New_York';
}

export function CreateProgramModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New program" size="lg">
      <CreateProgramForm onClose={onClose} />
    </Modal>
  );
}

function CreateProgramForm({ onClose }: { onClose: () => void }) {
  const [createProgram] = useMutation(CreateProgramDocument, { refetchQueries: [ProgramsDocument, ProgramOptionsDocument] });
  const timeZones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ProgramValues>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', level: 'ENTRY', timeZone: browserTimeZone(), accreditors: ['ASHP/ACPE'] },
  });
  const level = watch('level');

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      // Requirements are left out on purpose: the API seeds them with the ASHP minimums of the level.
      await createProgram({ variables: { input: values } });
      notifications.show({ color: 'green', title: 'Program created', message: `${values.name} is ready for cohorts.` });
      onClose();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The program was not created" message={formError} />
        <TextInput label="Name" required error={errors.name?.message} {...register('name')} />
        <Controller
          control={control}
          name="level"
          render={({ field }) => (
            <Select
              label="Level"
              required
              allowDeselect={false}
              data={Object.values(ProgramLevel).map((value) => ({ value, label: PROGRAM_LEVEL_LABELS[value] }))}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              onBlur={field.onBlur}
              error={errors.level?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="timeZone"
          render={({ field }) => (
            <Select
              label="Time zone"
              required
              searchable
              allowDeselect={false}
              description="Hours and dates of this program are counted in this zone."
              data={timeZones}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              onBlur={field.onBlur}
              error={errors.timeZone?.message}
              limit={50}
            />
          )}
        />
        <Controller
          control={control}
          name="accreditors"
          render={({ field }) => (
            <TagsInput
              label="Accreditors"
              description="Press Enter after each one."
              data={ACCREDITOR_SUGGESTIONS}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={errors.accreditors?.message}
            />
          )}
        />
        <Fieldset legend={`Requirements: ASHP/ACPE minimums for ${PROGRAM_LEVEL_LABELS[level]}`} variant="filled">
          <Requirements program={ASHP_MINIMUMS[level]} />
        </Fieldset>
        <DialogActions onCancel={onClose} submitLabel="Create program" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
