import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileText, IconFileZip } from '@tabler/icons-react';
import { FormAlert } from '../../components/FormAlert';
import { useDownload } from '../../lib/download';

type RecordFormat = 'pdf' | 'zip';

/** "Download my record": the student's own record as a PDF, or a zip with spreadsheets and their uploaded documents (FERPA). */
export function DownloadMyRecord({ studentNumber }: { studentNumber: string }) {
  const { busy, error, download: fetchRecord } = useDownload<RecordFormat>('Your record could not be produced. Try again in a moment.');
  const download = (format: RecordFormat) =>
    fetchRecord(format, `/api/me/record.${format}`, `my-record-${studentNumber}.${format}`, {
      title: 'Your record is ready',
      message: (filename) => `${filename} was downloaded.`,
    });

  return (
    <Card withBorder component="section" aria-labelledby="my-record-download">
      <Stack gap="sm">
        <Title order={2} size="h4" id="my-record-download">
          Download my record
        </Title>
        <Text size="sm" c="dimmed">
          Everything the program holds about you: your profile, enrollment history, hours with their reviews, exams, compliance items, competencies and your preceptors’ evaluations.
          The PDF is for reading and printing; the ZIP adds the same data as spreadsheets (CSV) and the documents you uploaded. Each download is noted
          in the program’s disclosure log.
        </Text>
        <FormAlert title="Your record was not downloaded" message={error} />
        <Group>
          <Button leftSection={<IconFileText size={16} />} loading={busy === 'pdf'} disabled={busy === 'zip'} onClick={() => void download('pdf')}>
            Download PDF
          </Button>
          <Button variant="light" leftSection={<IconFileZip size={16} />} loading={busy === 'zip'} disabled={busy === 'pdf'} onClick={() => void download('zip')}>
            Download ZIP
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
