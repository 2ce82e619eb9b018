import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { lazyDialog } from '../../app/lazyPage';
import { Fact } from '../../components/Fact';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { ExportCsvButton } from '../cohorts/ExportCsvButton';
import { EnrollmentTabs } from '../compliance/EnrollmentTabs';
import { StudentEnrollments } from '../enrollment/StudentEnrollments';
import { ExternshipHoursSection } from '../hours/ExternshipHoursSection';
import { ProduceRecordButton } from './ProduceRecordButton';
import { StudentDetailDocument } from './operations';

const EditStudentModal = lazyDialog(() => import('./EditStudentModal').then((m) => m.EditStudentModal));

export function StudentDetailPage() {
  const { id = '' } = useParams();
  const canUpdate = useCan('STUDENT_UPDATE');
  const canChangeStatus = useCan('ENROLLMENT_STATUS_CHANGE');
  const canOverrideGraduation = useCan('GRADUATION_OVERRIDE');
  const canCorrectStatus = useCan('ENROLLMENT_STATUS_CORRECT');
  const canReadHours = useCan('HOURS_READ');
  const canReadCohorts = useCan('COHORT_READ');
  const canExport = useCan('REPORT_EXPORT');
  const canReadCompliance = useCan('COMPLIANCE_READ');
  const [editOpened, editModal] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(StudentDetailDocument, { variables: { id } });
  const student = data?.student;
  usePageTitle(student ? `${student.fullName} · Student` : 'Student');

  if (loading && !student) return <PageLoader label="Loading student" />;
  if (!student) return <QueryError error={error} what="this student" onRetry={() => refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={student.fullName}
        description={
          <Anchor component={Link} to="/students" size="sm">
            ← All students
          </Anchor>
        }
      />
      <Card withBorder component="section" aria-label="Profile">
        <Group justify="space-between" align="flex-start">
          <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
            <Fact label="Student #">{student.studentNumber}</Fact>
            <Fact label="Email">
              <Anchor href={`mailto:${student.email}`} inherit>
                {student.email}
              </Anchor>
            </Fact>
            <Fact label="Phone">{student.phone || '—'}</Fact>
          </SimpleGrid>
          <Group gap="xs">
            {canExport && canReadCompliance && <ProduceRecordButton studentId={student.id} studentName={student.fullName} studentNumber={student.studentNumber} />}
            {canUpdate && (
              <Button variant="light" size="xs" leftSection={<IconPencil size={14} />} onClick={editModal.open}>
                Edit profile
              </Button>
            )}
          </Group>
        </Group>
      </Card>
      <StudentEnrollments
        student={student}
        linkCohort={canReadCohorts}
        canChangeStatus={canChangeStatus}
        canOverrideGraduation={canOverrideGraduation}
        canCorrectStatus={canCorrectStatus}
        renderExtra={(enrollment) => (
          <>
            {canReadHours && (
              <Group justify="flex-end" mt="md">
                <ExportCsvButton
                  size="xs"
                  label="Export hours (CSV)"
                  what={`the hour log of ${student.fullName} in ${enrollment.cohort.code}`}
                  href={`/api/enrollments/${encodeURIComponent(enrollment.id)}/hours.csv`}
                  fallbackName={`hours-${enrollment.cohort.code}-${student.studentNumber}.csv`}
                />
              </Group>
            )}
            <EnrollmentTabs
              enrollment={enrollment}
              studentId={student.id}
              hours={canReadHours ? <ExternshipHoursSection enrollment={enrollment} studentName={student.fullName} /> : undefined}
            />
          </>
        )}
      />
      {canUpdate && <EditStudentModal student={student} opened={editOpened} onClose={editModal.close} />}
    </Stack>
  );
}
