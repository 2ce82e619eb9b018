import { Alert, Anchor, Button, Center, Code, Stack, Text, Title } from '@mantine/core';
import { Link, Navigate, isRouteErrorResponse, useRouteError } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';
import { useCurrentUser } from './auth/CurrentUser';
import { homePathFor } from './navigation';

export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={homePathFor(user.role)} replace />;
}

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">The address may be mistyped, or the page has moved.</Text>
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
      </Stack>
    </Center>
  );
}

/** Shown when a role has no page of its own to land on (every current role has one; kept as a fallback). */
export function WelcomePage() {
  const user = useCurrentUser();
  usePageTitle('Welcome');
  return (
    <Stack>
      <Title order={1} size="h2">
        Welcome, {user.displayName}
      </Title>
      <Text c="dimmed">There is nothing to show for your account yet. Your program director will let you know when there is.</Text>
    </Stack>
  );
}

/** The router's error boundary: a crash in a page shows this instead of a blank screen. */
export function RouteErrorPage() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <Center p="xl">
      <Stack maw={560}>
        <Alert color="red" title="Something went wrong" role="alert">
          <Text size="sm">This page stopped working. Reload it to try again; if it happens again, tell your program director what you were doing.</Text>
          {detail && (
            <Code block mt="sm">
              {detail}
            </Code>
          )}
        </Alert>
        <Button onClick={() => window.location.reload()} w="fit-content">
          Reload the page
        </Button>
      </Stack>
    </Center>
  );
}
