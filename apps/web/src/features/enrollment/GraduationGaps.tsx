import { useQuery } from '@apollo/client/react';
import { Alert, List, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { GraduationGapsDocument } from './operations';

/** The program requirements a graduation would leave unmet, as the API checks them (null while loading). */
export function useGraduationGaps(enrollmentId: string, skip: boolean): { gaps: readonly string[] | null; error: boolean } {
  const { data, error } = useQuery(GraduationGapsDocument, { variables: { id: enrollmentId }, skip, fetchPolicy: 'network-only' });
  return { gaps: data?.enrollment.graduationGaps ?? null, error: Boolean(error) };
}

/** What graduating now would leave unmet; an override reason is asked for below it when there is a gap. */
export function GraduationGapsAlert({ gaps, error, canOverride }: { gaps: readonly string[] | null; error: boolean; canOverride: boolean }) {
  if (error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} role="alert" title="The graduation requirements could not be checked">
        Try again; the server checks them when you change the status.
      </Alert>
    );
  }
  if (gaps === null) return <Loader size="sm" aria-label="Checking the graduation requirements" />;
  if (gaps.length === 0) {
    return (
      <Alert color="green" icon={<IconCircleCheck />} role="status" title="Every program requirement is met">
        Approved hours, compliance items and competency sign-offs are complete.
      </Alert>
    );
  }
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} role="status" title="Program requirements not met">
      <List size="sm" spacing={2}>
        {gaps.map((gap) => (
          <List.Item key={gap}>{gap}</List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {canOverride
          ? 'To graduate the student anyway, give an override reason; it is kept in the status history and the audit trail.'
          : 'Only a program director can graduate a student whose requirements are unmet.'}
      </Text>
    </Alert>
  );
}
