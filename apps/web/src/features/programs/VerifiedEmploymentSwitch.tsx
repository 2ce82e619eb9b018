import { useMutation } from '@apollo/client/react';
import { Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { toApiError } from '../../lib/graphql-errors';
import { SetVerifiedEmploymentRuleDocument } from './operations';

interface Props {
  program: { id: string; name: string; countOnlyVerifiedEmployment: boolean };
  /** PROGRAM_MANAGE: may change the rule; others see it. */
  canEdit: boolean;
}

/** Whether the outcome reports count only verified employment as placement (audited on the server). */
export function VerifiedEmploymentSwitch({ program, canEdit }: Props) {
  const [save, { loading }] = useMutation(SetVerifiedEmploymentRuleDocument);
  const rule = program.countOnlyVerifiedEmployment ? 'Verified employment only' : 'All recorded employment';
  if (!canEdit) return <Text size="sm">{rule}</Text>;
  const toggle = async (checked: boolean) => {
    try {
      await save({ variables: { input: { id: program.id, countOnlyVerifiedEmployment: checked } } });
      notifications.show({
        color: 'green',
        title: 'Placement rule saved',
        message: checked ? `${program.name}: reports count only verified employment.` : `${program.name}: reports count all recorded employment.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'The placement rule was not saved', message: toApiError(error).message });
    }
  };
  return (
    <Stack gap={2}>
      <Switch
        checked={program.countOnlyVerifiedEmployment}
        disabled={loading}
        onChange={(e) => void toggle(e.currentTarget.checked)}
        label="Count only verified employment"
        aria-label={`Count only verified employment as placement for ${program.name}`}
      />
      <Text size="xs" c="dimmed">
        {rule} counts toward placement.
      </Text>
    </Stack>
  );
}
