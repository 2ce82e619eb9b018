import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ReasonDialog } from '../../components/ReasonDialog';
import type { UserRowFragment } from '../../gql/graphql';
import { SetSystemAdminDocument, UsersDocument } from './operations';

/** Grants or revokes system administrator (shared exams and competency library), with a reason for the audit log. */
export function SystemAdminModal({ user, onClose }: { user: UserRowFragment | null; onClose: () => void }) {
  const [setSystemAdmin] = useMutation(SetSystemAdminDocument, { refetchQueries: [UsersDocument] });
  const granting = user ? !user.isSystemAdmin : true;

  async function save(reason: string) {
    if (!user) return;
    // A refusal (the last system administrator, not a director account) is shown as the API words it.
    await setSystemAdmin({ variables: { input: { userId: user.id, systemAdmin: granting, reason } } });
    notifications.show({
      color: 'green',
      title: granting ? 'System administrator granted' : 'System administrator removed',
      message: granting
        ? `${user.displayName} can now edit the exams and competency library every program shares.`
        : `${user.displayName} no longer edits the shared reference data.`,
    });
  }

  return (
    <ReasonDialog
      opened={user !== null}
      onClose={onClose}
      title={user ? `${granting ? 'Make' : 'Remove'} ${user.displayName} ${granting ? 'a system administrator' : 'as system administrator'}` : ''}
      formLabel={granting ? 'Grant system administrator' : 'Revoke system administrator'}
      intro={
        <Text size="sm">
          {granting
            ? 'A system administrator edits the exam table and the competency library that every program relies on, and can grant this to others.'
            : 'They keep their role and programs; they stop editing the shared exams and competency library.'}
        </Text>
      }
      label="Reason"
      description="Kept in the audit log."
      minLength={3}
      tooShortMessage="Say why (at least 3 characters); it is kept in the audit log"
      minRows={2}
      confirmLabel={granting ? 'Grant system administrator' : 'Remove system administrator'}
      confirmColor={granting ? undefined : 'red'}
      onSubmit={save}
    />
  );
}
