import { Button, FileInput, Group, Progress, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { STUDENT_IMPORT_MAX_ROWS } from '@ptp/shared';
import { IconFileUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useFormSubmit } from '../../lib/use-form-submit';
import { parseCsvFile, parseCsvText, plural, type ParsedCsv } from './studentImport';

/** Why the parsed file cannot go on to the columns step, or null when it can. */
function problemOf(parsed: ParsedCsv): string | null {
  if (parsed.headers.every((h) => h === '')) return 'The file is empty. The first row must name the columns (e.g. First name, Last name, Email).';
  if (parsed.records.length === 0) return 'The file has a header row but no students below it.';
  if (parsed.records.length > STUDENT_IMPORT_MAX_ROWS) {
    return `The file has ${plural(parsed.records.length, 'row')}; import at most ${STUDENT_IMPORT_MAX_ROWS.toLocaleString('en-US')} at a time. Split the file and import each part.`;
  }
  return null;
}

/** Step 1 of the import: a CSV file chosen or pasted, read and checked for a header row and a sensible size. */
export function ImportFileStep({ onParsed }: { onParsed: (csv: ParsedCsv) => void }) {
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const { formError, submit } = useFormSubmit();

  /** The file or the pasted text, parsed; a parser failure is reworded to say what did not work. */
  async function read(): Promise<ParsedCsv> {
    if (mode === 'file' && !file) throw new Error('Choose a CSV file first.');
    try {
      if (mode === 'paste' || !file) return parseCsvText(text);
      setProgress(0);
      return await parseCsvFile(file, setProgress);
    } catch (e) {
      throw new Error(`The file could not be read: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setProgress(null);
    }
  }

  async function onContinue() {
    // Every problem, the file's and the parser's, is a sentence in the alert.
    await submit(async () => {
      const parsed = await read();
      const problem = problemOf(parsed);
      if (problem) throw new Error(problem);
      onParsed(parsed);
    });
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
      <FormAlert title="The file cannot be imported" message={formError} />
      <Group justify="flex-end">
        <Button onClick={() => void onContinue()} loading={progress !== null} disabled={mode === 'file' ? !file : !text.trim()}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
