import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { NO_PROGRAMS_MESSAGE, ProgramMultiSelect, ProgramOptionsDocument, ProgramSelect } from './ProgramSelect';

function programs(...names: string[]) {
  return {
    request: { query: ProgramOptionsDocument },
    result: {
      data: {
        programs: {
          __typename: 'ProgramConnection',
          edges: names.map((name, i) => ({ __typename: 'ProgramEdge', node: { __typename: 'Program', id: `p-${i + 1}`, name } })),
        },
      },
    },
  };
}

/** Holds the value as a form would, and reports every change. */
function Harness({ onChange, allLabel }: { onChange?: (id: string | null) => void; allLabel?: string }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <>
      <ProgramSelect
        required={!allLabel}
        allLabel={allLabel}
        value={value}
        onChange={(id) => {
          setValue(id);
          onChange?.(id);
        }}
      />
      <output data-testid="value">{value ?? 'none'}</output>
    </>
  );
}

const input = () => screen.getByRole('textbox', { name: /^Program/ });

describe('ProgramSelect', () => {
  it('says it is loading, then offers the programs', async () => {
    const { user } = renderWithApp(<Harness />, { mocks: [programs('Day Program', 'Evening Program')] });
    expect(input()).toHaveAttribute('placeholder', 'Loading programs…');

    await waitFor(() => expect(input()).toHaveAttribute('placeholder', 'Choose a program'));
    expect(screen.getByTestId('value')).toHaveTextContent('none');
    await user.click(input());
    await user.click(await screen.findByRole('option', { name: 'Evening Program' }));
    expect(screen.getByTestId('value')).toHaveTextContent('p-2');
    expect(input()).toHaveValue('Evening Program');
  });

  it('chooses the only program for the person', async () => {
    const onChange = vi.fn();
    renderWithApp(<Harness onChange={onChange} />, { mocks: [programs('Pharmacy Technician Diploma')] });

    await waitFor(() => expect(input()).toHaveValue('Pharmacy Technician Diploma'));
    expect(screen.getByTestId('value')).toHaveTextContent('p-1');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('p-1');
  });

  it('says clearly when there is no program to choose', async () => {
    renderWithApp(<Harness />, { mocks: [programs()] });

    expect(await screen.findByText(NO_PROGRAMS_MESSAGE)).toBeVisible();
    expect(input()).toBeDisabled();
    expect(input()).toHaveAccessibleDescription(NO_PROGRAMS_MESSAGE);
    expect(screen.getByTestId('value')).toHaveTextContent('none');
  });

  it('says when the programs could not be loaded', async () => {
    renderWithApp(<Harness />, {
      mocks: [{ request: { query: ProgramOptionsDocument }, result: { errors: [{ message: 'You are not signed in.', extensions: { code: 'UNAUTHENTICATED' } }] } }],
    });

    expect(await screen.findByText('Could not load the programs: You are not signed in.')).toBeVisible();
  });

  it('as a filter, chooses nothing for the person and can be cleared', async () => {
    const onChange = vi.fn();
    const { user } = renderWithApp(<Harness allLabel="All programs" onChange={onChange} />, { mocks: [programs('Pharmacy Technician Diploma')] });

    await waitFor(() => expect(input()).toHaveAttribute('placeholder', 'All programs'));
    expect(input()).toHaveValue('');
    expect(onChange).not.toHaveBeenCalled();

    await user.click(input());
    await user.click(await screen.findByRole('option', { name: 'Pharmacy Technician Diploma' }));
    expect(screen.getByTestId('value')).toHaveTextContent('p-1');
    // Mantine hides its clear button from assistive tech (Backspace clears too); it is the only button here.
    await user.click(screen.getByRole('button', { hidden: true }));
    expect(screen.getByTestId('value')).toHaveTextContent('none');
  });
});

describe('ProgramMultiSelect', () => {
  it('offers every program and picks several', async () => {
    function Multi() {
      const [value, setValue] = useState<string[]>([]);
      return (
        <>
          <ProgramMultiSelect label="Programs they direct" value={value} onChange={setValue} />
          <output data-testid="value">{value.join(',') || 'none'}</output>
        </>
      );
    }
    const { user } = renderWithApp(<Multi />, { mocks: [programs('Day Program', 'Evening Program')] });
    const field = screen.getByRole('textbox', { name: 'Programs they direct' });
    await waitFor(() => expect(field).toHaveAttribute('placeholder', 'Choose programs'));

    await user.click(field);
    await user.click(await screen.findByRole('option', { name: 'Day Program' }));
    await user.click(await screen.findByRole('option', { name: 'Evening Program' }));
    expect(screen.getByTestId('value')).toHaveTextContent('p-1,p-2');
  });
});
