import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Checkbox } from '@mantine/core';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { ReasonDialog, type ReasonDialogProps } from './ReasonDialog';

/** Open until the dialog asks to close, as the pages that use it do. */
function Harness({ onClose, ...props }: Partial<ReasonDialogProps>) {
  const [opened, setOpened] = useState(true);
  return (
    <ReasonDialog
      opened={opened}
      onClose={() => {
        setOpened(false);
        onClose?.();
      }}
      title="Reject document"
      label="Reason for rejecting"
      description="The student sees this reason."
      minLength={5}
      tooShortMessage="Say why in at least 5 characters."
      confirmLabel="Reject document"
      confirmColor="red"
      onSubmit={vi.fn().mockResolvedValue(undefined)}
      {...props}
    />
  );
}

const field = (dialog: HTMLElement) => within(dialog).getByLabelText(/^Reason for rejecting/);

describe('ReasonDialog', () => {
  it('refuses a reason shorter than the minimum, says why beside the field, and runs nothing', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const { user } = renderWithApp(<Harness onSubmit={onSubmit} />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });
    expect(field(dialog)).toHaveAccessibleDescription('The student sees this reason.');

    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));
    expect(await within(dialog).findByText('Say why in at least 5 characters.')).toBeVisible();
    expect(field(dialog)).toHaveAttribute('aria-invalid', 'true');

    // Spaces do not count towards the minimum.
    await user.type(field(dialog), '  ab   ');
    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));
    expect(within(dialog).getByText('Say why in at least 5 characters.')).toBeVisible();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('runs the action with the trimmed reason and closes', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    const onClose = vi.fn();
    const { user } = renderWithApp(<Harness onSubmit={onSubmit} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });

    await user.type(field(dialog), '  The scan is blurry  ');
    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('The scan is blurry');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows why the action failed, stays open with the reason kept, and clears the error on a retry that succeeds', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValueOnce(new CombinedGraphQLErrors({ errors: [{ message: 'This record was already reviewed.', extensions: { code: 'CONFLICT' } }] }))
      .mockResolvedValueOnce(undefined);
    const onClose = vi.fn();
    const { user } = renderWithApp(<Harness onSubmit={onSubmit} onClose={onClose} failedTitle="The document was not rejected" />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });

    await user.type(field(dialog), 'The scan is blurry');
    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The document was not rejected');
    expect(alert).toHaveTextContent('This record was already reviewed.');
    expect(screen.getByRole('dialog', { name: 'Reject document' })).toBeVisible();
    expect(field(dialog)).toHaveValue('The scan is blurry');
    expect(onClose).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('puts the API’s message about the reason beside the field', async () => {
    const onSubmit = vi
      .fn()
      .mockRejectedValue(
        new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'reason', message: 'Name the pharmacy' }] } }] }),
      );
    const { user } = renderWithApp(<Harness onSubmit={onSubmit} />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });

    await user.type(field(dialog), 'Wrong site');
    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));

    expect(await within(dialog).findByText('Name the pharmacy')).toBeVisible();
    expect(field(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('cancels without running the action', async () => {
    const onSubmit = vi.fn();
    const onClose = vi.fn();
    const { user } = renderWithApp(<Harness onSubmit={onSubmit} onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });

    await user.type(field(dialog), 'Changed my mind');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows extra fields and keeps confirm disabled while asked to', async () => {
    function WithExtra() {
      const [confirmed, setConfirmed] = useState(false);
      return (
        <Harness confirmDisabled={!confirmed} intro="Voids the event.">
          <Checkbox label="I checked the history" checked={confirmed} onChange={(event) => setConfirmed(event.currentTarget.checked)} />
        </Harness>
      );
    }
    const { user } = renderWithApp(<WithExtra />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });
    expect(within(dialog).getByText('Voids the event.')).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Reject document' })).toBeDisabled();

    await user.click(within(dialog).getByRole('checkbox', { name: 'I checked the history' }));
    expect(within(dialog).getByRole('button', { name: 'Reject document' })).toBeEnabled();
  });

  it('warns about patient identifiers when the student reads the reason', async () => {
    const { user } = renderWithApp(<Harness warnPatientIdentifiers />);
    const dialog = screen.getByRole('dialog', { name: 'Reject document' });
    expect(within(dialog).queryByText('Check this text')).not.toBeInTheDocument();

    await user.type(field(dialog), 'Patient MRN: 12345 was counselled');
    expect(within(dialog).getByRole('status')).toHaveTextContent('Check this text');
  });
});
