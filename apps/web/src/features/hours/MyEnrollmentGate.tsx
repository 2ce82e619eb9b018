import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../../app/auth/CurrentUser';
import { EmptyState } from '../../components/EmptyState';
import { PageLoader } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { MyEnrollmentsQuery } from '../../gql/graphql';
import { useUrlParams } from '../../lib/useSearchParamState';
import { isActiveEnrollment } from './active-enrollment';
import { MyEnrollmentsDocument } from './page-queries';

export type MyEnrollment = MyEnrollmentsQuery['student']['enrollments'][number];

export { isActiveEnrollment } from './active-enrollment';

interface MyEnrollmentGateProps {
  /** Only enrollments the student can log hours in (logging); otherwise all, active ones first. */
  activeOnly: boolean;
  children: (enrollment: MyEnrollment) => ReactNode;
}

/**
 * Finds the signed-in student's enrollment for the hours pages: loading, error and "no enrollment"
 * states, and a select (kept in the URL) when there are several.
 */
export function MyEnrollmentGate({ activeOnly, children }: MyEnrollmentGateProps) {
  const { studentId } = useCurrentUser();
  const [params, updateParams] = useUrlParams();
  const { data, loading, error, refetch } = useQuery(
    MyEnrollmentsDocument,
    studentId ? { variables: { studentId } } : skipToken,
  );

  if (!studentId) {
    return (
      <Alert color="yellow" title="No student record" role="alert">
        Your account is not linked to a student record. Ask your program director to link it.
      </Alert>
    );
  }
  const student = data?.student;
  if (loading && !student) return <PageLoader label="Loading your enrollment" />;
  if (!student) return <QueryError error={error} what="your enrollment" onRetry={() => refetch()} />;

  const newestFirst = [...student.enrollments].sort((a, b) => b.enrolledOn.localeCompare(a.enrolledOn));
  const active = newestFirst.filter(isActiveEnrollment);
  const choices = activeOnly ? active : [...active, ...newestFirst.filter((e) => !isActiveEnrollment(e))];
  if (choices.length === 0) {
    return (
      <EmptyState title={activeOnly ? 'No active enrollment' : 'Not enrolled in any cohort'}>
        {activeOnly
          ? 'You can log hours while you are enrolled in a cohort. Ask your instructor if this looks wrong.'
          : 'Your hours appear here once you are enrolled in a cohort.'}
      </EmptyState>
    );
  }
  const chosen = choices.find((e) => e.id === params.get('enrollment')) ?? choices[0];

  return (
    <>
      {choices.length > 1 && (
        <Select
          label="Enrollment"
          data={choices.map((e) => ({ value: e.id, label: `${e.cohort.code} · ${e.cohort.name}` }))}
          value={chosen.id}
          onChange={(value) => value && updateParams({ enrollment: value })}
          allowDeselect={false}
          maw={420}
          mb="md"
        />
      )}
      {children(chosen)}
    </>
  );
}
