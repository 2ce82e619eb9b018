import { useQuery } from '@apollo/client/react';
import { Card, Stack, Title } from '@mantine/core';
import { PageLoader } from '../../components/Loading';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { PageHeader } from '../../components/PageHeader';
import { PrintButton, PrintSignatures } from '../../components/PrintSheet';
import { QueryError } from '../../components/QueryError';
import { usePageTitle } from '../../lib/usePageTitle';
import { HoursProgressView, PlacementList } from './HoursProgress';
import { MyEnrollmentGate } from './MyEnrollmentGate';
import { EnrollmentHoursDocument } from './operations';

export function MyProgressPage() {
  usePageTitle('My progress');
  const me = useCurrentUser();
  return (
    <Stack gap="lg">
      <PageHeader
        title="My progress"
        description="Approved hours count toward each requirement; hours waiting for review are shown beside them."
        actions={<PrintButton what="my progress" />}
      />
      <MyEnrollmentGate activeOnly={false}>{(enrollment) => <EnrollmentProgress enrollmentId={enrollment.id} />}</MyEnrollmentGate>
      <PrintSignatures subject="Hours progress" studentName={me.displayName} />
    </Stack>
  );
}

function EnrollmentProgress({ enrollmentId }: { enrollmentId: string }) {
  const { data, loading, error, refetch } = useQuery(EnrollmentHoursDocument, { variables: { id: enrollmentId } });
  const enrollment = data?.enrollment;
  if (loading && !enrollment) return <PageLoader label="Loading your progress" />;
  if (!enrollment) return <QueryError error={error} what="your progress" onRetry={() => refetch()} />;
  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="requirements-heading">
        <Title order={2} size="h4" id="requirements-heading" mb="md">
          Hour requirements · {enrollment.cohort.code}
        </Title>
        <HoursProgressView progress={enrollment.progress} externshipEndDate={enrollment.cohort.externshipEndDate} forStudent />
      </Card>
      <Card withBorder component="section" aria-labelledby="placements-heading">
        <Title order={2} size="h4" id="placements-heading" mb="sm">
          Placements
        </Title>
        <PlacementList placements={enrollment.placements} caption="My placements" />
      </Card>
    </Stack>
  );
}
