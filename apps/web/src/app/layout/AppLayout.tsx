import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, AppShell, Avatar, Box, Burger, Group, Menu, NavLink, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout, IconPill, IconUserCog } from '@tabler/icons-react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LogoutDocument, MeDocument } from '../../features/auth/operations';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { hasErrorCode, toApiError } from '../../lib/graphql-errors';
import { useCurrentUser } from '../auth/CurrentUser';
import { ROLE_LABELS } from '../role-labels';
import { navItemsFor, type NavItem } from '../navigation';

export { ROLE_LABELS };

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

function UserMenu() {
  const user = useCurrentUser();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutDocument);

  async function signOut() {
    try {
      await logout();
    } catch (error) {
      // An expired session is already signed out; anything else means the session may still be live.
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        notifications.show({ color: 'red', title: 'Sign out failed', message: toApiError(error).message });
        return;
      }
    }
    // Forget everything the previous user could see, then show the sign-in page.
    await client.clearStore();
    client.writeQuery({ query: MeDocument, data: { me: null } });
    navigate('/login', { replace: true });
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/*
          Named by its content ("Sam Rivera Student, account menu"), not an aria-label: the name then
          starts with the text people see (and say, with speech input); the initials are decoration.
        */}
        <UnstyledButton title="Account menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" color="indigo" aria-hidden>
              {initials(user.displayName)}
            </Avatar>
            {/* On a phone the avatar alone keeps the header on one line. */}
            <Box visibleFrom="xs" style={{ lineHeight: 1.1 }}>
              <Text size="sm" fw={600}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {ROLE_LABELS[user.role]}
              </Text>
            </Box>
            <VisuallyHidden hiddenFrom="xs">{user.displayName}</VisuallyHidden>
            <VisuallyHidden>, account menu</VisuallyHidden>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label hiddenFrom="xs">
          {user.displayName} · {ROLE_LABELS[user.role]}
        </Menu.Label>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCog size={16} />}>
          Account
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()} disabled={loading}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

const inSection = (pathname: string, to: string) => pathname === to || pathname.startsWith(`${to}/`);

/**
 * The one navigation item a path belongs to: the most specific that contains it, so /hours/log
 * is "Log hours" only, not also "My hours" (/hours).
 */
export function activeNavPath(pathname: string, items: readonly NavItem[]): string | null {
  return items.filter((item) => inSection(pathname, item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to ?? null;
}

export function AppLayout() {
  const user = useCurrentUser();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const items = navItemsFor(user.role);
  const activePath = activeNavPath(location.pathname, items);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor component={Link} to="/" underline="never" c="inherit">
              <Group gap={6}>
                <IconPill aria-hidden />
                <Text fw={700}>Externship portal</Text>
              </Group>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <NotificationBell />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation" component="nav">
        {items.map((item) => {
          const active = item.to === activePath;
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={18} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
