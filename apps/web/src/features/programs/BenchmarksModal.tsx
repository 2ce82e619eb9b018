import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { BENCHMARK_LABELS, DEFAULT_BENCHMARKS, formatBenchmark, type ProgramBenchmarks } from '@ptp/shared';
import { useState } from 'react';
import { UpdateProgramBenchmarksDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

const KEYS = Object.keys(BENCHMARK_LABELS) as (keyof ProgramBenchmarks)[];
/** Percent (what people type) ↔ fraction (what the API stores). */
const toPercent = (b: ProgramBenchmarks) => Object.fromEntries(KEYS.map((k) => [k, Math.round(b[k] * 1000) / 10])) as Record<keyof ProgramBenchmarks, number | string>;

export interface BenchmarksProgram {
  id: string;
  name: string;
  benchmarks: ProgramBenchmarks;
}

/** The benchmarks a program's report rates are marked against, in words: "ABHES placement 70%, …". */
export function BenchmarksSummary({ benchmarks }: { benchmarks: ProgramBenchmarks }) {
  return (
    <Text size="sm">
      {KEYS.map((k) => `${BENCHMARK_LABELS[k]} ${formatBenchmark(benchmarks[k])}`).join(' · ')}
    </Text>
  );
}

export function BenchmarksModal({ program, onClose }: { program: BenchmarksProgram | null; onClose: () => void }) {
  return (
    <Modal opened={program !== null} onClose={onClose} title={program ? `Report benchmarks — ${program.name}` : 'Report benchmarks'} size="lg">
      {program && <BenchmarksForm key={program.id} program={program} onClose={onClose} />}
    </Modal>
  );
}

function BenchmarksForm({ program, onClose }: { program: BenchmarksProgram; onClose: () => void }) {
  const [values, setValues] = useState(() => toPercent(program.benchmarks));
  const { formError, submit } = useFormSubmit();
  const [save, { loading }] = useMutation(UpdateProgramBenchmarksDocument);
  const errors = Object.fromEntries(
    KEYS.map((k) => {
      const v = values[k];
      return [k, typeof v !== 'number' || !(v >= 0 && v <= 100) ? 'Enter a percentage from 0 to 100' : null];
    }),
  ) as Record<keyof ProgramBenchmarks, string | null>;
  const invalid = KEYS.some((k) => errors[k]);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    await submit(async () => {
      const input = Object.fromEntries(KEYS.map((k) => [k, Number(values[k]) / 100])) as unknown as ProgramBenchmarks;
      await save({ variables: { programId: program.id, input } });
      notifications.show({ color: 'green', title: 'Benchmarks saved', message: `Reports of ${program.name} now mark rates against them.` });
      onClose();
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          Each rate in this program’s reports is shown beside its benchmark and marked when below it. Defaults follow the accreditors:
          placement 70%, COE completion 60%, credentialing exam pass 70%.
        </Text>
        <FormAlert title="The benchmarks were not saved" message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {KEYS.map((k) => (
            <NumberInput
              key={k}
              label={BENCHMARK_LABELS[k]}
              description={`Default ${formatBenchmark(DEFAULT_BENCHMARKS[k])}`}
              suffix="%"
              min={0}
              max={100}
              decimalScale={1}
              clampBehavior="none"
              value={values[k]}
              onChange={(v) => setValues((prev) => ({ ...prev, [k]: v }))}
              error={errors[k]}
              required
            />
          ))}
        </SimpleGrid>
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => setValues(toPercent(DEFAULT_BENCHMARKS))}>
            Use the defaults
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={invalid}>
              Save benchmarks
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
