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
    ['admin', ['Cohorts', 'Students', 'Review hours', 'Dashboard', 'Sites', 'Placements', 'Reports', 'Programs', 'Users', 'API tokens']],
    ['instructor', ['Cohorts', 'Students', 'Review hours', 'Dashboard', 'Sites', 'Placements', 'Reports', 'Users']],
    ['preceptor', ['Students', 'Review hours', 'Evaluations']],
    ['student', ['My record', 'Log hours', 'My hours', 'My progress', 'Evaluations']],
  ] as const)('shows the %s the sections their role may use', (who, expected) => {
    renderWithApp(<AppLayout />, { user: USERS[who] });
    expect(navLinks()).toEqual(expected);
  });

  it.each([
    ['/hours/log', 'Log hours'],
    ['/hours', 'My hours'],
    ['/me', 'My record'],
  ])('marks only the section of %s as the current page', (path, current) => {
    renderWithApp(<AppLayout />, { user: USERS.student, initialEntry: path, path });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const marked = within(nav)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page')
      .map((link) => link.textContent);
    expect(marked).toEqual([current]);
  });

  it('signs out and returns to the sign-in page', async () => {
    const { user } = renderWithApp(<AppLayout />, {
      user: USERS.instructor,
      routes: [{ path: '/login', element: <LocationProbe /> }],
      mocks: [{ request: { query: LogoutDocument }, result: { data: { logout: true } } }],
    });
    // Named by what it shows first (for speech input), then what it is
    await user.click(screen.getByRole('button', { name: /^Ivan Instructor Instructor\b.*, account menu$/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/login');
  });
});
