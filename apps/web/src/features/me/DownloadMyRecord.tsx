import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileText, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { downloadExport } from '../reports/source';

type RecordFormat = 'pdf' | 'zip';

/** "Download my record": the student's own record as a PDF, or a zip with spreadsheets and their uploaded documents (FERPA). */
export function DownloadMyRecord({ studentNumber }: { studentNumber: string }) {
  const [busy, setBusy] = useState<RecordFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: RecordFormat) {
    setBusy(format);
    setError(null);
    try {
      const filename = await downloadExport(`/api/me/record.${format}`, `my-record-${studentNumber}.${format}`);
      notifications.show({ color: 'green', title: 'Your record is ready', message: `${filename} was downloaded.` });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Your record could not be produced. Try again in a moment.');
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card withBorder component="section" aria-labelledby="my-record-download">
      <Stack gap="sm">
        <Title order={2} size="h4" id="my-record-download">
          Download my record
        </Title>
        <Text size="sm" c="dimmed">
          Everything the program holds about you: your profile, enrollment history, hours with their reviews, exams, compliance items and competencies.
          The PDF is for reading and printing; the ZIP adds the same data as spreadsheets (CSV) and the documents you uploaded. Each download is noted
          in the program’s disclosure log.
        </Text>
        {error && (
          <Alert color="red" role="alert" title="Your record was not downloaded">
            {error}
          </Alert>
        )}
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
