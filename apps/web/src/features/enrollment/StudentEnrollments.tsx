import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StudentDetailQuery } from '../../gql/graphql';
import { EnrollmentCard } from './EnrollmentCard';

interface StudentEnrollmentsProps {
  student: StudentDetailQuery['student'];
  linkCohort: boolean;
  canChangeStatus: boolean;
  /** May graduate over unmet requirements with a reason (GRADUATION_OVERRIDE). */
  canOverrideGraduation?: boolean;
  /** May void or correct the current status event (ENROLLMENT_STATUS_CORRECT). */
  canCorrectStatus?: boolean;
  /** Extra content per enrollment card. */
  renderExtra?: (enrollment: StudentDetailQuery['student']['enrollments'][number]) => ReactNode;
}

/** One card per enrollment, newest first; shared by the staff's student page and the student's own page. */
export function StudentEnrollments({ student, linkCohort, canChangeStatus, canOverrideGraduation = false, canCorrectStatus = false, renderExtra }: StudentEnrollmentsProps) {
  const enrollments = [...student.enrollments].sort((a, b) => b.enrolledOn.localeCompare(a.enrolledOn));
  return (
    <Stack>
      <Title order={2} size="h3">
        Enrollments
      </Title>
      {enrollments.length === 0 ? (
        <Text c="dimmed">Not enrolled in any cohort.</Text>
      ) : (
        enrollments.map((enrollment) => (
          <EnrollmentCard
            key={enrollment.id}
            enrollment={enrollment}
            studentName={student.fullName}
            linkCohort={linkCohort}
            canChangeStatus={canChangeStatus}
            canOverrideGraduation={canOverrideGraduation}
            canCorrectStatus={canCorrectStatus}
          >
            {renderExtra?.(enrollment)}
          </EnrollmentCard>
        ))
      )}
    </Stack>
  );
}
