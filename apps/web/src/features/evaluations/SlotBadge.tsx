import { Badge } from '@mantine/core';
import { slotState, TONE_COLORS, type Slot } from './slots';

export function SlotBadge({ slot }: { slot: Slot }) {
  const state = slotState(slot);
  return (
    <Badge color={TONE_COLORS[state.tone]} variant="light" style={{ textTransform: 'none' }}>
      {state.label}
    </Badge>
  );
}
