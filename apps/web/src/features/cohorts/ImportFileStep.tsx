import { Alert, Button, FileInput, Group, Progress, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { STUDENT_IMPORT_MAX_ROWS } from '@ptp/shared';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { parseCsvFile, parseCsvText, plural, type ParsedCsv } from './studentImport';

/** Step 1 of the import: a CSV file chosen or pasted, read and checked for a header row and a sensible size. */
export function ImportFileStep({ onParsed }: { onParsed: (csv: ParsedCsv) => void }) {
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
