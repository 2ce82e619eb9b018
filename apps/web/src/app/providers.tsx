import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { cssVariablesResolver, NOTIFICATIONS_POSITION, theme } from './theme';

interface AppProvidersProps {
  client: ApolloClient;
  children: ReactNode;
  /** 'test' turns off Mantine transitions and portals. */
  env?: 'default' | 'test';
}

export function AppProviders({ client, children, env = 'default' }: AppProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={env}>
        <ModalsProvider>
          <Notifications position={NOTIFICATIONS_POSITION} />
          {children}
        </ModalsProvider>
      </MantineProvider>
    </ApolloProvider>
  );
}
