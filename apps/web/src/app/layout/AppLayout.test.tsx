import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LogoutDocument } from '../../features/auth/operations';
import { LocationProbe, USERS, renderWithApp } from '../../test/render';
import { AppLayout } from './AppLayout';

function navLinks(): string[] {
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  return within(nav).getAllByRole('link').map((link) => link.textContent ?? '');
}

describe('AppLayout', () => {
  it.each([
    ['admin', ['Cohorts', 'Students', 'Review hours', 'Dashboard', 'Sites', 'Placements', 'Programs']],
    ['instructor', ['Cohorts', 'Students', 'Review hours', 'Dashboard', 'Sites', 'Placements']],
    ['preceptor', ['Students', 'Review hours']],
    ['student', ['My record', 'Log hours', 'My hours', 'My progress']],
  ] as const)('shows the %s the sections their role may use', (who, expected) => {
    renderWithApp(<AppLayout />, { user: USERS[who] });
    expect(navLinks()).toEqual(expected);
  });

  it('signs out and returns to the sign-in page', async () => {
    const { user } = renderWithApp(<AppLayout />, {
      user: USERS.instructor,
      routes: [{ path: '/login', element: <LocationProbe /> }],
      mocks: [{ request: { query: LogoutDocument }, result: { data: { logout: true } } }],
    });
    await user.click(screen.getByRole('button', { name: /Ivan Instructor/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/login');
  });
});
