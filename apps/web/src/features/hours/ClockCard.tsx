import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, MAX_ENTRY_MINUTES, MAX_ENTRY_RULE, patientIdentifierWarning } from '@ptp/shared';
import { IconPlayerPlay, IconPlayerStop, IconShieldExclamation, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ConfirmActionModal } from '../../components/ConfirmActionModal';
import { FormAlert } from '../../components/FormAlert';
import { formatDateRange, formatDateTime, todayIso } from '../../lib/dates';
import { formatDuration, formatElapsed } from '../../lib/hours';
import { useFormSubmit } from '../../lib/use-form-submit';
import type { MyEnrollment } from './MyEnrollmentGate';
import { CancelClockInDocument, ClockInDocument, ClockOutDocument } from './operations';

const REFETCH = ['MyEnrollments', 'MyHourEntries', 'EnrollmentHours'];
/** A shift shorter than this is more likely an accidental clock-in: clocking out asks first. */
export const SHORT_SHIFT_MINUTES = 5;

/** Now, re-rendered every second while mounted. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** Clock in at the start of a shift and out at its end; the server records both times. */
export function ClockCard({ enrollment }: { enrollment: MyEnrollment }) {
  return (
    <Card withBorder component="section" aria-labelledby="clock-heading">
      <Title order={2} size="h4" id="clock-heading" mb="sm">
        Clock in / clock out
      </Title>
      {enrollment.openClockIn ? (
        <ClockedIn enrollmentId={enrollment.id} clockIn={enrollment.openClockIn} />
      ) : (
        <ClockedOut enrollment={enrollment} />
      )}
    </Card>
  );
}

function ClockedOut({ enrollment }: { enrollment: MyEnrollment }) {
  const today = todayIso();
  const current = enrollment.placements.filter((p) => p.startDate <= today && today <= p.endDate);
  const [placementId, setPlacementId] = useState<string | null>(current.length === 1 ? (current[0]?.id ?? null) : null);
  // No form fields: what the card checks itself and every refusal go in the alert.
  const { formError, setFormError, submit, submitting } = useFormSubmit();
  const [clockIn] = useMutation(ClockInDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });

  if (enrollment.placements.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        You can clock in once you are placed at an externship site.
      </Text>
    );
  }

  async function start() {
    if (!placementId) {
      setFormError('Choose the placement you are working at.');
      return;
    }
    await submit(async () => {
      await clockIn({ variables: { input: { enrollmentId: enrollment.id, placementId } } });
      notifications.show({ color: 'green', title: 'Clocked in', message: 'Clock out at the end of your shift.' });
    });
  }

  return (
    <Stack gap="sm">
      <FormAlert title="Not clocked in" message={formError} />
      <Select
        label="Placement"
        placeholder="Choose the site"
        data={enrollment.placements.map((p) => ({ value: p.id, label: `${p.site.name} · ${formatDateRange(p.startDate, p.endDate)}` }))}
        value={placementId}
        onChange={setPlacementId}
        allowDeselect={false}
      />
      <Group>
        <Button leftSection={<IconPlayerPlay size={16} />} onClick={() => void start()} loading={submitting}>
          Clock in
        </Button>
      </Group>
    </Stack>
  );
}

function ClockedIn({ enrollmentId, clockIn }: { enrollmentId: string; clockIn: NonNullable<MyEnrollment['openClockIn']> }) {
  const now = useNow();
  const [note, setNote] = useState('');
  const { formError, setFormError, submit, submitting } = useFormSubmit();
  const [confirm, setConfirm] = useState<'cancel' | 'short' | null>(null);
  const [clockOut] = useMutation(ClockOutDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const [cancelClockIn] = useMutation(CancelClockInDocument, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const elapsedMs = now - new Date(clockIn.startedAt).getTime();
  const elapsedMinutes = Math.floor(elapsedMs / 60_000);
  const warning = patientIdentifierWarning(note);

  async function cancel() {
    await cancelClockIn({ variables: { enrollmentId } });
    notifications.show({ color: 'blue', title: 'Clock-in cancelled', message: 'No hours were logged for it.' });
  }

  async function stop(anyway = false) {
    if (!note.trim()) {
      setFormError('Describe what you did during this shift.');
      return;
    }
    if (!anyway && elapsedMinutes < SHORT_SHIFT_MINUTES) {
      setFormError(null);
      setConfirm('short');
      return;
    }
    setConfirm(null);
    await submit(async () => {
      const { data } = await clockOut({ variables: { input: { enrollmentId, activityNote: note.trim() } } });
      notifications.show({
        color: 'green',
        title: 'Clocked out',
        message: data ? `${formatDuration(data.clockOut.minutes)} logged and waiting for review.` : 'Your shift was logged.',
      });
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm">
        Clocked in at <strong>{clockIn.placement.site.name}</strong> since {formatDateTime(clockIn.startedAt)}.
      </Text>
      <Text size="xl" fw={700} ff="monospace" aria-label={`Elapsed time ${formatElapsed(elapsedMs)}`} role="timer">
        {formatElapsed(elapsedMs)}
      </Text>
      {elapsedMs > MAX_ENTRY_MINUTES * 60_000 && (
        <Alert color="yellow" role="status" title="Longer than one entry allows">
          {MAX_ENTRY_RULE} If you forgot to clock out, clock out now and ask your
          instructor to correct the entry.
        </Alert>
      )}
      <FormAlert title="Not clocked out" message={formError} />
      <Textarea
        label="Activity note"
        required
        description="What you did. Never include patient names, dates of birth or record numbers."
        autosize
        minRows={2}
        maxLength={LIMITS.noteMax}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      {warning && (
        <Alert color="yellow" icon={<IconShieldExclamation />} role="status" title="Check this note">
          {warning}
        </Alert>
      )}
      <Group>
        <Button color="red" leftSection={<IconPlayerStop size={16} />} onClick={() => void stop()} loading={submitting}>
          Clock out
        </Button>
        <Button variant="default" leftSection={<IconX size={16} />} onClick={() => setConfirm('cancel')}>
          Cancel clock-in
        </Button>
      </Group>
      <ConfirmActionModal
        opened={confirm === 'cancel'}
        title="Cancel this clock-in?"
        confirmLabel="Cancel clock-in"
        failedTitle="Clock-in not cancelled"
        onConfirm={cancel}
        onClose={() => setConfirm(null)}
      >
        <Text size="sm">
          The clock-in at {clockIn.placement.site.name} since {formatDateTime(clockIn.startedAt)} is removed and no hours are logged. Use this
          when you clocked in by mistake.
        </Text>
      </ConfirmActionModal>
      <Modal opened={confirm === 'short'} onClose={() => setConfirm(null)} title="A very short shift">
        <Stack>
          <Text size="sm">
            This shift is only {elapsedMinutes < 1 ? 'less than a minute' : elapsedMinutes === 1 ? '1 minute' : `${elapsedMinutes} minutes`}. Clock out anyway, or cancel the clock-in?
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm('cancel')}>
              Cancel the clock-in
            </Button>
            <Button color="red" onClick={() => void stop(true)} loading={submitting}>
              Clock out anyway
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
