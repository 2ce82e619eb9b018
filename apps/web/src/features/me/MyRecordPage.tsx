import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Stack, Text } from '@mantine/core';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { MyEnrollmentTabs } from '../compliance/EnrollmentTabs';
import { StudentDetailDocument } from '../students/operations';
import { StudentEnrollments } from '../enrollment/StudentEnrollments';
import { DownloadMyRecord } from './DownloadMyRecord';

/** The student's own home: their enrollments, where they stand, and how they got there. */
export function MyRecordPage() {
  usePageTitle('My record');
  const user = useCurrentUser();
  const studentId = user.studentId;
  const { data, loading, error, refetch } = useQuery(
    StudentDetailDocument,
    studentId ? { variables: { id: studentId } } : skipToken,
  );
  const student = data?.student;

  if (!studentId) {
    return (
      <Alert color="yellow" title="No student record" role="alert">
        Your account is not linked to a student record. Ask your program director to link it.
      </Alert>
    );
  }
  if (loading && !student) return <PageLoader label="Loading your record" />;
  if (!student) return <QueryError error={error} what="your record" onRetry={() => refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={`Hello, ${student.firstName}`}
        description={
          <Text size="sm" c="dimmed">
            Student # {student.studentNumber} · {student.email}
          </Text>
        }
      />
      <StudentEnrollments
        student={student}
        linkCohort={false}
        canChangeStatus={false}
        renderExtra={(enrollment) => <MyEnrollmentTabs enrollmentId={enrollment.id} studentId={student.id} />}
      />
      <DownloadMyRecord studentNumber={student.studentNumber} />
    </Stack>
  );
}
