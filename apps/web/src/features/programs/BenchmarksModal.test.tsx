import { screen } from '@testing-library/react';
import { DEFAULT_BENCHMARKS } from '@ptp/shared';
import { describe, expect, it, vi } from 'vitest';
import { USERS, renderWithApp } from '../../test/render';
import { BenchmarksModal } from './BenchmarksModal';
import { UpdateProgramBenchmarksDocument } from './operations';

const program = { id: 'p-1', name: 'Demo Program', benchmarks: { ...DEFAULT_BENCHMARKS } };

describe('BenchmarksModal', () => {
  it('saves what the director types as percentages, as fractions', async () => {
    const onClose = vi.fn();
    const input = { ...DEFAULT_BENCHMARKS, coeCompletion: 0.655 };
    const { user } = renderWithApp(<BenchmarksModal program={program} onClose={onClose} />, {
      user: USERS.admin,
      mocks: [
        {
          request: { query: UpdateProgramBenchmarksDocument, variables: { programId: 'p-1', input } },
          result: { data: { updateProgramBenchmarks: { __typename: 'Program', id: 'p-1', benchmarks: { __typename: 'ProgramBenchmarks', ...input } } } },
        },
      ],
    });
    const field = screen.getByLabelText(/^COE completion/);
    expect(field).toHaveValue('60%');
    await user.clear(field);
    await user.type(field, '65.5');
    await user.click(screen.getByRole('button', { name: 'Save benchmarks' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 4000 });
  });

  it('refuses a percentage over 100 and sends nothing', async () => {
    const onClose = vi.fn();
    const { user } = renderWithApp(<BenchmarksModal program={program} onClose={onClose} />, { user: USERS.admin, mocks: [] });
    const field = screen.getByLabelText(/^ABHES placement/);
    await user.clear(field);
    await user.type(field, '150');
    await user.tab();
    expect(screen.getByText('Enter a percentage from 0 to 100')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save benchmarks' })).toBeDisabled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
