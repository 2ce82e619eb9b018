import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { COMPLIANCE_STATE_LABELS, type ComplianceReviewStatus, type ComplianceState } from '@ptp/shared';
import { IconBell, IconCalendarCheck, IconExternalLink, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { EnrollmentComplianceQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { ClearedBadge, ComplianceStateBadge } from './ComplianceStateBadge';
import { ComplianceReviewActions } from './ComplianceReviewActions';
import { ComplianceUploadForm } from './ComplianceUploadForm';
import { EnrollmentClearedDocument, EnrollmentComplianceDocument } from './operations';

type ItemStatus = EnrollmentComplianceQuery['enrollment']['compliance'][number];
type Reminder = EnrollmentComplianceQuery['enrollment']['reminders'][number];

export const RECORD_STATUS_LABELS: Record<ComplianceReviewStatus, string> = {
  PENDING: 'Waiting for review',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
  WAIVED: 'Waived',
};
const RECORD_STATUS_COLORS: Record<ComplianceReviewStatus, string> = {
  PENDING: 'blue',
  VERIFIED: 'green',
  REJECTED: 'red',
  WAIVED: 'gray',
};

/** States a student should act on. */
const NEEDS_UPLOAD: readonly ComplianceState[] = ['MISSING', 'EXPIRED', 'EXPIRING_7', 'EXPIRING_30', 'EXPIRING_60'];

/** The student still has to send a document: the item needs one and none is waiting for review. */
function needsDocument(status: ItemStatus): boolean {
  return NEEDS_UPLOAD.includes(status.state) && !status.records.some((record) => record.status === 'PENDING');
}

/**
 * The reminders still worth showing (the API keeps every one the daily job sent): the newest per
 * item, while that item still needs a document for the expiry the reminder was about. A renewed,
 * verified or just-uploaded item drops out.
 */
export function openReminders(reminders: readonly Reminder[], items: readonly ItemStatus[]): Reminder[] {
  const seen = new Set<string>();
  return reminders.filter((reminder) => {
    const status = items.find((s) => s.item.id === reminder.item.id);
    if (!status || seen.has(reminder.item.id) || !needsDocument(status)) return false;
    const sameExpiry = status.state === 'MISSING' ? reminder.kind === 'MISSING' : reminder.expiresOn === status.validThrough;
    if (sameExpiry) seen.add(reminder.item.id);
    return sameExpiry;
  });
}

function reminderLabel(kind: string): string {
  return kind in COMPLIANCE_STATE_LABELS ? COMPLIANCE_STATE_LABELS[kind as ComplianceState] : kind;
}

interface ComplianceSectionProps {
  enrollmentId: string;
  canSubmit: boolean;
  canReview: boolean;
  /** The student's own view: upload only what needs it, reminders on top. */
  selfService?: boolean;
}

/** One row per required item: state, validity, documents, and the upload/review actions. */
export function ComplianceSection({ enrollmentId, canSubmit, canReview, selfService = false }: ComplianceSectionProps) {
  const { data, loading, error, refetch } = useQuery(EnrollmentComplianceDocument, {
    variables: { id: enrollmentId },
    // Reviews happen elsewhere (another user, the dashboard): show the latest state on every visit
    fetchPolicy: 'cache-and-network',
  });
  const [uploading, setUploading] = useState<ItemStatus['item'] | null>(null);
  const enrollment = data?.enrollment;

  if (loading && !enrollment) return <TableSkeleton rows={4} label="Loading compliance" />;
  if (!enrollment) return <QueryError error={error} what="the compliance items" onRetry={() => refetch()} />;

  const items = enrollment.compliance;
  const reminders = selfService ? openReminders(enrollment.reminders, items) : [];
  return (
    <Stack gap="md">
      {reminders.length > 0 && (
        <Alert color="yellow" icon={<IconBell />} title="Reminders" role="status">
          <List size="sm" spacing={2}>
            {reminders.map((reminder) => (
              <List.Item key={reminder.id}>
                {reminder.item.name}: {reminderLabel(reminder.kind)}
                {/* A missing item's date is when the externship needs it, not an expiry */}
                {reminder.expiresOn ? ` (${reminder.kind === 'MISSING' ? 'needed by' : 'expires'} ${formatDate(reminder.expiresOn)})` : ''}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <ClearedBadge cleared={enrollment.complianceCleared} />
      {items.length === 0 ? (
        <EmptyState title="No compliance items required">The program has no required items.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label="Compliance items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Item</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Valid through</Table.Th>
                <Table.Th scope="col">Documents</Table.Th>
                {canSubmit && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((status) => (
                <Table.Tr key={status.item.id} data-state={status.state}>
                  <Table.Th scope="row" fw={500}>
                    {status.item.name}
                  </Table.Th>
                  <Table.Td>
                    <ComplianceStateBadge state={status.state} daysLeft={status.daysLeft} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{status.validThrough ? formatDate(status.validThrough) : '—'}</Text>
                    {status.coversUntil && (
                      <Tooltip label="Stays valid through the end of the student's latest placement">
                        <Badge
                          size="xs"
                          variant="outline"
                          color="teal"
                          mt={4}
                          leftSection={<IconCalendarCheck size={10} aria-hidden />}
                          tabIndex={0}
                          // Never cut to "Covers placem…" in a narrow column
                          style={{ minWidth: 'max-content' }}
                        >
                          Covers placement end
                        </Badge>
                      </Tooltip>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <RecordList records={status.records} itemName={status.item.name} canReview={canReview} />
                  </Table.Td>
                  {canSubmit && (
                    <Table.Td>
                      {(!selfService || needsDocument(status)) && (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconUpload size={14} />}
                          onClick={() => setUploading(status.item)}
                          aria-label={`Upload ${status.item.name}`}
                        >
                          Upload
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={uploading !== null} onClose={() => setUploading(null)} title={uploading ? `Upload document: ${uploading.name}` : ''}>
        {uploading && (
          <ComplianceUploadForm
            key={uploading.id}
            enrollmentId={enrollmentId}
            item={uploading}
            onDone={() => setUploading(null)}
            onCancel={() => setUploading(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function RecordList({ records, itemName, canReview }: { records: ItemStatus['records']; itemName: string; canReview: boolean }) {
  if (records.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None submitted
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {records.map((record) => (
        <Stack key={record.id} gap={2}>
          <Group gap={6} wrap="wrap">
            <Badge size="sm" variant="dot" color={RECORD_STATUS_COLORS[record.status]}>
              {RECORD_STATUS_LABELS[record.status]}
            </Badge>
            <Text size="xs" c="dimmed">
              Completed {formatDate(record.completedOn)}
              {record.expiresOn ? ` · expires ${formatDate(record.expiresOn)}` : ''}
            </Text>
            {record.documentUrl && (
              <Anchor href={record.documentUrl} target="_blank" rel="noopener noreferrer" size="xs">
                <Group gap={2} component="span" wrap="nowrap">
                  View document
                  <IconExternalLink size={12} aria-hidden />
                  <VisuallyHidden> for {itemName} (opens in a new tab)</VisuallyHidden>
                </Group>
              </Anchor>
            )}
          </Group>
          {record.reviewReason && (
            <Text size="xs" c="dimmed">
              Reason: {record.reviewReason}
            </Text>
          )}
          {canReview && record.status === 'PENDING' && <ComplianceReviewActions recordId={record.id} itemName={itemName} hasDocument={Boolean(record.documentUrl)} />}
        </Stack>
      ))}
    </Stack>
  );
}

/** Preceptors learn only whether the student is cleared. */
export function ComplianceClearedOnly({ enrollmentId }: { enrollmentId: string }) {
  const { data, loading, error, refetch } = useQuery(EnrollmentClearedDocument, { variables: { id: enrollmentId } });
  if (loading && !data) return <TableSkeleton rows={1} label="Loading clearance" />;
  if (!data) return <QueryError error={error} what="the clearance" onRetry={() => refetch()} />;
  return <ClearedBadge cleared={data.enrollment.complianceCleared} />;
}
