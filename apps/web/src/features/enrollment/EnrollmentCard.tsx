import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { allowedNextStatuses } from '@ptp/shared';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Fact } from '../../components/Fact';
import { StatusBadge } from '../../components/StatusBadge';
import type { EnrollmentDetailFragment } from '../../gql/graphql';
import { formatDate, formatDateRange } from '../../lib/dates';
import { lazyDialog } from '../../app/lazyPage';
import { StatusHistory } from './StatusHistory';

// The status change is not part of the record's first download (tools/web-size.mjs budgets the student page).
const ChangeStatusModal = lazyDialog(() => import('./ChangeStatusModal').then((m) => m.ChangeStatusModal));

interface EnrollmentCardProps {
  enrollment: EnrollmentDetailFragment;
  studentName: string;
  /** Staff open the cohort; a student sees its name only. */
  linkCohort: boolean;
  canChangeStatus: boolean;
  canOverrideGraduation?: boolean;
  canCorrectStatus?: boolean;
  /** More about the enrollment below the status history (e.g. externship hours). */
  children?: ReactNode;
}

export function EnrollmentCard({ enrollment, studentName, linkCohort, canChangeStatus, canOverrideGraduation = false, canCorrectStatus = false, children }: EnrollmentCardProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const { cohort } = enrollment;
  const headingId = `enrollment-${enrollment.id}`;
  const terminal = allowedNextStatuses(enrollment.status).length === 0;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id={headingId}>
            {linkCohort ? (
              <Anchor component={Link} to={`/cohorts/${cohort.id}`} inherit>
                {cohort.code}
              </Anchor>
            ) : (
              cohort.code
            )}{' '}
            · {cohort.name}
          </Title>
          <Text size="sm" c="dimmed">
            {cohort.program.name}
          </Text>
        </Stack>
        {canChangeStatus && (
          <Button
            variant="light"
            leftSection={<IconArrowsExchange size={16} />}
            onClick={open}
            disabled={terminal}
            title={terminal ? 'This status is final; no further change is possible.' : undefined}
          >
            Change status
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <Fact label="Current status">
          <StatusBadge status={enrollment.status} />
        </Fact>
        <Fact label="Status since">{formatDate(enrollment.statusSince)}</Fact>
        <Fact label="Enrolled on">{formatDate(enrollment.enrolledOn)}</Fact>
        <Fact label="Externship window">{formatDateRange(cohort.externshipStartDate, cohort.externshipEndDate)}</Fact>
      </SimpleGrid>
      <Title order={4} size="h6" mb={4}>
        Status history
      </Title>
      <StatusHistory events={enrollment.statusHistory} caption={`Status history for ${cohort.code}`} canCorrect={canCorrectStatus} />
      {children}
      {canChangeStatus && !terminal && (
        <ChangeStatusModal
          opened={opened}
          onClose={close}
          subject={`${studentName} in ${cohort.code}`}
          enrollment={enrollment}
          canOverride={canOverrideGraduation}
        />
      )}
    </Card>
  );
}
