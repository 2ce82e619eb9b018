import { Group, Text } from '@mantine/core';
import { IconClockEdit } from '@tabler/icons-react';
import { clockedEditLine } from '../../lib/hours';

/** Both times of a clocked shift edited afterwards, and the student's reason, for the reviewer. */
export function ClockedEditNote({ entry }: { entry: Parameters<typeof clockedEditLine>[0] }) {
  const line = clockedEditLine(entry);
  if (!line) return null;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <IconClockEdit size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} color="var(--mantine-color-orange-7)" />
      <Text size="xs" c="orange.8" maw={260} style={{ whiteSpace: 'normal' }}>
        {line}
      </Text>
    </Group>
  );
}
