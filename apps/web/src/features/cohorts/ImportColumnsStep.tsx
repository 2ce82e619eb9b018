import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { STUDENT_IMPORT_FIELDS, STUDENT_IMPORT_FIELD_LABELS, STUDENT_IMPORT_REQUIRED, type StudentImportField } from '@ptp/shared';
import { FormAlert } from '../../components/FormAlert';
import type { StudentImportRowInput } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { useFormSubmit } from '../../lib/use-form-submit';
import { PreviewStudentImportDocument } from './operations';
import { plural, rowsForImport, unmappedRequired, type ColumnMapping, type ImportPreview, type ParsedCsv } from './studentImport';

const NOT_IN_FILE = '';

interface ImportColumnsStepProps {
  cohortId: string;
  cohortStart: string;
  csv: ParsedCsv;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onChecked: (rows: StudentImportRowInput[], preview: ImportPreview) => void;
}

/** Step 2 of the import: which column feeds each field; then the server checks every row (nothing is written yet). */
export function ImportColumnsStep({ cohortId, cohortStart, csv, mapping, onChange, onBack, onChecked }: ImportColumnsStepProps) {
  const client = useApolloClient();
  const { formError, submit, submitting } = useFormSubmit();
  const options = [{ value: NOT_IN_FILE, label: 'Not in the file' }, ...csv.headers.map((h, i) => ({ value: String(i), label: h || `Column ${i + 1}` }))];
  const missing = unmappedRequired(mapping);
  const first = csv.records[0]?.cells ?? [];

  function set(field: StudentImportField, value: string | null) {
    const index = value === null || value === NOT_IN_FILE ? null : Number(value);
    // One column feeds one field: taking a column from another field leaves that one unmapped.
    const next = { ...mapping };
    for (const f of STUDENT_IMPORT_FIELDS) if (index !== null && next[f] === index) next[f] = null;
    next[field] = index;
    onChange(next);
  }

  async function onCheck() {
    const rows = rowsForImport(csv, mapping);
    await submit(async () => {
      const { data } = await client.query({ query: PreviewStudentImportDocument, variables: { input: { cohortId, rows } }, fetchPolicy: 'no-cache' });
      if (data) onChecked(rows, data.previewStudentImport);
    });
  }

  return (
    <Stack>
      <Text size="sm">
        {plural(csv.records.length, 'row')} found. Choose the column for each field; guesses come from the header names. An empty start date
        means the cohort start ({formatDate(cohortStart)}); dates may be written YYYY-MM-DD or M/D/YYYY.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {STUDENT_IMPORT_FIELDS.map((field) => {
          const index = mapping[field];
          const sample = index === null ? null : first[index];
          return (
            <Select
              key={field}
              label={STUDENT_IMPORT_FIELD_LABELS[field]}
              withAsterisk={STUDENT_IMPORT_REQUIRED.includes(field)}
              data={options}
              value={index === null ? NOT_IN_FILE : String(index)}
              onChange={(value) => set(field, value)}
              allowDeselect={false}
              description={sample ? `e.g. ${sample}` : index === null ? 'Not imported' : 'First row is empty'}
            />
          );
        })}
      </SimpleGrid>
      {missing.length > 0 && (
        <Alert color="yellow">
          Choose a column for {missing.join(', ')}: every student needs one. Rows without it will be reported as errors.
        </Alert>
      )}
      <FormAlert title="The rows could not be checked" message={formError} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={() => void onCheck()} loading={submitting}>
          Check rows
        </Button>
      </Group>
    </Stack>
  );
}
