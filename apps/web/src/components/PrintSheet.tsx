import { Box, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { formatDate, todayIso } from '../lib/dates';

/** Opens the browser's print dialog; hidden on paper. */
export function PrintButton({ what }: { what: string }) {
  return (
    <Button className="no-print" variant="default" leftSection={<IconPrinter size={16} aria-hidden />} aria-label={`Print ${what}`} onClick={() => window.print()}>
      Print
    </Button>
  );
}

function SignatureLine({ role }: { role: string }) {
  return (
    <Stack gap={4}>
      <Group gap="md" wrap="nowrap" align="flex-end">
        <Box style={{ flex: 3, borderBottom: '1px solid currentColor', height: 36 }} />
        <Box style={{ flex: 1, borderBottom: '1px solid currentColor', height: 36 }} />
      </Group>
      <Group gap="md" wrap="nowrap">
        <Text size="xs" style={{ flex: 3 }}>
          {role} signature
        </Text>
        <Text size="xs" style={{ flex: 1 }}>
          Date
        </Text>
      </Group>
    </Stack>
  );
}

/** On paper only: who the sheet is for, when it was printed, and lines for the student and the preceptor or program official to sign. */
export function PrintSignatures({ studentName, subject }: { studentName?: string | null; subject: string }) {
  return (
    <Box className="print-only" mt="xl" data-testid="print-signatures">
      <Text size="sm" mb="lg">
        {subject}
        {studentName ? ` for ${studentName}` : ''}, printed {formatDate(todayIso())}. Only approved hours count toward the requirements.
      </Text>
      <SimpleGrid cols={2} spacing="xl">
        <SignatureLine role="Student" />
        <SignatureLine role="Preceptor / program official" />
      </SimpleGrid>
    </Box>
  );
}
