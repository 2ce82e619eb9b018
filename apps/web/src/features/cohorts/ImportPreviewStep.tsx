import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, List, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import type { StudentImportRowInput } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { useFormSubmit } from '../../lib/use-form-submit';
import { CohortDocument, ImportStudentsDocument, RosterDocument } from './operations';
import { plural, type ImportPreview, type ImportSummary } from './studentImport';

export const IMPORT_PAGE_SIZE = 50;

type Filter = 'all' | 'errors' | 'ready';

interface ImportPreviewStepProps {
  cohortId: string;
  rows: StudentImportRowInput[];
  preview: ImportPreview;
  onBack: () => void;
  onImported: (summary: ImportSummary) => void;
}

/** Step 3 of the import: every row with what the server found, filtered and paged; then the valid rows are imported. */
export function ImportPreviewStep({ cohortId, rows, preview, onBack, onImported }: ImportPreviewStepProps) {
  const [importStudents] = useMutation(ImportStudentsDocument, { refetchQueries: [RosterDocument, CohortDocument] });
  const [filter, setFilter] = useState<Filter>(preview.errorCount > 0 ? 'errors' : 'all');
  const [page, setPage] = useState(1);
  const { formError, submit, submitting } = useFormSubmit();
  const byLine = useMemo(() => new Map(rows.map((r) => [r.line, r])), [rows]);
  const shown = useMemo(
    () => preview.rows.filter((r) => filter === 'all' || (filter === 'errors' ? r.status === 'ERROR' : r.status === 'VALID')),
    [preview.rows, filter],
  );
  const pages = Math.max(1, Math.ceil(shown.length / IMPORT_PAGE_SIZE));
  const pageRows = shown.slice((page - 1) * IMPORT_PAGE_SIZE, page * IMPORT_PAGE_SIZE);

  async function onImport() {
    await submit(async () => {
      const { data } = await importStudents({ variables: { input: { cohortId, rows } } });
      if (data) onImported(data.importStudents);
    });
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
      <PreviewTable rows={pageRows} byLine={byLine} />
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" aria-label="Pages of rows" />}
      <FormAlert title="Nothing was imported" message={formError} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Back to columns
        </Button>
        <Button leftSection={<IconUpload size={16} />} onClick={() => void onImport()} loading={submitting} disabled={preview.validCount === 0}>
          {preview.validCount === 0 ? 'No row can be imported' : `Import ${plural(preview.validCount, 'student')}`}
        </Button>
      </Group>
    </Stack>
  );
}

type PreviewRow = ImportPreview['rows'][number];

/** One page of rows: what was read from the file, and what the server found. */
function PreviewTable({ rows, byLine }: { rows: PreviewRow[]; byLine: Map<number, StudentImportRowInput> }) {
  return (
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
          {rows.map((r) => {
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
  );
}
