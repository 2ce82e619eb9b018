import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { ConfirmActionModal } from './ConfirmActionModal';

function renderModal(onConfirm: () => Promise<void>) {
  const onClose = vi.fn();
  const rendered = renderWithApp(
    <ConfirmActionModal opened title="Revoke token" confirmLabel="Revoke" failedTitle="The token was not revoked" onConfirm={onConfirm} onClose={onClose}>
      Scripts using it stop working.
    </ConfirmActionModal>,
  );
  return { ...rendered, onClose };
}

describe('ConfirmActionModal', () => {
  it('keeps the dialog open with the refusal in the alert, and clears it on cancel', async () => {
    const refusal = new CombinedGraphQLErrors({ errors: [{ message: 'This token is already revoked.', extensions: { code: 'CONFLICT' } }] });
    const { user, onClose } = renderModal(vi.fn().mockRejectedValue(refusal));

    await user.click(screen.getByRole('button', { name: 'Revoke' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The token was not revoked');
    expect(alert).toHaveTextContent('This token is already revoked.');
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('closes once the action succeeded', async () => {
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    const { user, onClose } = renderModal(onConfirm);

    await user.click(screen.getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
