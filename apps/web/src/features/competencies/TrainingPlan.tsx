import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PrintButton, PrintSignatures } from '../../components/PrintSheet';
import { QueryError } from '../../components/QueryError';
import type { TrainingPlanQuery } from '../../gql/graphql';
import { formatDate, formatDateRange } from '../../lib/dates';
import { SetPlacementCompetenciesDocument, TrainingPlanDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

type Plan = TrainingPlanQuery['enrollment']['trainingPlan'];
type Rotation = Plan['rotations'][number];
type PlanItem = Rotation['competencies'][number];

/**
 * The student's training plan: each planned rotation (site, setting, dates, planned and logged hours)
 * with the competencies it is to cover and whether they are signed off; printable.
 */
export function TrainingPlan({ enrollmentId, studentName = null, canEdit }: { enrollmentId: string; studentName?: string | null; canEdit: boolean }) {
  const { data, loading, error, refetch } = useQuery(TrainingPlanDocument, { variables: { id: enrollmentId } });
  const [editing, setEditing] = useState<Rotation | null>(null);
  const plan = data?.enrollment.trainingPlan;

  if (loading && !plan) return <TableSkeleton rows={3} label="Loading the training plan" />;
  if (!plan) return <QueryError error={error} what="the training plan" onRetry={() => refetch()} />;
  if (plan.rotations.length === 0) return <EmptyState title="No rotations planned">The training plan starts with the student’s first placement.</EmptyState>;

  const all = [...plan.rotations.flatMap((r) => r.competencies), ...plan.unplanned].map((i) => i.competency);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {plan.plannedCount === 0 ? 'No competencies planned yet' : `${plan.plannedSignedOffCount} of ${plan.plannedCount} planned competencies signed off`} ·{' '}
          {plan.unplanned.length === 0 ? 'every competency is in a rotation' : `${plan.unplanned.length} not yet in any rotation`}
        </Text>
        <PrintButton what="the training plan" />
      </Group>
      {plan.rotations.map((rotation, n) => (
        <Card withBorder key={rotation.placement.id} padding="md" component="section" aria-label={`Rotation ${n + 1}: ${rotation.placement.site.name}`}>
          <Group justify="space-between" align="flex-start" mb="xs">
            <Stack gap={2}>
              <Title order={3} size="h5">
                Rotation {n + 1}: {rotation.placement.site.name}
              </Title>
              <Text size="sm" c="dimmed">
                {PRACTICE_SETTING_LABELS[rotation.placement.site.setting]} · {formatDateRange(rotation.placement.startDate, rotation.placement.endDate)} · preceptor{' '}
                {rotation.placement.preceptor.user.displayName}
              </Text>
              <Text size="sm">
                {rotation.approvedHours} of {rotation.placement.plannedHours} planned hours approved
                {rotation.pendingHours > 0 ? `, ${rotation.pendingHours} waiting for review` : ''}
              </Text>
            </Stack>
            {canEdit && (
              <Button className="no-print" variant="light" size="xs" leftSection={<IconPencil size={14} />} onClick={() => setEditing(rotation)} aria-label={`Edit competencies of rotation ${n + 1}`}>
                Edit competencies
              </Button>
            )}
          </Group>
          <Items items={rotation.competencies} empty="No competencies planned for this rotation yet." label={`Competencies of rotation ${n + 1}`} />
        </Card>
      ))}
      {plan.unplanned.length > 0 && (
        <Card withBorder padding="md" component="section" aria-label="Not yet in any rotation">
          <Title order={3} size="h5" mb="xs">
            Not yet in any rotation
          </Title>
          <Items items={plan.unplanned} empty="" label="Competencies not yet in any rotation" />
        </Card>
      )}
      <PrintSignatures studentName={studentName} subject="Training plan" />
      {editing && <EditRotation rotation={editing} options={all} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function Items({ items, empty, label }: { items: PlanItem[]; empty: string; label: string }) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Code</Table.Th>
            <Table.Th>Competency</Table.Th>
            <Table.Th w={180}>Signed off</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.competency.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {i.competency.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{i.competency.summary}</Text>
              </Table.Td>
              <Table.Td>
                {i.signoff ? (
                  <Badge color="green" variant="light" style={{ textTransform: 'none' }}>
                    {formatDate(i.signoff.signedOn)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    Not yet
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EditRotation({ rotation, options, onClose }: { rotation: Rotation; options: PlanItem['competency'][]; onClose: () => void }) {
  const [chosen, setChosen] = useState<string[]>(rotation.competencies.map((c) => c.competency.id));
  const { formError, submit: run } = useFormSubmit();
  const [save, { loading }] = useMutation(SetPlacementCompetenciesDocument, { refetchQueries: [TrainingPlanDocument] });
  const data = [...new Map(options.map((c) => [c.id, c])).values()]
    .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }))
    .map((c) => ({ value: c.id, label: `${c.code} ${c.summary}` }));

  async function submit() {
    await run(async () => {
      await save({ variables: { input: { placementId: rotation.placement.id, competencyIds: chosen } } });
      notifications.show({ color: 'green', message: 'Training plan saved' });
      onClose();
    });
  }

  return (
    <Modal opened onClose={onClose} title={`Competencies for ${rotation.placement.site.name}`} size="lg">
      <Stack gap="sm">
        <MultiSelect
          label="Competencies this rotation is to cover"
          description="Only the program's adopted competencies. The preceptor signs them off as the student shows them."
          data={data}
          value={chosen}
          onChange={setChosen}
          searchable
          clearable
          nothingFoundMessage="No competency matches"
          maxDropdownHeight={280}
        />
        <FormAlert title="Not saved" message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
