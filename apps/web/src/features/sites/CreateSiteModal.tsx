import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, PRACTICE_SETTING_LABELS, PracticeSetting, isIsoDate } from '@ptp/shared';
import { Controller, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ProgramSelect } from '../programs/ProgramSelect';
import { CreateSiteDocument, SitesDocument } from './operations';
import { SiteOptionsDocument } from '../review/operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const SETTING_OPTIONS = Object.values(PracticeSetting).map((value) => ({ value, label: PRACTICE_SETTING_LABELS[value] }));
const isSetting = (value: string): value is PracticeSetting => value in PRACTICE_SETTING_LABELS;
const isoDate = (label: string) => z.string().min(1, `Enter the ${label}`).refine(isIsoDate, `Enter the ${label} as a valid date`);

const schema = z
  .object({
    programId: z.string().min(1, 'Choose a program'),
    name: z.string().trim().min(1, 'Enter the site name').max(LIMITS.nameMax),
    address: z.string().trim().min(1, 'Enter the address').max(500),
    setting: z.string().min(1, 'Choose the practice setting'),
    capacity: z
      .string()
      .regex(/^\d+$/, 'Enter how many students the site takes at once')
      .refine((v) => Number(v) >= 1 && Number(v) <= 1000, 'Between 1 and 1000 students'),
    agreementStartDate: isoDate('agreement start date'),
    agreementEndDate: isoDate('agreement end date'),
  })
  .superRefine((v, ctx) => {
    if (v.agreementStartDate && v.agreementEndDate && v.agreementEndDate < v.agreementStartDate) {
      ctx.addIssue({ code: 'custom', path: ['agreementEndDate'], message: 'The agreement must end on or after it starts' });
    }
  });
type SiteValues = z.infer<typeof schema>;
const FIELDS = ['programId', 'name', 'address', 'setting', 'capacity', 'agreementStartDate', 'agreementEndDate'] as const;

export function CreateSiteModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New site" size="lg">
      <CreateSiteForm onClose={onClose} />
    </Modal>
  );
}

function CreateSiteForm({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const [createSite] = useMutation(CreateSiteDocument, { refetchQueries: [SitesDocument, SiteOptionsDocument] });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SiteValues>({
    resolver: zodResolver(schema),
    defaultValues: { programId: '', name: '', address: '', setting: '', capacity: '', agreementStartDate: '', agreementEndDate: '' },
  });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  const onSubmit = handleSubmit(async ({ capacity, setting, ...values }) => {
    await submit(async () => {
      if (!isSetting(setting)) return;
      const { data } = await createSite({ variables: { input: { ...values, setting, capacity: Number(capacity) } } });
      notifications.show({ color: 'green', title: 'Site created', message: `${values.name} can now take placements.` });
      onClose();
      if (data) navigate(`/sites/${data.createSite.id}`);
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The site was not created" message={formError} />
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
        <TextInput label="Name" required error={errors.name?.message} {...register('name')} />
        <TextInput label="Address" required error={errors.address?.message} {...register('address')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="setting"
            render={({ field }) => (
              <Select
                label="Practice setting"
                required
                placeholder="Choose the setting"
                data={SETTING_OPTIONS}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.setting?.message}
              />
            )}
          />
          <TextInput
            label="Capacity"
            type="number"
            min={1}
            required
            description="Students placed at the same time"
            error={errors.capacity?.message}
            {...register('capacity')}
          />
          <TextInput type="date" label="Agreement starts" required error={errors.agreementStartDate?.message} {...register('agreementStartDate')} />
          <TextInput type="date" label="Agreement ends" required error={errors.agreementEndDate?.message} {...register('agreementEndDate')} />
        </SimpleGrid>
        <DialogActions onCancel={onClose} submitLabel="Create site" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
