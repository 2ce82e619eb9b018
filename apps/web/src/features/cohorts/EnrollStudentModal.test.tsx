import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { todayIso } from '../../lib/dates';
import { USERS, renderWithApp } from '../../test/render';
import { EnrollStudentModal } from './EnrollStudentModal';
import { EnrollStudentDocument } from './operations';

describe('EnrollStudentModal', () => {
  it('shows the API’s field messages beside the inputs they are about', async () => {
    const onClose = vi.fn();
    const { user } = renderWithApp(<EnrollStudentModal cohortId="c-1" opened onClose={onClose} />, {
      user: USERS.instructor,
      mocks: [
        {
          request: {
            query: EnrollStudentDocument,
            variables: {
              input: {
                cohortId: 'c-1',
                firstName: 'Ana',
                lastName: 'Diaz',
                email: 'ana@example.org',
                studentNumber: 'PT-001',
                enrolledOn: todayIso(),
                phone: null,
              },
            },
          },
          result: {
            errors: [
              {
                message: 'Invalid input',
                extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', message: 'A student with this email already exists.' }] },
              },
            ],
          },
        },
      ],
    });

    expect(screen.getByRole('dialog', { name: 'Enroll student' })).toBeVisible();
    await user.type(screen.getByLabelText(/^First name/), 'Ana');
    await user.type(screen.getByLabelText(/^Last name/), 'Diaz');
    await user.type(screen.getByLabelText(/^Email/), 'ana@example.org');
    await user.type(screen.getByLabelText(/^Student number/), 'PT-001');
    await user.click(screen.getByRole('button', { name: 'Enroll student' }));

    expect(await screen.findByText('A student with this email already exists.')).toBeVisible();
    expect(screen.getByLabelText(/^Email/)).toHaveAttribute('aria-invalid', 'true');
    expect(onClose).not.toHaveBeenCalled();
  });
});
