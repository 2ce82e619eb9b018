import { Alert, Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { HoursProgressDetailFragment, PlacementSummaryFragment } from '../../gql/graphql';
import { formatDate, formatDateRange } from '../../lib/dates';
import { formatHours, hoursValue } from '../../lib/hours';
import { ComplianceGaps } from '../placements/ComplianceGaps';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';

interface Amounts {
  requiredMinutes: number;
  approvedMinutes: number;
  pendingMinutes: number;
}

/** "96 of 130 h approved, 8 h pending" */
export function progressText({ requiredMinutes, approvedMinutes, pendingMinutes }: Amounts): string {
  const approved = `${hoursValue(approvedMinutes)} of ${hoursValue(requiredMinutes)} h approved`;
  return pendingMinutes > 0 ? `${approved}, ${hoursValue(pendingMinutes)} h pending` : approved;
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.min(100, (part / whole) * 100) : part > 0 ? 100 : 0);

/**
 * Approved hours as a solid section, pending ones as a lighter one after it. One progressbar for
 * assistive technology, named with the numbers (the sections themselves are decoration).
 */
export function HoursBar({ label, amounts, size = 'lg' }: { label: string; amounts: Amounts; size?: 'sm' | 'md' | 'lg' }) {
  const approved = percent(amounts.approvedMinutes, amounts.requiredMinutes);
  const pending = Math.min(100 - approved, percent(amounts.pendingMinutes, amounts.requiredMinutes));
  const text = progressText(amounts);
  return (
    <Progress.Root
      size={size}
      role="progressbar"
      aria-label={`${label}: ${text}`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(approved)}
      aria-valuetext={text}
    >
      <Progress.Section value={approved} color="teal" withAria={false} />
      <Progress.Section value={pending} color="teal.2" withAria={false} />
    </Progress.Root>
  );
}

function MetBadge({ met }: { met: boolean }) {
  return met ? (
    <Badge color="green" variant="light" leftSection={<IconCircleCheck size={12} />}>
      Met
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      Not met yet
    </Badge>
  );
}

function requirementLabel(r: HoursProgressDetailFragment['requirements'][number]): string {
  return `${HOUR_COMPONENT_LABELS[r.component]}${r.setting ? ` · ${PRACTICE_SETTING_LABELS[r.setting]}` : ''}`;
}

interface HoursProgressViewProps {
  progress: HoursProgressDetailFragment;
  /** The cohort's externship end, to explain the at-risk flag. */
  externshipEndDate?: string;
  /** Addressed to the student (adds advice). */
  forStudent?: boolean;
}

/** Why the overall total is more than the component minimums: the rest may be in any component. */
function OverallNote({ progress }: { progress: HoursProgressDetailFragment }) {
  const components = progress.requirements.reduce((a, r) => a + r.requiredMinutes, 0);
  if (progress.requiredMinutes <= components) return null;
  return (
    <Text size="sm" c="dimmed" mt={4}>
      The program requires {formatHours(progress.requiredMinutes)} in total. The minimums below add up to {formatHours(components)}; the other{' '}
      {formatHours(progress.requiredMinutes - components)} may be in any component.
    </Text>
  );
}

/** Progress toward every hour requirement, the rotation rule, and the projected finish. */
export function HoursProgressView({ progress, externshipEndDate, forStudent = false }: HoursProgressViewProps) {
  return (
    <Stack gap="md">
      {progress.atRisk && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} title="At risk of not finishing in time" role="alert">
          {progress.atRiskReason}
          {forStudent && ' Talk with your instructor about a plan to catch up.'}
        </Alert>
      )}
      {progress.complete && (
        <Alert color="green" variant="light" icon={<IconCircleCheck />} title="All hour requirements are met" />
      )}

      <div>
        <Group justify="space-between" mb={4}>
          <Text fw={600}>Overall</Text>
          <Text size="sm">{progressText(progress)}</Text>
        </Group>
        <HoursBar label="Overall" amounts={progress} />
        <OverallNote progress={progress} />
      </div>

      {progress.requirements.map((r) => {
        const label = requirementLabel(r);
        return (
          <div key={`${r.component}-${r.setting ?? 'any'}`}>
            <Group justify="space-between" mb={4} wrap="wrap" gap="xs">
              <Group gap="xs">
                <Text fw={600}>{label}</Text>
                <MetBadge met={r.met} />
              </Group>
              <Text size="sm">{progressText(r)}</Text>
            </Group>
            <HoursBar label={label} amounts={r} size="md" />
          </div>
        );
      })}

      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder padding="sm">
          <Group gap="xs" mb={4}>
            <Text fw={600}>Rotations</Text>
            <MetBadge met={progress.rotation.met} />
          </Group>
          <Text size="sm">{progress.rotation.description}.</Text>
          <Text size="sm" c="dimmed">
            {progress.rotation.rotationMinutes.length === 0
              ? 'No approved experiential hours yet.'
              : `Approved so far: ${progress.rotation.rotationMinutes.map(formatHours).join(', ')}.`}
          </Text>
        </Card>
        <Card withBorder padding="sm">
          <Text fw={600} mb={4}>
            Projected completion
          </Text>
          <Text size="sm">
            {progress.complete
              ? 'Complete.'
              : progress.projectedCompletionDate
                ? formatDate(progress.projectedCompletionDate)
                : 'No projection: no hours in the last 14 days.'}
          </Text>
          {!progress.complete && progress.pacePerDay > 0 && (
            <Text size="sm" c="dimmed">
              Recent pace: {formatHours(progress.pacePerDay)} a day (approved and pending, over the last 14 days or since the placement
              started).
            </Text>
          )}
          {!progress.complete && externshipEndDate && (
            <Text size="sm" c="dimmed">
              The externship window ends on {formatDate(externshipEndDate)}.
            </Text>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** The placements of one enrollment. */
export function PlacementList({ placements, caption }: { placements: readonly PlacementSummaryFragment[]; caption: string }) {
  if (placements.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No placements yet.
      </Text>
    );
  }
  const sorted = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Site</Table.Th>
            <Table.Th scope="col">Setting</Table.Th>
            <Table.Th scope="col">Preceptor</Table.Th>
            <Table.Th scope="col">Dates</Table.Th>
            <Table.Th scope="col">Planned</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.site.name}</Table.Td>
              <Table.Td>{PRACTICE_SETTING_LABELS[p.site.setting]}</Table.Td>
              <Table.Td>{p.preceptor.user.displayName}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <span style={{ whiteSpace: 'nowrap' }}>{formatDateRange(p.startDate, p.endDate)}</span>
                  <ComplianceGaps gaps={p.complianceGaps} />
                </Stack>
              </Table.Td>
              <Table.Td>{p.plannedHours} h</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
