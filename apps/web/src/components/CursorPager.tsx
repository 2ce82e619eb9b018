import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

import { PAGE_SIZES } from '../lib/page-sizes';

export { PAGE_SIZES };

interface CursorPagerProps {
  page: number;
  pageSize: number;
  shown: number;
  totalCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Shows the page size selector when given. */
  onPageSizeChange?: (size: number) => void;
  loading?: boolean;
}

export function CursorPager(props: CursorPagerProps) {
  const { page, pageSize, shown, totalCount, hasPrevious, hasNext, onPrevious, onNext, onPageSizeChange, loading } = props;
  const first = shown === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = shown === 0 ? 0 : first + shown - 1;

  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {totalCount === 0 ? 'Showing 0 of 0' : `Showing ${first}–${last} of ${totalCount}`}
      </Text>
      <Group gap="xs">
        {onPageSizeChange && (
          // A native select: the phone's own picker, and no dropdown kept mounted and positioned on every list page's first render.
          <NativeSelect
            label="Rows per page"
            size="xs"
            w={130}
            data={PAGE_SIZES.map(String)}
            value={String(pageSize)}
            onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
          />
        )}
        <Button
          variant="default"
          size="xs"
          leftSection={<IconChevronLeft size={14} />}
          disabled={!hasPrevious || loading}
          onClick={onPrevious}
          style={{ alignSelf: 'flex-end' }}
        >
          Previous
        </Button>
        <Button
          variant="default"
          size="xs"
          rightSection={<IconChevronRight size={14} />}
          disabled={!hasNext || loading}
          onClick={onNext}
          style={{ alignSelf: 'flex-end' }}
        >
          Next
        </Button>
      </Group>
    </Group>
  );
}
