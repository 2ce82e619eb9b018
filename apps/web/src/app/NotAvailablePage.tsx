import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

/** A page the signed-in role has no permission for (opened by URL or an old bookmark): say so, and lead home. */
export function NotAvailablePage() {
  usePageTitle('Not available');
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" role="alert">
        <Title order={1} size="h2">
          This page is not available for your role
        </Title>
        <Text c="dimmed" ta="center">
          Your account does not include this part of the portal. If you need it, ask your program director.
        </Text>
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
      </Stack>
    </Center>
  );
}
