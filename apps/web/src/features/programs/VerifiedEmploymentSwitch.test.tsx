import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { SetVerifiedEmploymentRuleDocument } from './operations';
import { VerifiedEmploymentSwitch } from './VerifiedEmploymentSwitch';

const program = { id: 'p-1', name: 'Demo Program', countOnlyVerifiedEmployment: false };

describe('VerifiedEmploymentSwitch', () => {
  it('saves the rule when a program manager turns it on', async () => {
    const { user } = renderWithApp(<VerifiedEmploymentSwitch program={program} canEdit />, {
      mocks: [{
        request: { query: SetVerifiedEmploymentRuleDocument, variables: { input: { id: 'p-1', countOnlyVerifiedEmployment: true } } },
        result: { data: { updateProgram: { __typename: 'Program', id: 'p-1', countOnlyVerifiedEmployment: true } } },
      }],
    });
    await user.click(screen.getByRole('switch', { name: 'Count only verified employment as placement for Demo Program' }));
    expect(await screen.findByText('Demo Program: reports count only verified employment.')).toBeVisible();
  });

  it('shows the rule, without a switch, to someone who may not change it', () => {
    renderWithApp(<VerifiedEmploymentSwitch program={{ ...program, countOnlyVerifiedEmployment: true }} canEdit={false} />);
    expect(screen.getByText('Verified employment only')).toBeVisible();
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
