import { Modal, Stack, Stepper } from '@mantine/core';
import { useState } from 'react';
import type { StudentImportRowInput } from '../../gql/graphql';
import { ImportColumnsStep } from './ImportColumnsStep';
import { ImportFileStep } from './ImportFileStep';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportSummaryStep } from './ImportSummaryStep';
import { guessColumnMapping, type ColumnMapping, type ImportPreview, type ImportSummary, type ParsedCsv } from './studentImport';

interface ImportStudentsModalProps {
  cohort: { id: string; code: string; startDate: string };
  opened: boolean;
  onClose: () => void;
}

/** CSV import: choose or paste a file, map its columns, preview every row, import the valid ones, download the summary. */
export function ImportStudentsModal({ cohort, opened, onClose }: ImportStudentsModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Import students into ${cohort.code}`} size="xl">
      {opened && <ImportFlow cohort={cohort} onClose={onClose} />}
    </Modal>
  );
}

function ImportFlow({ cohort, onClose }: Omit<ImportStudentsModalProps, 'opened'>) {
  const [csv, setCsv] = useState<ParsedCsv | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [checked, setChecked] = useState<{ rows: StudentImportRowInput[]; preview: ImportPreview } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const step = summary ? 3 : checked ? 2 : csv && mapping ? 1 : 0;

  return (
    <Stack>
      <Stepper active={step} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="File" />
        <Stepper.Step label="Columns" />
        <Stepper.Step label="Preview" />
        <Stepper.Step label="Summary" />
      </Stepper>
      {step === 0 && (
        <ImportFileStep
          onParsed={(parsed) => {
            setCsv(parsed);
            setMapping(guessColumnMapping(parsed.headers));
          }}
        />
      )}
      {step === 1 && csv && mapping && (
        <ImportColumnsStep
          cohortId={cohort.id}
          cohortStart={cohort.startDate}
          csv={csv}
          mapping={mapping}
          onChange={setMapping}
          onBack={() => setCsv(null)}
          onChecked={(rows, preview) => setChecked({ rows, preview })}
        />
      )}
      {step === 2 && checked && (
        <ImportPreviewStep cohortId={cohort.id} rows={checked.rows} preview={checked.preview} onBack={() => setChecked(null)} onImported={setSummary} />
      )}
      {step === 3 && summary && <ImportSummaryStep cohortCode={cohort.code} summary={summary} onClose={onClose} />}
    </Stack>
  );
}
