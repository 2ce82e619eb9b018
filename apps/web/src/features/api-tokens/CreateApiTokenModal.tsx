import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { expiryBounds } from './expiry';
import { ApiTokensDocument, CreateApiTokenDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const NAME_MAX = 80;
const FIELDS = ['name', 'expiresOn'] as const;

function schemaFor(bounds: ReturnType<typeof expiryBounds>) {
  return z.object({
    name: z.string().trim().min(1, 'Say what the token is for').max(NAME_MAX, `At most ${NAME_MAX} characters`),
    expiresOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Choose the last day the token works')
      .refine((day) => day >= bounds.min && day <= bounds.max, 'Choose a day from tomorrow to one year from today'),
  });
}
type TokenValues = z.infer<ReturnType<typeof schemaFor>>;

/** Creates a token, then shows its secret this one time. */
export function CreateApiTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? `Copy the token “${created.name}”` : 'New API token'}
      // The secret is shown once: a stray click outside must not make it disappear.
      closeOnClickOutside={!created}
      size="lg"
    >
      {created ? <TokenReveal token={created.token} onDone={close} /> : <CreateTokenForm onCancel={close} onCreated={setCreated} />}
    </Modal>
  );
}

function CreateTokenForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (created: { name: string; token: string }) => void }) {
  const [bounds] = useState(() => expiryBounds());
  const [createApiToken] = useMutation(CreateApiTokenDocument, { refetchQueries: [ApiTokensDocument] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TokenValues>({ resolver: zodResolver(schemaFor(bounds)), defaultValues: { name: '', expiresOn: bounds.suggested } });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS, prefixedMessages: true });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const { data } = await createApiToken({ variables: { input: values } });
      if (!data) throw new Error('The server did not answer.');
      onCreated({ name: data.createApiToken.apiToken.name, token: data.createApiToken.token });
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm">A token acts as you, with everything your account can see and change. Give it a name that says which script uses it.</Text>
        <FormAlert title="The token was not created" message={formError} />
        <TextInput label="Name" placeholder="Nightly roster export" required autoComplete="off" data-autofocus error={errors.name?.message} {...register('name')} />
        <TextInput
          label="Expires on"
          type="date"
          required
          min={bounds.min}
          max={bounds.max}
          description="The token stops working at the end of this day (UTC). At most one year from today."
          error={errors.expiresOn?.message}
          {...register('expiresOn')}
        />
        <DialogActions onCancel={onCancel} submitLabel="Create token" loading={isSubmitting} />
      </Stack>
    </form>
  );
}

function TokenReveal({ token, onDone }: { token: string; onDone: () => void }) {
  return (
    <Stack>
      <Alert color="yellow" icon={<IconAlertTriangle />} title="This is the only time you will see this token">
        Copy it now and keep it where your script reads its secrets. Anyone who has it can act as you; if it leaks, revoke it.
      </Alert>
      <Code block aria-label="New API token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {token}
      </Code>
      <Text size="sm" c="dimmed">
        Send it as <Code>Authorization: Bearer {'<token>'}</Code> with requests to <Code>/graphql</Code>.
      </Text>
      <Group justify="flex-end">
        <CopyButton value={token}>
          {({ copied, copy }) => (
            <Button variant={copied ? 'light' : 'filled'} color={copied ? 'teal' : undefined} leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
              {copied ? 'Copied' : 'Copy token'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onDone}>
          Done
        </Button>
      </Group>
    </Stack>
  );
}
