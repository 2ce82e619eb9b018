import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { IconChecks } from '@tabler/icons-react';
import { Link } from 'react-router';
import { HourStatusBadge } from '../../components/HourStatusBadge';
import { formatDuration, formatEntryDay, formatTimeRange } from '../../lib/hours';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';
import { ClockedEditNote } from './ClockedEditNote';
import { EntryActions } from './EntryActions';
import { groupByStudent, type QueueRow } from './grouping';
import type { ReasonAction } from './ReviewReasonModal';

interface ReviewCardListProps {
  rows: readonly QueueRow[];
  canReopen: boolean;
  canOpenStudents: boolean;
  busyRow: string | null;
  /** The student whose entries are being approved together, if any. */
  busyStudent: string | null;
  onApprove: (entry: QueueRow) => void;
  onApproveAll: (studentId: string, entries: QueueRow[]) => void;
  onReason: (action: ReasonAction, entry: QueueRow) => void;
}

/** The review queue on a phone: one card per student with their pending total, one block per entry, thumb-sized actions. */
export function ReviewCardList({ rows, canReopen, canOpenStudents, busyRow, busyStudent, onApprove, onApproveAll, onReason }: ReviewCardListProps) {
  return (
    <Stack gap="md" aria-label="Entries to review by student" role="list">
      {groupByStudent(rows).map((group) => {
        const headingId = `review-student-${group.studentId}`;
        return (
          <Card key={group.studentId} withBorder padding="sm" component="section" role="listitem" aria-labelledby={headingId}>
            <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
              <div>
                <Title order={2} size="h5" id={headingId}>
                  {canOpenStudents ? (
                    <Anchor component={Link} to={`/students/${group.studentId}`} inherit>
                      {group.studentName}
                    </Anchor>
                  ) : (
                    group.studentName
                  )}
                </Title>
                <Text size="xs" c="dimmed">
                  {group.cohortCode}
                </Text>
              </div>
              <Text size="sm" fw={600} ta="right">
                {group.pending.length > 0 ? `${formatDuration(group.pendingMinutes)} pending` : 'Nothing pending'}
              </Text>
            </Group>
            {group.pending.length > 1 && (
              <Button
                fullWidth
                mih={44}
                mb="sm"
                leftSection={<IconChecks size={18} />}
                loading={busyStudent === group.studentId}
                aria-label={`Approve all for this student: ${group.studentName}, ${group.pending.length} entries`}
                onClick={() => onApproveAll(group.studentId, group.pending)}
              >
                Approve all for this student
              </Button>
            )}
            <Stack gap="sm">
              {group.entries.map((entry) => (
                <Stack key={entry.id} gap={6} pt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
                  <Group justify="space-between" wrap="nowrap">
                    <div>
                      <Text size="sm" fw={600}>
                        {formatEntryDay(entry.startedAt)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatTimeRange(entry.startedAt, entry.endedAt)} · {formatDuration(entry.minutes)}
                      </Text>
                    </div>
                    <HourStatusBadge status={entry.status} />
                  </Group>
                  <ClockedEditNote entry={entry} />
                  <Text size="xs" c="dimmed">
                    {HOUR_COMPONENT_LABELS[entry.component]}
                    {entry.setting ? ` · ${PRACTICE_SETTING_LABELS[entry.setting]}` : ''}
                    {entry.placement ? ` · ${entry.placement.site.name}` : ''}
                  </Text>
                  <Text size="sm">{entry.activityNote}</Text>
                  {entry.reviewComment && (
                    <Text size="xs" c="dimmed">
                      {entry.reviewComment}
                    </Text>
                  )}
                  <EntryActions entry={entry} canReopen={canReopen} busy={busyRow === entry.id} onApprove={onApprove} onReason={onReason} touch />
                </Stack>
              ))}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
