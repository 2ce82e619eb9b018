import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert, Badge, Button, FileInput, Group, List, Modal, Pagination, Progress, SegmentedControl, Select, SimpleGrid, Stack, Stepper, Table, Text,
  Textarea,
} from '@mantine/core';
import { STUDENT_IMPORT_FIELDS, STUDENT_IMPORT_FIELD_LABELS, STUDENT_IMPORT_MAX_ROWS, STUDENT_IMPORT_REQUIRED, type StudentImportField } from '@ptp/shared';
import { IconDownload, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ImportStudentsMutation, PreviewStudentImportQuery, StudentImportRowInput } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { CohortDocument, ImportStudentsDocument, PreviewStudentImportDocument, RosterDocument } from './operations';
import {
  downloadSummary, guessColumnMapping, parseCsvFile, parseCsvText, rowsForImport, summaryCsv, unmappedRequired, type ColumnMapping, type ParsedCsv,
} from './studentImport';

export const IMPORT_PAGE_SIZE = 50;
const NOT_IN_FILE = '';

interface ImportStudentsModalProps {
  cohort: { id: string; code: string; startDate: string };
  opened: boolean;
  onClose: () => void;
}

type Preview = PreviewStudentImportQuery['previewStudentImport'];
type Summary = ImportStudentsMutation['importStudents'];

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

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
  const [checked, setChecked] = useState<{ rows: StudentImportRowInput[]; preview: Preview } | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
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
        <SourceStep
          onParsed={(parsed) => {
            setCsv(parsed);
            setMapping(guessColumnMapping(parsed.headers));
          }}
        />
      )}
      {step === 1 && csv && mapping && (
        <MappingStep
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
        <PreviewStep cohortId={cohort.id} rows={checked.rows} preview={checked.preview} onBack={() => setChecked(null)} onImported={setSummary} />
      )}
      {step === 3 && summary && <SummaryStep cohortCode={cohort.code} summary={summary} onClose={onClose} />}
    </Stack>
  );
}

// ---- step 1: the file ------------------------------------------------------------------------

function SourceStep({ onParsed }: { onParsed: (csv: ParsedCsv) => void }) {
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function onContinue() {
    setError(null);
    let parsed: ParsedCsv;
    try {
      if (mode === 'file') {
        if (!file) return setError('Choose a CSV file first.');
        setProgress(0);
        parsed = await parseCsvFile(file, setProgress);
      } else {
        parsed = parseCsvText(text);
      }
    } catch (e) {
      setProgress(null);
      return setError(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
    setProgress(null);
    if (parsed.headers.every((h) => h === '')) return setError('The file is empty. The first row must name the columns (e.g. First name, Last name, Email).');
    if (parsed.records.length === 0) return setError('The file has a header row but no students below it.');
    if (parsed.records.length > STUDENT_IMPORT_MAX_ROWS) {
      return setError(`The file has ${plural(parsed.records.length, 'row')}; import at most ${STUDENT_IMPORT_MAX_ROWS.toLocaleString('en-US')} at a time. Split the file and import each part.`);
    }
    onParsed(parsed);
  }

  return (
    <Stack>
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as 'file' | 'paste')}
        data={[
          { value: 'file', label: 'Upload a file' },
          { value: 'paste', label: 'Paste CSV' },
        ]}
        w="fit-content"
      />
      {mode === 'file' ? (
        <FileInput
          label="CSV file"
          description="The first row names the columns. Export from a spreadsheet as CSV (UTF-8)."
          placeholder="Choose a .csv file"
          accept=".csv,text/csv"
          leftSection={<IconFileUpload size={16} />}
          value={file}
          onChange={setFile}
          clearable
        />
      ) : (
        <Textarea
          label="CSV text"
          description="The first row names the columns."
          placeholder={'First name,Last name,Email,Student ID\nAna,Diaz,ana.diaz@example.org,PT-1001'}
          autosize
          minRows={6}
          maxRows={14}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
      )}
      {progress !== null && (
        <Stack gap={4}>
          <Text size="sm">Reading the file… {Math.round(progress * 100)}%</Text>
          <Progress value={progress * 100} aria-label="Reading the file" />
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={() => void onContinue()} loading={progress !== null} disabled={mode === 'file' ? !file : !text.trim()}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}

// ---- step 2: the columns ---------------------------------------------------------------------

interface MappingStepProps {
  cohortId: string;
  cohortStart: string;
  csv: ParsedCsv;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onBack: () => void;
  onChecked: (rows: StudentImportRowInput[], preview: Preview) => void;
}

function MappingStep({ cohortId, cohortStart, csv, mapping, onChange, onBack, onChecked }: MappingStepProps) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
    setBusy(true);
    setError(null);
    const rows = rowsForImport(csv, mapping);
    try {
      const { data } = await client.query({ query: PreviewStudentImportDocument, variables: { input: { cohortId, rows } }, fetchPolicy: 'no-cache' });
      if (data) onChecked(rows, data.previewStudentImport);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
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
      {error && (
        <Alert color="red" role="alert" title="The rows could not be checked">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back
        </Button>
        <Button onClick={() => void onCheck()} loading={busy}>
          Check rows
        </Button>
      </Group>
    </Stack>
  );
}

// ---- step 3: the preview ---------------------------------------------------------------------

type Filter = 'all' | 'errors' | 'ready';

interface PreviewStepProps {
  cohortId: string;
  rows: StudentImportRowInput[];
  preview: Preview;
  onBack: () => void;
  onImported: (summary: Summary) => void;
}

function PreviewStep({ cohortId, rows, preview, onBack, onImported }: PreviewStepProps) {
  const [importStudents, { loading }] = useMutation(ImportStudentsDocument, { refetchQueries: [RosterDocument, CohortDocument] });
  const [filter, setFilter] = useState<Filter>(preview.errorCount > 0 ? 'errors' : 'all');
  const [page, setPage] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const byLine = useMemo(() => new Map(rows.map((r) => [r.line, r])), [rows]);
  const shown = useMemo(
    () => preview.rows.filter((r) => filter === 'all' || (filter === 'errors' ? r.status === 'ERROR' : r.status === 'VALID')),
    [preview.rows, filter],
  );
  const pages = Math.max(1, Math.ceil(shown.length / IMPORT_PAGE_SIZE));
  const pageRows = shown.slice((page - 1) * IMPORT_PAGE_SIZE, page * IMPORT_PAGE_SIZE);

  async function onImport() {
    setError(null);
    try {
      const { data } = await importStudents({ variables: { input: { cohortId, rows } } });
      if (data) onImported(data.importStudents);
    } catch (e) {
      setError(toApiError(e).message);
    }
  }

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text fw={600} role="status">
          {preview.validCount.toLocaleString('en-US')} ready, {preview.errorCount.toLocaleString('en-US')} with errors
        </Text>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(v) => {
            setFilter(v as Filter);
            setPage(1);
          }}
          data={[
            { value: 'all', label: `All (${preview.rows.length})` },
            { value: 'errors', label: `With errors (${preview.errorCount})` },
            { value: 'ready', label: `Ready (${preview.validCount})` },
          ]}
        />
      </Group>
      <Text size="sm" c="dimmed">
        Nothing has been saved yet. Rows with errors are skipped; fix them in the file and import it again later (rows already imported then
        show as already enrolled).
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Rows of the file" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Row</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Student #</Table.Th>
              <Table.Th>Start</Table.Th>
              <Table.Th>Result</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageRows.map((r) => {
              const input = byLine.get(r.line);
              return (
                <Table.Tr key={r.line}>
                  <Table.Td>{r.line}</Table.Td>
                  <Table.Td>{[input?.firstName, input?.lastName].filter(Boolean).join(' ') || '—'}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{input?.email || '—'}</Table.Td>
                  <Table.Td>{input?.studentNumber || '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.startDate ? formatDate(r.startDate) : input?.startDate || '—'}</Table.Td>
                  <Table.Td>
                    {r.status === 'VALID' ? (
                      <Badge color="green" variant="light">
                        {r.existingStudentId ? 'Ready: existing student' : 'Ready: new student'}
                      </Badge>
                    ) : (
                      <List size="sm" c="var(--mantine-color-error)" spacing={2}>
                        {r.errors.map((message) => (
                          <List.Item key={message}>{message}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label="Pages of rows" />}
      {error && (
        <Alert color="red" role="alert" title="Nothing was imported">
          {error}
        </Alert>
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back to columns
        </Button>
        <Button leftSection={<IconUpload size={16} />} onClick={() => void onImport()} loading={loading} disabled={preview.validCount === 0}>
          {preview.validCount === 0 ? 'No row can be imported' : `Import ${plural(preview.validCount, 'student')}`}
        </Button>
      </Group>
    </Stack>
  );
}

// ---- step 4: the summary ---------------------------------------------------------------------

function SummaryStep({ cohortCode, summary, onClose }: { cohortCode: string; summary: Summary; onClose: () => void }) {
  return (
    <Stack>
      <Alert color="green" title={`${plural(summary.importedCount, 'student')} imported`} role="status">
        <List size="sm">
          <List.Item>{plural(summary.importedCount, 'student')} enrolled in {cohortCode}.</List.Item>
          <List.Item>{plural(summary.invitedCount, 'invitation')} emailed to set a password.</List.Item>
          <List.Item>{plural(summary.skippedCount, 'row')} skipped.</List.Item>
        </List>
      </Alert>
      {summary.skipped.length > 0 && (
        <Text size="sm">The summary lists every row of the file and why each skipped row was not imported.</Text>
      )}
      <Group justify="space-between">
        <Button
          variant="light"
          leftSection={<IconDownload size={16} />}
          onClick={() => downloadSummary(summaryCsv(summary), `import-${cohortCode.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-summary.csv`)}
        >
          Download summary (CSV)
        </Button>
        <Button onClick={onClose}>Done</Button>
      </Group>
    </Stack>
  );
}
