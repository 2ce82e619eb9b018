import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Stack, TextInput } from '@mantine/core';
import { screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { DialogActions } from '../components/DialogActions';
import { FormAlert } from '../components/FormAlert';
import { renderWithApp } from '../test/render';
import { useFormSubmit, type SubmitHandlers } from './use-form-submit';

interface Values {
  code: string;
  name: string;
}

function badInput(message: string, fields: { field: string; message: string }[] = []) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', fields } }] });
}

interface TestFormProps {
  save: (values: Values) => Promise<unknown>;
  prefixedMessages?: boolean;
  renamedFields?: Partial<Record<string, keyof Values>>;
  onError?: SubmitHandlers['onError'];
}

function TestForm({ save, prefixedMessages, renamedFields, onError }: TestFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { code: '', name: '' } });
  const { formError, submit } = useFormSubmit({ setError, fields: ['code', 'name'], prefixedMessages, renamedFields });
  return (
    <form onSubmit={handleSubmit((values) => submit(() => save(values), { onError }))} noValidate>
      <Stack>
        <FormAlert title="The cohort was not created" message={formError} />
        <TextInput label="Code" error={errors.code?.message} {...register('code')} />
        <TextInput label="Name" error={errors.name?.message} {...register('name')} />
        <DialogActions onCancel={() => undefined} submitLabel="Create cohort" loading={isSubmitting} />
      </Stack>
    </form>
  );
}

describe('useFormSubmit with FormAlert', () => {
  it('puts a field error beside its input and the rest in the alert, and clears the alert on resubmit', async () => {
    const save = vi
      .fn<(values: Values) => Promise<unknown>>()
      .mockRejectedValueOnce(badInput('Invalid input', [{ field: 'code', message: 'This code is taken' }, { field: 'startDate', message: 'Too early' }]))
      .mockResolvedValueOnce({});
    const { user } = renderWithApp(<TestForm save={save} />);

    await user.type(screen.getByLabelText('Code'), 'PT-1');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The cohort was not created');
    expect(alert).toHaveTextContent('Invalid input');
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription('This code is taken');

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('shows no alert when every part of the refusal found its input', async () => {
    const save = vi.fn().mockRejectedValue(badInput('Invalid input', [{ field: 'name', message: 'Enter a shorter name' }]));
    const { user } = renderWithApp(<TestForm save={save} />);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByText('Enter a shorter name')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('reads the field named at the start of the message when asked to', async () => {
    const save = vi.fn().mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: 'code: this code is taken.', extensions: { code: 'CONFLICT' } }] }));
    const { user } = renderWithApp(<TestForm save={save} prefixedMessages />);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByText('This code is taken.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts a message the API names otherwise beside the input it was renamed to', async () => {
    const save = vi.fn().mockRejectedValue(badInput('Invalid input', [{ field: 'cohortCode', message: 'This code is taken' }]));
    const { user } = renderWithApp(<TestForm save={save} renamedFields={{ cohortCode: 'code' }} />);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByText('This code is taken')).toBeInTheDocument();
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription('This code is taken');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a refusal that names no input in the alert', async () => {
    const save = vi.fn().mockRejectedValue(new CombinedGraphQLErrors({ errors: [{ message: 'You cannot create cohorts in this program', extensions: { code: 'FORBIDDEN' } }] }));
    const { user } = renderWithApp(<TestForm save={save} />);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot create cohorts in this program');
  });

  it('lets onError reword the usual alert text, with the field errors already beside their inputs', async () => {
    const save = vi.fn().mockRejectedValue(badInput('Invalid input', [{ field: 'code', message: 'This code is taken' }, { field: 'token', message: 'Expired' }]));
    const onError = vi.fn((_error: unknown, _cause: unknown, usual: string | null) => `Reworded: ${usual}`);
    const { user } = renderWithApp(<TestForm save={save} onError={onError} />);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Reworded: Invalid input');
    expect(screen.getByLabelText('Code')).toHaveAccessibleDescription('This code is taken');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'BAD_USER_INPUT' }), expect.anything(), 'Invalid input');
  });

  it('lets onError show the message although every part found its input, or keep the usual text with undefined', async () => {
    const save = vi.fn().mockRejectedValue(badInput('The site is full', [{ field: 'name', message: 'Enter a shorter name' }]));
    const { user, unmount } = renderWithApp(<TestForm save={save} onError={(error) => error.message} />);

    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The site is full');
    expect(screen.getByText('Enter a shorter name')).toBeInTheDocument();
    unmount();

    const second = renderWithApp(<TestForm save={save} onError={() => undefined} />);
    await second.user.click(screen.getByRole('button', { name: 'Create cohort' }));

    expect(await screen.findByText('Enter a shorter name')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
