import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isIsoDate } from '@ptp/shared';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { toApiError } from '../../lib/graphql-errors';
import { AddPreceptorDocument, PreceptorUsersDocument, SiteDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const schema = z.object({
  userId: z.string().min(1, 'Choose the preceptor’s account'),
  licenseNumber: z.string().trim().min(1, 'Enter the license number').max(60),
  licenseExpiresOn: z.string().min(1, 'Enter the expiry date').refine(isIsoDate, 'Enter a valid date'),
});
type PreceptorValues = z.infer<typeof schema>;
const FIELDS = ['userId', 'licenseNumber', 'licenseExpiresOn'] as const;

interface AddPreceptorModalProps {
  siteId: string;
  /** Users already preceptors here, left out of the choices. */
  existingUserIds: readonly string[];
  opened: boolean;
  onClose: () => void;
}

export function AddPreceptorModal({ opened, onClose, ...rest }: AddPreceptorModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Add preceptor" size="lg">
      <AddPreceptorForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function AddPreceptorForm({ siteId, existingUserIds, onClose }: Omit<AddPreceptorModalProps, 'opened'>) {
  const users = useQuery(PreceptorUsersDocument);
  const [addPreceptor] = useMutation(AddPreceptorDocument, { refetchQueries: [SiteDocument] });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PreceptorValues>({ resolver: zodResolver(schema), defaultValues: { userId: '', licenseNumber: '', licenseExpiresOn: '' } });
  const options =
    users.data?.preceptorUsers
      .filter((u) => !existingUserIds.includes(u.id))
      .map((u) => ({ value: u.id, label: `${u.displayName} (${u.email})` })) ?? [];

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const { data } = await addPreceptor({ variables: { input: { siteId, ...values } } });
      notifications.show({
        color: 'green',
        title: 'Preceptor added',
        message: `${data?.addPreceptor.user.displayName ?? 'The preceptor'} can now review hours of students placed here.`,
      });
      onClose();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The preceptor was not added" message={formError} />
        <Controller
          control={control}
          name="userId"
          render={({ field }) => (
            <Select
              label="Preceptor account"
              required
              searchable
              description="Users with the preceptor role. Ask your administrator to create the account first."
              placeholder={users.loading ? 'Loading preceptors…' : options.length === 0 ? 'No preceptor accounts to add' : 'Choose a person'}
              data={options}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={errors.userId?.message ?? (users.error ? toApiError(users.error).message : undefined)}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="License number" required error={errors.licenseNumber?.message} {...register('licenseNumber')} />
          <TextInput type="date" label="License expires on" required error={errors.licenseExpiresOn?.message} {...register('licenseExpiresOn')} />
        </SimpleGrid>
        <DialogActions onCancel={onClose} submitLabel="Add preceptor" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
