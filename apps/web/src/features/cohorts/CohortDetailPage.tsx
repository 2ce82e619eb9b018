import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconLayoutDashboard, IconPencil, IconUserPlus } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { lazyDialog } from '../../app/lazyPage';
import { Fact } from '../../components/Fact';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateRange } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { ExportCsvButton } from './ExportCsvButton';
import { CohortDocument } from './operations';
import { RosterSection } from './RosterSection';

// The dialogs load when first opened (the import one, with its CSV parsing and steps, is most of this page's code).
const EditInstructorsModal = lazyDialog(() => import('./EditInstructorsModal').then((m) => m.EditInstructorsModal));
const EnrollStudentModal = lazyDialog(() => import('./EnrollStudentModal').then((m) => m.EnrollStudentModal));
const ImportStudentsModal = lazyDialog(() => import('./ImportStudentsModal').then((m) => m.ImportStudentsModal));

export function CohortDetailPage() {
  const { id = '' } = useParams();
  const canEnroll = useCan('STUDENT_ENROLL');
  const canAssign = useCan('INSTRUCTOR_ASSIGN');
  const canSeeDashboard = useCan('COMPLIANCE_REVIEW');
  const canExport = useCan('REPORT_EXPORT');
  const canReadHours = useCan('HOURS_READ');
  const [enrollOpened, enrollModal] = useDisclosure(false);
  const [importOpened, importModal] = useDisclosure(false);
  const [instructorsOpened, instructorsModal] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(CohortDocument, { variables: { id } });
  const cohort = data?.cohort;
  usePageTitle(cohort ? `${cohort.code} · Cohort` : 'Cohort');

  if (loading && !cohort) return <PageLoader label="Loading cohort" />;
  if (!cohort) return <QueryError error={error} what="this cohort" onRetry={() => refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${cohort.code} · ${cohort.name}`}
        description={
          <Anchor component={Link} to="/cohorts" size="sm">
            ← All cohorts
          </Anchor>
        }
        actions={
          (canSeeDashboard || canExport) && (
            <>
              {canSeeDashboard && (
                <Button component={Link} to={`/dashboard?cohort=${cohort.id}`} variant="light" leftSection={<IconLayoutDashboard size={16} />}>
                  Cohort dashboard
                </Button>
              )}
              {canExport && (
                <ExportCsvButton
                  label="Export roster (CSV)"
                  what={`the roster of ${cohort.code}`}
                  href={`/api/cohorts/${encodeURIComponent(cohort.id)}/roster.csv`}
                  fallbackName={`roster-${cohort.code}.csv`}
                />
              )}
              {canExport && canReadHours && (
                <ExportCsvButton
                  label="Export hours (CSV)"
                  what={`every hour entry of ${cohort.code}`}
                  href={`/api/cohorts/${encodeURIComponent(cohort.id)}/hours.csv`}
                  fallbackName={`hours-${cohort.code}.csv`}
                />
              )}
            </>
          )
        }
      />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Fact label="Program">{cohort.program.name}</Fact>
          <Fact label="Dates">{formatDateRange(cohort.startDate, cohort.expectedEndDate)}</Fact>
          <Fact label="Externship">{formatDateRange(cohort.externshipStartDate, cohort.externshipEndDate)}</Fact>
          <Fact label="Students">
            {cohort.activeCount} active of {cohort.enrollmentCount} enrolled
          </Fact>
        </SimpleGrid>
        <Group mt="md" justify="space-between" align="flex-end">
          <Fact label="Instructors">
            {cohort.instructors.length > 0 ? cohort.instructors.map((i) => i.displayName).join(', ') : 'None assigned'}
          </Fact>
          {canAssign && (
            <Button variant="light" size="xs" leftSection={<IconPencil size={14} />} onClick={instructorsModal.open}>
              Edit instructors
            </Button>
          )}
        </Group>
      </Card>

      <RosterSection
        cohortId={cohort.id}
        actions={
          canEnroll && (
            <Group gap="xs">
              <Button leftSection={<IconUserPlus size={16} />} onClick={enrollModal.open}>
                Enroll student
              </Button>
              <Button variant="light" leftSection={<IconFileImport size={16} />} onClick={importModal.open}>
                Import CSV
              </Button>
            </Group>
          )
        }
      />

      {canEnroll && <EnrollStudentModal cohortId={cohort.id} opened={enrollOpened} onClose={enrollModal.close} />}
      {canEnroll && <ImportStudentsModal cohort={cohort} opened={importOpened} onClose={importModal.close} />}
      {canAssign && (
        <EditInstructorsModal
          cohortId={cohort.id}
          current={cohort.instructors.map((i) => i.id)}
          opened={instructorsOpened}
          onClose={instructorsModal.close}
        />
      )}
    </Stack>
  );
}
