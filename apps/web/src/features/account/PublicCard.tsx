import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPill } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The frame of the pages people reach without signing in (invitation, password reset), like the sign-in page. */
export function PublicCard({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-8))">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440} component="main">
        <Stack>
          <Stack gap={4} align="center">
            <IconPill size={32} aria-hidden />
            <Title order={1} size="h3" ta="center">
              {title}
            </Title>
            {subtitle && (
              <Text size="sm" c="dimmed" ta="center" component="div">
                {subtitle}
              </Text>
            )}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
