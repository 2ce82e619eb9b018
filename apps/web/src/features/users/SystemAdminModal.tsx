import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { UserRowFragment } from '../../gql/graphql';
import { toApiError } from '../../lib/graphql-errors';
import { SetSystemAdminDocument, UsersDocument } from './operations';

const schema = z.object({
  reason: z.string().trim().min(3, 'Say why (at least 3 characters); it is kept in the audit log').max(LIMITS.noteMax, `Keep the reason under ${LIMITS.noteMax} characters`),
});
type Values = z.infer<typeof schema>;

/** Grants or revokes system administrator (shared exams and competency library), with a reason for the audit log. */
export function SystemAdminModal({ user, onClose }: { user: UserRowFragment | null; onClose: () => void }) {
  const granting = user ? !user.isSystemAdmin : true;
  return (
    <Modal opened={user !== null} onClose={onClose} title={user ? `${granting ? 'Make' : 'Remove'} ${user.displayName} ${granting ? 'a system administrator' : 'as system administrator'}` : ''}>
      {user && <SystemAdminForm key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

function SystemAdminForm({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const granting = !user.isSystemAdmin;
  const [setSystemAdmin] = useMutation(SetSystemAdminDocument, { refetchQueries: [UsersDocument] });
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  const onSubmit = handleSubmit(async ({ reason }) => {
    setFormError(null);
    try {
      await setSystemAdmin({ variables: { input: { userId: user.id, systemAdmin: granting, reason: reason.trim() } } });
      notifications.show({
        color: 'green',
        title: granting ? 'System administrator granted' : 'System administrator removed',
        message: granting
          ? `${user.displayName} can now edit the exams and competency library every program shares.`
          : `${user.displayName} no longer edits the shared reference data.`,
      });
      onClose();
    } catch (cause) {
      const apiError = toApiError(cause);
      const reasonError = apiError.fields.find((f) => f.field === 'reason');
      if (reasonError) setError('reason', { type: 'server', message: reasonError.message });
      // The API says why (the last system administrator, not a director account): show it as it is.
      setFormError(apiError.message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={granting ? 'Grant system administrator' : 'Revoke system administrator'}>
      <Stack>
        {formError && (
          <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="Nothing was changed">
            {formError}
          </Alert>
        )}
        <Text size="sm">
          {granting
            ? 'A system administrator edits the exam table and the competency library that every program relies on, and can grant this to others.'
            : 'They keep their role and programs; they stop editing the shared exams and competency library.'}
        </Text>
        <Textarea label="Reason" required description="Kept in the audit log." autosize minRows={2} maxLength={LIMITS.noteMax} error={errors.reason?.message} {...register('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color={granting ? undefined : 'red'} loading={isSubmitting}>
            {granting ? 'Grant system administrator' : 'Remove system administrator'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
