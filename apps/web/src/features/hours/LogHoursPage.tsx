import { Anchor, Card, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { usePageTitle } from '../../lib/usePageTitle';
import { ClockCard } from './ClockCard';
import { HourEntryForm } from './HourEntryForm';
import { MyEnrollmentGate } from './MyEnrollmentGate';

/** The student's phone-first page: clock in and out, or log a shift after the fact. */
export function LogHoursPage() {
  usePageTitle('Log hours');
  return (
    <Stack gap="lg" maw={640}>
      <PageHeader
        title="Log hours"
        description={
          <>
            Your entries go to your preceptor or instructor for review. See them under{' '}
            <Anchor component={Link} to="/hours" inherit underline="always">
              My hours
            </Anchor>
            .
          </>
        }
      />
      <MyEnrollmentGate activeOnly>
        {(enrollment) => (
          <Stack gap="lg">
            <ClockCard enrollment={enrollment} />
            <Card withBorder component="section" aria-labelledby="log-heading">
              <Title order={2} size="h4" id="log-heading" mb="sm">
                Log a shift
              </Title>
              <HourEntryForm key={enrollment.id} enrollmentId={enrollment.id} placements={enrollment.placements} />
            </Card>
          </Stack>
        )}
      </MyEnrollmentGate>
    </Stack>
  );
}
