import { Badge, List, Stack } from '@mantine/core';

/**
 * What keeps a placement's student from being compliance-cleared through its end (the API's
 * `complianceGaps`, from current data): a badge, and each item's problem under it.
 */
export function ComplianceGaps({ gaps }: { gaps: readonly string[] }) {
  if (gaps.length === 0) return null;
  return (
    <Stack gap={2} align="flex-start">
      <Badge color="orange" variant="light" title="Program policy allowed this placement with these compliance gaps">
        Not cleared through the end
      </Badge>
      <List size="xs" c="dimmed" spacing={0} aria-label="Compliance gaps">
        {gaps.map((gap) => (
          <List.Item key={gap}>{gap}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
