import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Card, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { todayIso } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { ReportCohortOptionsDocument } from './operations';
import { abhesYearOf, periodErrors, recentAbhesYears } from './period';

export interface ReportChoice {
  /** Empty: every program the user may report on. */
  programId: string;
  /** Empty: every cohort. */
  cohortId: string;
  periodStart: string;
  periodEnd: string;
}

const CUSTOM = 'custom';

interface ReportControlsProps {
  initial: ReportChoice;
  programs: { id: string; name: string }[];
  onGenerate: (choice: ReportChoice) => void;
  busy: boolean;
  today?: string;
}

/** What to report on: program, cohort and period. Nothing is asked of the server until "Generate". */
export function ReportControls({ initial, programs, onGenerate, busy, today = todayIso() }: ReportControlsProps) {
  const [choice, setChoice] = useState(initial);
  const [errors, setErrors] = useState<ReturnType<typeof periodErrors>>({});
  const cohorts = useQuery(ReportCohortOptionsDocument, choice.programId ? { variables: { programId: choice.programId } } : skipToken);
  const years = recentAbhesYears(today);
  const preset = abhesYearOf(choice, today)?.value ?? CUSTOM;

  function change(changes: Partial<ReportChoice>) {
    setChoice((current) => ({ ...current, ...changes }));
    setErrors({});
  }

  function choosePreset(value: string) {
    const year = years.find((y) => y.value === value);
    if (year) change({ periodStart: year.periodStart, periodEnd: year.periodEnd });
  }

  return (
    <Card withBorder component="section" aria-label="Report options">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const problems = periodErrors(choice);
          setErrors(problems);
          if (!problems.periodStart && !problems.periodEnd) onGenerate(choice);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <NativeSelect
            label="Program"
            data={[{ value: '', label: 'All my programs' }, ...programs.map((p) => ({ value: p.id, label: p.name }))]}
            value={choice.programId}
            onChange={(event) => change({ programId: event.currentTarget.value, cohortId: '' })}
          />
          <NativeSelect
            label="Cohort"
            description={choice.programId ? undefined : 'Choose a program to pick one of its cohorts'}
            disabled={!choice.programId}
            data={[
              { value: '', label: cohorts.loading ? 'Loading cohorts…' : 'All cohorts' },
              ...(cohorts.data?.cohorts.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` })) ?? []),
            ]}
            value={choice.cohortId}
            onChange={(event) => change({ cohortId: event.currentTarget.value })}
            error={cohorts.error ? `Could not load the cohorts: ${toApiError(cohorts.error).message}` : undefined}
          />
          <NativeSelect
            label="ABHES year"
            description="July 1 – June 30"
            data={[...years.map((y) => ({ value: y.value, label: y.label })), { value: CUSTOM, label: 'Custom period' }]}
            value={preset}
            onChange={(event) => choosePreset(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="First day"
            required
            value={choice.periodStart}
            onChange={(event) => change({ periodStart: event.currentTarget.value })}
            error={errors.periodStart}
          />
          <TextInput
            type="date"
            label="Last day"
            required
            value={choice.periodEnd}
            onChange={(event) => change({ periodEnd: event.currentTarget.value })}
            error={errors.periodEnd}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit" leftSection={<IconReportAnalytics size={16} />} loading={busy}>
            Generate report
          </Button>
        </Group>
      </form>
    </Card>
  );
}
