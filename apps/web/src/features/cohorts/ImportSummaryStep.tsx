import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadSummary, plural, summaryCsv, type ImportSummary } from './studentImport';

/** Step 4 of the import: what was imported, skipped and emailed, and the summary file to keep. */
export function ImportSummaryStep({ cohortCode, summary, onClose }: { cohortCode: string; summary: ImportSummary; onClose: () => void }) {
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
