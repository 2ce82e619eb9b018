import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { IconInfoCircle } from '@tabler/icons-react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { PageLoader } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { UserRowFragment } from '../../gql/graphql';
import { AccessFields } from './AccessFields';
import { ACCESS_FIELDS, accessShape, checkAccess, toAccessInput } from './access';
import { PreceptorLicenseDocument, UpdateUserAccessDocument, UsersDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const schema = z
  .object({ displayName: z.string().trim().min(1, 'Enter the name').max(LIMITS.nameMax), ...accessShape })
  .superRefine(checkAccess);
type ChangeAccessValues = z.infer<typeof schema>;
const FIELDS = ['displayName', ...ACCESS_FIELDS] as const;

interface ChangeAccessModalProps {
  /** The staff account to change; the modal is open while it is set. */
  user: UserRowFragment | null;
  onClose: () => void;
}

export function ChangeAccessModal({ user, onClose }: ChangeAccessModalProps) {
  return (
    <Modal opened={user !== null} onClose={onClose} title={user ? `Change access: ${user.displayName}` : ''} size="lg">
      {user && <ChangeAccessLoader key={user.id} user={user} onClose={onClose} />}
    </Modal>
  );
}

/** A preceptor's scope includes their license, which the API asks for again: load it before showing the form. */
function ChangeAccessLoader({ user, onClose }: { user: UserRowFragment; onClose: () => void }) {
  const siteId = user.role === 'PRECEPTOR' ? user.access.sites[0]?.id : undefined;
  const license = useQuery(PreceptorLicenseDocument, siteId ? { variables: { siteId } } : skipToken);
  if (siteId && license.loading && !license.data) return <PageLoader label="Loading the preceptor’s license" />;
  if (siteId && license.error) return <QueryError error={license.error} what="the preceptor’s license" onRetry={() => license.refetch()} />;
  const preceptor = license.data?.site.preceptors.find((p) => p.user.id === user.id);
  const current: ChangeAccessValues = {
    displayName: user.displayName,
    role: user.role,
    programIds: user.access.programs.map((p) => p.id),
    cohortIds: user.access.cohorts.map((c) => c.id),
    siteId: siteId ?? '',
    licenseNumber: preceptor?.licenseNumber ?? '',
    licenseExpiresOn: preceptor?.licenseExpiresOn ?? '',
  };
  return <ChangeAccessForm user={user} current={current} onClose={onClose} />;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

function unchanged(values: ChangeAccessValues, current: ChangeAccessValues): boolean {
  return (
    values.displayName.trim() === current.displayName &&
    values.role === current.role &&
    sameSet(values.programIds, current.programIds) &&
    sameSet(values.cohortIds, current.cohortIds) &&
    values.siteId === current.siteId &&
    values.licenseNumber === current.licenseNumber &&
    values.licenseExpiresOn === current.licenseExpiresOn
  );
}

function ChangeAccessForm({ user, current, onClose }: { user: UserRowFragment; current: ChangeAccessValues; onClose: () => void }) {
  const [updateUserAccess] = useMutation(UpdateUserAccessDocument, { refetchQueries: [UsersDocument] });
  const form = useForm<ChangeAccessValues>({ resolver: zodResolver(schema), defaultValues: current });
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const roleChanges = watch('role') !== current.role;

  const { formError, setFormError, submit } = useFormSubmit({ setError, fields: FIELDS, prefixedMessages: true });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      if (unchanged(values, current)) {
        setFormError('Nothing changed: choose a new role, scope or name.');
        return;
      }
      const access = toAccessInput(values);
      if (!access) return;
      const displayName = values.displayName.trim() === current.displayName ? undefined : values.displayName;
      await updateUserAccess({ variables: { input: { userId: user.id, displayName, ...access } } });
      notifications.show({
        color: 'green',
        title: 'Access changed',
        message: roleChanges ? `${values.displayName} was signed out and signs in again with the new role.` : `${values.displayName} now sees the new scope.`,
      });
      onClose();
    });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {user.email}. The new scope replaces what this account sees in your programs; access in other programs stays.
          </Text>
          <FormAlert title="The access was not changed" message={formError} />
          <TextInput label="Name" required autoComplete="off" error={errors.displayName?.message} {...register('displayName')} />
          <AccessFields />
          {roleChanges && (
            <Alert color="yellow" icon={<IconInfoCircle />} role="status" title="Changing the role signs them out">
              {user.displayName} is signed out of every session at once and signs in again with the new role.
            </Alert>
          )}
          <DialogActions onCancel={onClose} submitLabel="Save access" loading={isSubmitting} />
        </Stack>
      </form>
    </FormProvider>
  );
}
