import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { AttemptsTable, CredentialsList, StandingsTable } from './ExamsSection';
import { EnrollmentExamsDocument } from './operations';

/** The student's exams: where they stand, their sittings, their credentials. */
export function MyExams({ enrollmentId, studentId }: { enrollmentId: string; studentId: string }) {
  const { data, loading, error, refetch } = useQuery(EnrollmentExamsDocument, { variables: { id: enrollmentId } });
  const enrollment = data?.enrollment;
  if (loading && !enrollment) return <TableSkeleton rows={3} label="Loading your exams" />;
  if (!enrollment) return <QueryError error={error} what="your exams" onRetry={() => refetch()} />;
  return (
    <Stack gap="md">
      <Title order={4} size="h5">
        Exam standings
      </Title>
      <StandingsTable standings={enrollment.examStandings} />
      <Title order={4} size="h5">
        Attempts
      </Title>
      <AttemptsTable attempts={enrollment.examAttempts} />
      <CredentialsList studentId={studentId} canAdd={false} />
    </Stack>
  );
}
