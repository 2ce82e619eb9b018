import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import type { ReportInput } from '../../gql/graphql';
import type { ApiError } from '../../lib/graphql-errors';
import { SaveReportSnapshotDocument } from './operations';
import { useDownload } from '../../lib/download';
import { useFormSubmit } from '../../lib/use-form-submit';
import { exportUrl, type ExportFormat, type ReportSource } from './source';

const PURPOSE_MAX = 500;

/** PDF and CSV exports; every export is logged as a disclosure with the purpose given here. */
export function ExportPanel({ source, fileStem }: { source: ReportSource; fileStem: string }) {
  const [purpose, setPurpose] = useState('');
  const { busy, error, download } = useDownload<ExportFormat>('The export failed. Try again in a moment.');

  async function exportAs(format: ExportFormat) {
    await download(format, exportUrl(source, format, purpose), `${fileStem}.${format === 'pdf' ? 'pdf' : 'zip'}`, {
      title: 'Export ready',
      message: (filename) => `${filename} was downloaded. The disclosure was logged.`,
    });
  }

  return (
    <Card withBorder component="section" aria-labelledby="report-export-title">
      <Title order={2} size="h5" id="report-export-title" mb="xs">
        Export
      </Title>
      <Stack gap="sm">
        <TextInput
          label="Purpose of this disclosure"
          description="Optional. Exports contain student records, so each one is logged with who, when and why."
          placeholder="e.g. ABHES annual report 2026"
          maxLength={PURPOSE_MAX}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value)}
        />
        <FormAlert title="The export failed" message={error} />
        <Group gap="xs">
          <Button
            leftSection={<IconFileTypePdf size={16} />}
            onClick={() => void exportAs('pdf')}
            loading={busy === 'pdf'}
            disabled={busy !== null && busy !== 'pdf'}
          >
            Export PDF
          </Button>
          <Button
            variant="light"
            leftSection={<IconFileSpreadsheet size={16} />}
            onClick={() => void exportAs('csv')}
            loading={busy === 'csv'}
            disabled={busy !== null && busy !== 'csv'}
          >
            Export CSV
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          CSV downloads as a .zip with one file per table.
        </Text>
      </Stack>
    </Card>
  );
}

/** Saves the report exactly as the server computes it now, so what was submitted can be reproduced. */
export function SaveSnapshotPanel({ input }: { input: ReportInput }) {
  const [title, setTitle] = useState('');
  const { formError, submit, submitting } = useFormSubmit();
  const [saved, setSaved] = useState<{ id: string; title: string } | null>(null);
  const [save] = useMutation(SaveReportSnapshotDocument, {
    // The list is not on screen while saving: drop it from the cache so it loads afresh when opened.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'reportSnapshots' });
      cache.gc();
    },
  });

  // Without a snapshot nothing is kept: say how to keep a copy meanwhile.
  const keepACopy = { onError: (error: ApiError) => `${error.message} Try again; if it keeps failing, export a PDF to keep a copy.` };

  async function onSave() {
    await submit(async () => {
      const { data } = await save({ variables: { input, title: title.trim() || null } });
      const snapshot = data?.saveReportSnapshot;
      setTitle('');
      if (snapshot) setSaved(snapshot);
      // The notification lives outside the router, so the link to the snapshot is in the panel.
      notifications.show({ color: 'green', title: 'Snapshot saved', message: snapshot ? `Saved as “${snapshot.title}”.` : 'The report was saved.' });
    }, keepACopy);
  }

  return (
    <Card withBorder component="section" aria-labelledby="report-snapshot-title">
      <Title order={2} size="h5" id="report-snapshot-title" mb="xs">
        Save a snapshot
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Snapshot title"
            description="Optional. Without one, the program and period name it."
            placeholder="e.g. Submitted to ABHES, Dec 2026"
            maxLength={200}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <FormAlert title="The snapshot was not saved" message={formError} />
          <Group>
            <Button type="submit" variant="light" leftSection={<IconDeviceFloppy size={16} />} loading={submitting}>
              Save snapshot
            </Button>
          </Group>
          {saved && (
            <Text size="sm" role="status">
              Saved as “{saved.title}”.{' '}
              <Anchor component={Link} to={`/reports/snapshots/${saved.id}`}>
                Open the snapshot
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </Card>
  );
}
