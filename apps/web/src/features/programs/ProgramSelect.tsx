import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import { toApiError } from '../../lib/graphql-errors';

/** The programs the signed-in person may pick from (the API scopes the list). */
export const ProgramOptionsDocument = graphql(`
  query ProgramOptions {
    programs(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const NO_PROGRAMS_MESSAGE = 'There are no programs to choose from yet.';

/** The program list as options, and what to say while it loads, when it is empty or failed. */
function useProgramOptions() {
  const { data, loading, error } = useQuery(ProgramOptionsDocument);
  const options = data?.programs.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];
  return {
    options,
    loading,
    empty: Boolean(data) && options.length === 0,
    loadError: error ? `Could not load the programs: ${toApiError(error).message}` : undefined,
  };
}

type SharedProps = 'data' | 'value' | 'onChange' | 'placeholder' | 'clearable';

export interface ProgramSelectProps extends Omit<SelectProps, SharedProps> {
  value: string | null;
  onChange: (programId: string | null) => void;
  /**
   * For a filter: what choosing nothing means ("All programs"). The field can then be cleared, and
   * nothing is chosen for the person. Without it the field is a choice a form needs: when there is
   * only one program, it is chosen.
   */
  allLabel?: string;
}

/** Picks one of the programs; "Program" unless labelled otherwise. */
export function ProgramSelect({ value, onChange, allLabel, label = 'Program', error, description, disabled, ...props }: ProgramSelectProps) {
  const { options, loading, empty, loadError } = useProgramOptions();
  const only = !allLabel && options.length === 1 ? options[0]?.value : undefined;

  useEffect(() => {
    if (only && !value) onChange(only);
  }, [only, value, onChange]);

  return (
    <Select
      label={label}
      searchable
      {...props}
      placeholder={loading ? 'Loading programs…' : empty ? 'No programs' : (allLabel ?? 'Choose a program')}
      data={options}
      value={value}
      onChange={onChange}
      clearable={Boolean(allLabel)}
      disabled={disabled || empty}
      description={empty ? NO_PROGRAMS_MESSAGE : description}
      error={error ?? loadError}
    />
  );
}

export interface ProgramMultiSelectProps extends Omit<MultiSelectProps, SharedProps> {
  value: string[];
  onChange: (programIds: string[]) => void;
}

/** Picks any number of the programs, e.g. the ones a director directs. */
export function ProgramMultiSelect({ value, onChange, error, description, disabled, ...props }: ProgramMultiSelectProps) {
  const { options, loading, empty, loadError } = useProgramOptions();
  return (
    <MultiSelect
      searchable
      {...props}
      placeholder={loading ? 'Loading programs…' : empty ? 'No programs' : 'Choose programs'}
      data={options}
      value={value}
      onChange={onChange}
      disabled={disabled || empty}
      description={empty ? NO_PROGRAMS_MESSAGE : description}
      error={error ?? loadError}
    />
  );
}
