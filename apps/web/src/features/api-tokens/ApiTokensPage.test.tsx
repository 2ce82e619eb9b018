import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { ApiTokensPage } from './ApiTokensPage';
import { expiryBounds } from './expiry';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from './operations';

function token(id: string, name: string, status: 'ACTIVE' | 'EXPIRED' | 'REVOKED', lastUsedAt: string | null = null) {
  return {
    __typename: 'ApiToken',
    id,
    name,
    prefix: `ptp_${id.padEnd(8, 'x')}`,
    createdAt: '2026-03-01T12:00:00.000Z',
    expiresAt: '2026-06-01T00:00:00.000Z',
    lastUsedAt,
    revokedAt: status === 'REVOKED' ? '2026-03-05T12:00:00.000Z' : null,
    status,
  };
}

const roster = token('t1', 'Roster export', 'ACTIVE', '2026-03-04T08:15:00.000Z');
const old = token('t2', 'Old importer', 'REVOKED');
const list = (tokens: object[]) => ({ request: { query: ApiTokensDocument }, result: { data: { apiTokens: tokens } } });

describe('ApiTokensPage', () => {
  it('lists the tokens with their prefix, dates and status', async () => {
    renderWithApp(<ApiTokensPage />, { path: '/api-tokens', initialEntry: '/api-tokens', user: USERS.admin, mocks: [list([roster, old])] });
    const table = await screen.findByRole('table', { name: 'API tokens' });
    const [, rosterRow, oldRow] = within(table).getAllByRole('row');
    expect(within(rosterRow!).getByText('ptp_t1xxxxxx…')).toBeVisible();
    expect(within(rosterRow!).getByText('Active')).toBeVisible();
    expect(within(rosterRow!).getByRole('button', { name: 'Revoke Roster export' })).toBeVisible();
    expect(within(oldRow!).getByText('Revoked')).toBeVisible();
    expect(within(oldRow!).getByText('Never')).toBeVisible();
    expect(within(oldRow!).queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
  });

  it('creates a token and shows its secret once, with a warning and a copy button', async () => {
    const { suggested } = expiryBounds();
    const secret = 'ptp_s3cr3t-abcdefghijklmnopqrstuvwxyz0123456789';
    const created = token('t3', 'Nightly sync', 'ACTIVE');
    const { user } = renderWithApp(<ApiTokensPage />, {
      path: '/api-tokens',
      initialEntry: '/api-tokens',
      user: USERS.admin,
      mocks: [
        list([]),
        {
          request: { query: CreateApiTokenDocument, variables: { input: { name: 'Nightly sync', expiresOn: suggested } } },
          result: { data: { createApiToken: { __typename: 'CreatedApiToken', token: secret, apiToken: created } } },
        },
        list([created]),
      ],
    });
    expect(await screen.findByText('No API tokens yet')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'New token' }));
    const form = await screen.findByRole('dialog', { name: 'New API token' });
    expect(within(form).getByLabelText(/^Expires on/)).toHaveValue(suggested);
    await user.type(within(form).getByLabelText(/^Name/), 'Nightly sync');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const reveal = await screen.findByRole('dialog', { name: 'Copy the token “Nightly sync”' });
    expect(within(reveal).getByText(secret)).toBeVisible();
    expect(within(reveal).getByText('This is the only time you will see this token')).toBeVisible();
    expect(within(reveal).getByRole('button', { name: 'Copy token' })).toBeVisible();
    await user.click(within(reveal).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'API tokens' })).toHaveTextContent('Nightly sync');
  });

  it('checks the name and the expiry before asking the server', async () => {
    const { user } = renderWithApp(<ApiTokensPage />, { path: '/api-tokens', initialEntry: '/api-tokens', user: USERS.admin, mocks: [list([])] });
    await user.click(await screen.findByRole('button', { name: 'New token' }));
    const form = await screen.findByRole('dialog', { name: 'New API token' });
    const expiry = within(form).getByLabelText(/^Expires on/);
    await user.clear(expiry);
    await user.type(expiry, '2999-01-01');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(await within(form).findByText('Say what the token is for')).toBeVisible();
    expect(within(form).getByText('Choose a day from tomorrow to one year from today')).toBeVisible();
  });

  it('asks before revoking, then shows the token as revoked', async () => {
    const revoked = { ...roster, status: 'REVOKED', revokedAt: '2026-03-06T10:00:00.000Z' };
    const { user } = renderWithApp(<ApiTokensPage />, {
      path: '/api-tokens',
      initialEntry: '/api-tokens',
      user: USERS.admin,
      mocks: [list([roster]), { request: { query: RevokeApiTokenDocument, variables: { id: 't1' } }, result: { data: { revokeApiToken: revoked } } }],
    });
    await user.click(await screen.findByRole('button', { name: 'Revoke Roster export' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “Roster export”?' });
    expect(dialog).toHaveTextContent('is refused from its next request');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('“Roster export” no longer works.')).toBeVisible();
    // The table re-renders as the list refreshes: look it up again on each try.
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'API tokens' })).getByText('Revoked')).toBeVisible());
  });
});
