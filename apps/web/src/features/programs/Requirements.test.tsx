import { screen } from '@testing-library/react';
import { ASHP_MINIMUMS } from '@ptp/shared';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { Requirements } from './Requirements';

describe('Requirements', () => {
  it('states the rotation rule in the shared wording of progress and reports', () => {
    renderWithApp(<Requirements program={ASHP_MINIMUMS.ENTRY} />);
    expect(screen.getByText('400 h total over at least 8 weeks')).toBeVisible();
    expect(screen.getByText('At least one rotation of 130 hours or more')).toBeVisible();
  });

  it('names the number of rotations and their total for an advanced program', () => {
    renderWithApp(<Requirements program={ASHP_MINIMUMS.ADVANCED} />);
    expect(screen.getByText('At least 2 rotations, together 200 hours or more')).toBeVisible();
  });
});
