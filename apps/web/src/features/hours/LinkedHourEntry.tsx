import { useQuery } from '@apollo/client/react';
import { Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { HourStatusBadge } from '../../components/HourStatusBadge';
import { PageLoader } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { graphql } from '../../gql';
import type { HourEntryRowFragment } from '../../gql/graphql';
import { formatDuration, formatEntryDay, formatTimeRange } from '../../lib/hours';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';

export const LinkedHourEntryDocument = graphql(`
  query LinkedHourEntry($id: ID!) {
    hourEntry(id: $id) {
      ...HourEntryRow
    }
  }
`);

interface LinkedHourEntryProps {
  id: string;
  /** The student may still change entries (active enrollment). */
  canEdit: boolean;
  /** Opens the entry in the edit (or resubmit) form. */
  onEdit: (entry: HourEntryRowFragment) => void;
  onClose: () => void;
}

/**
 * The entry a link points at (/hours?entry=<id>, e.g. from a notification), whatever page of the
 * list it is on: one waiting for the student opens in its form; any other is shown as it stands.
 */
export function LinkedHourEntry({ id, canEdit, onEdit, onClose }: LinkedHourEntryProps) {
  const { data, error } = useQuery(LinkedHourEntryDocument, { variables: { id } });
  const entry = data?.hourEntry;
  const editable = Boolean(entry && canEdit && (entry.status === 'NEEDS_INFO' || entry.status === 'SUBMITTED'));

  const opened = useRef(false);
  useEffect(() => {
    if (entry && editable && !opened.current) {
      opened.current = true;
      onEdit(entry);
      onClose();
    }
  }, [entry, editable, onEdit, onClose]);

  if (editable) return null;
  return (
    <Modal opened onClose={onClose} title="Hour entry">
      {error ? (
        <QueryError error={error} what="this entry" />
      ) : !entry ? (
        <PageLoader label="Loading the entry" />
      ) : (
        <Stack gap="xs">
          <Group justify="space-between">
            <Text fw={600}>{formatEntryDay(entry.startedAt)}</Text>
            <HourStatusBadge status={entry.status} />
          </Group>
          <Text size="sm">
            {formatTimeRange(entry.startedAt, entry.endedAt)} · {formatDuration(entry.minutes)} · {HOUR_COMPONENT_LABELS[entry.component]}
            {entry.placement ? ` · ${entry.placement.site.name}` : ''}
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {entry.activityNote}
          </Text>
          {entry.reviewComment && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              Reviewer: {entry.reviewComment}
            </Text>
          )}
        </Stack>
      )}
    </Modal>
  );
}
