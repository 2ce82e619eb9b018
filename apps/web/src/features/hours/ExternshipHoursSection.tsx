import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { EnrollmentStatus } from '@ptp/shared';
import { IconClockPlus } from '@tabler/icons-react';
import { useCan } from '../../app/auth/CurrentUser';
import { lazyPart } from '../../app/lazyPage';
import { PageLoader, TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { isActiveEnrollment } from './active-enrollment';
import { EnrollmentHoursDocument } from './operations';

// The form loads when the dialog first opens: most visits to a student's page only read the hours. The progress
// view is fetched at once, alongside the hours query it waits for, rather than with the student's page.
const HourEntryForm = lazyPart(() => import('./HourEntryForm').then((m) => m.HourEntryForm), <PageLoader label="Loading the form" />);
const hoursProgress = import('./HoursProgress');
const HoursProgressView = lazyPart(() => hoursProgress.then((m) => m.HoursProgressView), <TableSkeleton rows={3} label="Loading hours" />);
const PlacementList = lazyPart(() => hoursProgress.then((m) => m.PlacementList), null);

interface ExternshipHoursSectionProps {
  enrollment: { id: string; status: EnrollmentStatus };
  studentName: string;
}

/** On the staff's student page: progress per requirement, placements, and logging on the student's behalf. */
export function ExternshipHoursSection({ enrollment, studentName }: ExternshipHoursSectionProps) {
  const canLogFor = useCan('HOURS_LOG_FOR_STUDENT') && isActiveEnrollment(enrollment);
  const [opened, { open, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(EnrollmentHoursDocument, { variables: { id: enrollment.id } });
  const hours = data?.enrollment;
  const headingId = `hours-${enrollment.id}`;

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={4} size="h5" id={headingId}>
          Externship hours
        </Title>
        {canLogFor && hours && (
          <Button variant="light" size="xs" leftSection={<IconClockPlus size={14} />} onClick={open}>
            Log hours for student
          </Button>
        )}
      </Group>
      {loading && !hours ? (
        <TableSkeleton rows={3} label="Loading hours" />
      ) : !hours ? (
        <QueryError error={error} what="the hours" onRetry={() => refetch()} />
      ) : (
        <Stack gap="md">
          <HoursProgressView progress={hours.progress} externshipEndDate={hours.cohort.externshipEndDate} />
          <div>
            <Text fw={600} size="sm" mb={4}>
              Placements
            </Text>
            <PlacementList placements={hours.placements} caption={`Placements in ${hours.cohort.code}`} />
          </div>
        </Stack>
      )}
      {canLogFor && hours && (
        <Modal opened={opened} onClose={close} title={`Log hours for ${studentName}`} size="lg">
          <Text size="sm" c="dimmed" mb="md">
            The entry is recorded as logged by you on the student’s behalf.
          </Text>
          <HourEntryForm
            enrollmentId={hours.id}
            placements={hours.placements}
            onBehalfOf={studentName}
            onSaved={close}
            onCancel={close}
          />
        </Modal>
      )}
    </section>
  );
}
