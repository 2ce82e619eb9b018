import { Divider, Tabs } from '@mantine/core';
import { IconCertificate, IconChecklist, IconClipboardCheck, IconClock, IconListCheck, IconRoute, IconShieldCheck, IconTrophy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useCan } from '../../app/auth/CurrentUser';
import { lazyPart } from '../../app/lazyPage';
import { TableSkeleton } from '../../components/Loading';
import type { EnrollmentDetailFragment } from '../../gql/graphql';

// Only the open tab is mounted (keepMounted={false}), so each tab's section is a chunk of its own, fetched when the
// tab is first shown; the record page then loads one section, not all seven with their dialogs.
const tabLoader = <TableSkeleton rows={3} label="Loading the tab" />;
const CompetencyChecklist = lazyPart(() => import('../competencies/CompetencyChecklist').then((m) => m.CompetencyChecklist), tabLoader);
const CompetencySummary = lazyPart(() => import('../competencies/CompetencyChecklist').then((m) => m.CompetencySummary), tabLoader);
const TrainingPlan = lazyPart(() => import('../competencies/TrainingPlan').then((m) => m.TrainingPlan), tabLoader);
const EvaluationsSection = lazyPart(() => import('../evaluations/EvaluationsSection').then((m) => m.EvaluationsSection), tabLoader);
const ExamsSection = lazyPart(() => import('../exams/ExamsSection').then((m) => m.ExamsSection), tabLoader);
const MyExams = lazyPart(() => import('../exams/MyExams').then((m) => m.MyExams), tabLoader);
const OutcomeSection = lazyPart(() => import('../outcomes/OutcomeSection').then((m) => m.OutcomeSection), tabLoader);
const ComplianceSection = lazyPart(() => import('./ComplianceSection').then((m) => m.ComplianceSection), tabLoader);
const ComplianceClearedOnly = lazyPart(() => import('./ComplianceSection').then((m) => m.ComplianceClearedOnly), tabLoader);

interface EnrollmentTabsProps {
  enrollment: Pick<EnrollmentDetailFragment, 'id' | 'statusHistory'>;
  studentId: string;
  /** What the Hours tab shows (the existing hours section); the tab is left out without it. */
  hours?: ReactNode;
}

/** Staff and preceptors on /students/:id: one tab per part of the enrollment's record. */
export function EnrollmentTabs({ enrollment, studentId, hours }: EnrollmentTabsProps) {
  const canReadCompliance = useCan('COMPLIANCE_READ');
  const canSubmit = useCan('COMPLIANCE_SUBMIT');
  const canReview = useCan('COMPLIANCE_REVIEW');
  const canRecordOutcome = useCan('OUTCOME_RECORD');
  const canSignOff = useCan('COMPETENCY_SIGNOFF');
  const canReadEvaluations = useCan('EVALUATION_READ');
  const canPlan = useCan('PLACEMENT_MANAGE');
  const showExams = canReadCompliance || canRecordOutcome;
  const first = hours ? 'hours' : showExams ? 'exams' : 'compliance';

  return (
    <>
      <Divider my="md" />
      <Tabs defaultValue={first} keepMounted={false}>
        <Tabs.List>
          {hours && (
            <Tabs.Tab value="hours" leftSection={<IconClock size={14} />}>
              Hours
            </Tabs.Tab>
          )}
          {showExams && (
            <Tabs.Tab value="exams" leftSection={<IconCertificate size={14} />}>
              Exams
            </Tabs.Tab>
          )}
          <Tabs.Tab value="compliance" leftSection={<IconShieldCheck size={14} />}>
            Compliance
          </Tabs.Tab>
          <Tabs.Tab value="competencies" leftSection={<IconListCheck size={14} />}>
            Competencies
          </Tabs.Tab>
          <Tabs.Tab value="plan" leftSection={<IconRoute size={14} />}>
            Training plan
          </Tabs.Tab>
          {canReadEvaluations && (
            <Tabs.Tab value="evaluations" leftSection={<IconClipboardCheck size={14} />}>
              Evaluations
            </Tabs.Tab>
          )}
          {canRecordOutcome && (
            <Tabs.Tab value="outcome" leftSection={<IconTrophy size={14} />}>
              Outcome
            </Tabs.Tab>
          )}
        </Tabs.List>
        {hours && (
          <Tabs.Panel value="hours" pt="md">
            {hours}
          </Tabs.Panel>
        )}
        {showExams && (
          <Tabs.Panel value="exams" pt="md">
            <ExamsSection enrollmentId={enrollment.id} studentId={studentId} canRecord={canRecordOutcome} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="compliance" pt="md">
          {canReadCompliance ? (
            <ComplianceSection enrollmentId={enrollment.id} canSubmit={canSubmit} canReview={canReview} />
          ) : (
            <ComplianceClearedOnly enrollmentId={enrollment.id} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="competencies" pt="md">
          <CompetencyChecklist enrollmentId={enrollment.id} canSignOff={canSignOff} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <TrainingPlan enrollmentId={enrollment.id} canEdit={canPlan} />
        </Tabs.Panel>
        {canReadEvaluations && (
          <Tabs.Panel value="evaluations" pt="md">
            <EvaluationsSection enrollmentId={enrollment.id} />
          </Tabs.Panel>
        )}
        {canRecordOutcome && (
          <Tabs.Panel value="outcome" pt="md">
            <OutcomeSection enrollmentId={enrollment.id} statusHistory={enrollment.statusHistory} canRecord={canRecordOutcome} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}

/** The student's own record on /me: exams, compliance (with uploads) and competencies. */
export function MyEnrollmentTabs({ enrollmentId, studentId }: { enrollmentId: string; studentId: string }) {
  const canSubmit = useCan('COMPLIANCE_SUBMIT');
  return (
    <>
      <Divider my="md" />
      <Tabs defaultValue="compliance" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="compliance" leftSection={<IconShieldCheck size={14} />}>
            Compliance
          </Tabs.Tab>
          <Tabs.Tab value="exams" leftSection={<IconCertificate size={14} />}>
            Exams
          </Tabs.Tab>
          <Tabs.Tab value="competencies" leftSection={<IconChecklist size={14} />}>
            Competencies
          </Tabs.Tab>
          <Tabs.Tab value="plan" leftSection={<IconRoute size={14} />}>
            Training plan
          </Tabs.Tab>
          <Tabs.Tab value="evaluations" leftSection={<IconClipboardCheck size={14} />}>
            Evaluations
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="compliance" pt="md">
          <ComplianceSection enrollmentId={enrollmentId} canSubmit={canSubmit} canReview={false} selfService />
        </Tabs.Panel>
        <Tabs.Panel value="exams" pt="md">
          <MyExams enrollmentId={enrollmentId} studentId={studentId} />
        </Tabs.Panel>
        <Tabs.Panel value="competencies" pt="md">
          <CompetencySummary enrollmentId={enrollmentId} />
        </Tabs.Panel>
        <Tabs.Panel value="plan" pt="md">
          <TrainingPlan enrollmentId={enrollmentId} canEdit={false} />
        </Tabs.Panel>
        <Tabs.Panel value="evaluations" pt="md">
          <EvaluationsSection enrollmentId={enrollmentId} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
