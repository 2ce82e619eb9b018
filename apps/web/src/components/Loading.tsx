import { Center, Loader, Overlay, Portal, Skeleton, Stack } from '@mantine/core';

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-label={label}>
      <Loader />
    </Center>
  );
}

export function TableSkeleton({ rows = 5, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={28} />
      ))}
    </Stack>
  );
}

/** Where a dialog that loads on demand (`lazyDialog`) will open, while it loads: a dimmed page with a spinner. */
export function DialogLoader({ label = 'Loading the dialog' }: { label?: string }) {
  return (
    <Portal>
      <Overlay fixed center zIndex={200} backgroundOpacity={0.3} role="status" aria-label={label}>
        <Loader />
      </Overlay>
    </Portal>
  );
}
