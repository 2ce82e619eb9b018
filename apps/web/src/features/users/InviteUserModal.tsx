import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { AccessFields } from './AccessFields';
import { ACCESS_FIELDS, NO_ACCESS, accessShape, checkAccess, toAccessInput } from './access';
import { InviteUserDocument, UsersDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const schema = z
  .object({
    email: z.string().trim().min(1, 'Enter the email address').max(LIMITS.emailMax).email('Enter a valid email address'),
    displayName: z.string().trim().min(1, 'Enter the name').max(LIMITS.nameMax),
    ...accessShape,
  })
  .superRefine(checkAccess);
type InviteValues = z.infer<typeof schema>;
const FIELDS = ['email', 'displayName', ...ACCESS_FIELDS] as const;
const EMPTY: InviteValues = { email: '', displayName: '', ...NO_ACCESS };

export function InviteUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  // The form only exists while the modal is open, so every opening starts from a clean form.
  return (
    <Modal opened={opened} onClose={onClose} title="Invite person" size="lg">
      <InviteUserForm onClose={onClose} />
    </Modal>
  );
}

function InviteUserForm({ onClose }: { onClose: () => void }) {
  const [inviteUser] = useMutation(InviteUserDocument, { refetchQueries: [UsersDocument] });
  const form = useForm<InviteValues>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS, prefixedMessages: true });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const access = toAccessInput(values);
      if (!access) return;
      const { data } = await inviteUser({ variables: { input: { email: values.email, displayName: values.displayName, ...access } } });
      const invited = data?.inviteUser;
      if (invited && invited.status !== 'INVITED') {
        // The person already had an account with this role: the API added the access, no email needed.
        notifications.show({ color: 'green', title: 'Access added', message: `${invited.displayName} already has an account and now has this access too.` });
      } else {
        notifications.show({ color: 'green', title: 'Invitation sent', message: `Invitation sent to ${values.email}.` });
      }
      onClose();
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FormAlert title="The invitation was not sent" message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Email" type="email" required autoComplete="off" error={errors.email?.message} {...register('email')} />
            <TextInput label="Name" required autoComplete="off" error={errors.displayName?.message} {...register('displayName')} />
          </SimpleGrid>
          <AccessFields roleDescription="Students are not invited here: they get an account when they are enrolled in a cohort." />
          <DialogActions onCancel={onClose} submitLabel="Send invitation" loading={isSubmitting} />
        </Stack>
      </form>
    </FormProvider>
  );
}
