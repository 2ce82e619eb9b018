import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { toApiError } from '../lib/graphql-errors';

function advice(code: string): string {
  switch (code) {
    case 'FORBIDDEN':
      return 'Your account does not give access to this. Ask your program director if you need it.';
    case 'NOT_FOUND':
      return 'It may have been removed, or the link is wrong. Go back and open it again from the list.';
    case 'NETWORK':
      return 'Check your internet connection, then retry.';
    case 'TOO_MANY_REQUESTS':
      return 'Wait a minute, then retry.';
    default:
      return 'Retry in a moment. If this keeps happening, contact your program director.';
  }
}

interface QueryErrorProps {
  error: unknown;
  /** What could not be loaded, e.g. "the roster". */
  what: string;
  onRetry?: () => unknown;
}

/** The error state of a page or section: what failed, why, what to do, and a Retry button. */
export function QueryError({ error, what, onRetry }: QueryErrorProps) {
  const apiError = toApiError(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={`Could not load ${what}`} role="alert">
      <Text size="sm">{apiError.message}</Text>
      <Text size="sm" c="dimmed" mt={4}>
        {advice(apiError.code)}
      </Text>
      {onRetry && (
        <Group mt="sm">
          <Button
            size="xs"
            variant="white"
            color="red"
            leftSection={<IconRefresh size={14} />}
            onClick={() => void Promise.resolve(onRetry()).catch(() => undefined)}
          >
            Retry
          </Button>
        </Group>
      )}
    </Alert>
  );
}
