import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isIsoDate } from '@ptp/shared';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyFieldErrors, toApiError } from '../../lib/graphql-errors';
import { AddPreceptorDocument, PreceptorUsersDocument, SiteDocument } from './operations';

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
  const [formError, setFormError] = useState<string | null>(null);
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

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await addPreceptor({ variables: { input: { siteId, ...values } } });
      notifications.show({
        color: 'green',
        title: 'Preceptor added',
        message: `${data?.addPreceptor.user.displayName ?? 'The preceptor'} can now review hours of students placed here.`,
      });
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyFieldErrors(setError, apiError, FIELDS);
      if (apiError.fields.length === 0 || unmatched.length > 0) setFormError(apiError.message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert" title="The preceptor was not added">
            {formError}
          </Alert>
        )}
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Add preceptor
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
