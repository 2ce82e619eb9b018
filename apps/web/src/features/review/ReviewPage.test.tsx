import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HourEntryStatus } from '../../gql/graphql';
import { USERS, renderWithApp } from '../../test/render';
import { ApproveHourEntriesDocument, ReviewHourEntryDocument, ReviewQueueDocument } from './operations';
import { ReviewPage } from './ReviewPage';

function entry(id: string, studentName: string, day: string, version: number, status: HourEntryStatus = 'SUBMITTED') {
  return {
    __typename: 'HourEntry' as const,
    id,
    version,
    enrollmentId: `e-${id}`,
    placementId: 'pl-1',
    component: 'EXPERIENTIAL' as const,
    setting: 'COMMUNITY' as const,
    startedAt: new Date(`${day}T08:00`).toISOString(),
    endedAt: new Date(`${day}T16:30`).toISOString(),
    minutes: 510,
    activityNote: 'Counted and filled prescriptions',
    status,
    reviewComment: null,
    reviewedAt: null,
    loggedOnBehalf: false,
    clockedStartedAt: null,
    clockedEndedAt: null,
    editReason: null,
    placement: { __typename: 'Placement' as const, id: 'pl-1', site: { __typename: 'Site' as const, id: 'site-1', name: 'Main Street Pharmacy' } },
    enrollment: {
      __typename: 'Enrollment' as const,
      id: `e-${id}`,
      cohort: { __typename: 'Cohort' as const, id: 'c-1', code: 'PT-2026-A' },
      student: { __typename: 'Student' as const, id: `s-${id}`, fullName: studentName },
    },
  };
}

type Entry = ReturnType<typeof entry>;

function queue(entries: Entry[]): MockLink.MockedResponse {
  return {
    request: {
      query: ReviewQueueDocument,
      variables: { first: 25, after: null, filter: { statuses: ['SUBMITTED'], cohortId: null, siteId: null } },
    },
    result: {
      data: {
        hourEntries: {
          __typename: 'HourEntryConnection',
          totalCount: entries.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: entries.map((node) => ({ __typename: 'HourEntryEdge', cursor: `cur-${node.id}`, node })),
        },
      },
    },
  };
}

const ana = entry('h-1', 'Ana Diaz', '2026-03-02', 3);
const ben = entry('h-2', 'Ben Okafor', '2026-03-03', 1);
const cara = entry('h-3', 'Cara Lee', '2026-03-04', 2);

/** A result entry as the API returns it after a decision. */
const decided = (e: Entry, status: HourEntryStatus, reviewComment: string | null = null) => {
  const { enrollment: _enrollment, ...rest } = e;
  return { ...rest, version: e.version + 1, status, reviewComment, reviewedAt: '2026-03-05T12:00:00.000Z' };
};

function renderQueue(mocks: MockLink.MockedResponse[]) {
  return renderWithApp(<ReviewPage />, { path: '/review', initialEntry: '/review', user: USERS.preceptor, mocks });
}

describe('ReviewPage', () => {
  it('approves the selected entries in one request with their versions', async () => {
    const { user } = renderQueue([
      queue([ana, ben, cara]),
      {
        request: {
          query: ApproveHourEntriesDocument,
          variables: { input: { entries: [{ id: 'h-1', version: 3 }, { id: 'h-3', version: 2 }] } },
        },
        result: { data: { approveHourEntries: { __typename: 'ApproveHourEntriesResult', approved: [decided(ana, 'APPROVED'), decided(cara, 'APPROVED')], refused: [] } } },
      },
      queue([ben]),
    ]);
    const table = await screen.findByRole('table', { name: 'Entries to review' });
    expect(screen.getByRole('button', { name: 'Approve selected' })).toBeDisabled();

    await user.click(within(table).getByRole('checkbox', { name: /^Select Ana Diaz/ }));
    await user.click(within(table).getByRole('checkbox', { name: /^Select Cara Lee/ }));
    await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));

    expect(await screen.findByText('2 entries approved')).toBeVisible();
    expect(await screen.findByText('Showing 1–1 of 1')).toBeVisible();
    expect(within(table).queryByText('Ana Diaz')).not.toBeInTheDocument();
    expect(within(table).getByText('Ben Okafor')).toBeVisible();
  });

  it('selects every entry of the page with the header checkbox', async () => {
    const { user } = renderQueue([queue([ana, ben, cara])]);
    await user.click(await screen.findByRole('checkbox', { name: 'Select all entries on this page' }));
    expect(screen.getByRole('button', { name: 'Approve selected (3)' })).toBeEnabled();
  });

  it('shows the refusal and approves nothing when the batch is refused', async () => {
    const { user } = renderQueue([
      queue([ana, ben]),
      {
        request: { query: ApproveHourEntriesDocument, variables: { input: { entries: [{ id: 'h-1', version: 3 }, { id: 'h-2', version: 1 }] } } },
        result: { errors: [{ message: 'Ben Okafor’s entry of Mar 3 is outside the placement dates.', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    await user.click(await screen.findByRole('checkbox', { name: 'Select all entries on this page' }));
    await user.click(screen.getByRole('button', { name: 'Approve selected (2)' }));

    expect(await screen.findByText('Ben Okafor’s entry of Mar 3 is outside the placement dates.')).toBeVisible();
    expect(screen.getByText('Nothing was approved')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Entries to review' });
    expect(within(table).getAllByText('Waiting for review')).toHaveLength(2);
  });

  it('lists each entry the batch could not approve with its student, day and reason, and approves the others', async () => {
    const refused = (e: Entry, reason: string, message: string) => ({ __typename: 'RefusedHourEntry' as const, entryId: e.id, reason, message });
    const { user } = renderQueue([
      queue([ana, ben, cara]),
      {
        request: { query: ApproveHourEntriesDocument, variables: { input: { entries: [{ id: 'h-1', version: 3 }, { id: 'h-2', version: 1 }, { id: 'h-3', version: 2 }] } } },
        result: {
          data: {
            approveHourEntries: {
              __typename: 'ApproveHourEntriesResult',
              approved: [decided(ana, 'APPROVED')],
              refused: [refused(ben, 'ALREADY_REVIEWED', 'Already approved by Dana Ruiz.'), refused(cara, 'COMPLIANCE_FLAG', 'Compliance not current on the shift date: TB test. Review this entry on its own.')],
            },
          },
        },
      },
      queue([cara]),
    ]);
    await user.click(await screen.findByRole('checkbox', { name: 'Select all entries on this page' }));
    await user.click(screen.getByRole('button', { name: 'Approve selected (3)' }));

    expect(await screen.findByText('1 entry approved')).toBeVisible();
    expect(screen.getByText('2 entries were not approved (1 approved)')).toBeVisible();
    const items = within(screen.getByRole('list', { name: 'Entries not approved' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Ben Okafor, .*Mar 3, 2026: Already reviewed\. Already approved by Dana Ruiz\.$/),
      expect.stringMatching(/^Cara Lee, .*Mar 4, 2026: Flagged for compliance\. Compliance not current on the shift date: TB test/),
    ]);
    expect(screen.queryByText('Someone else already reviewed this entry')).not.toBeInTheDocument();
  });

  it('tells the reviewer when someone else reviewed the entry first, and reloads the queue', async () => {
    const { user } = renderQueue([
      queue([ana, ben]),
      {
        request: { query: ReviewHourEntryDocument, variables: { input: { id: 'h-1', version: 3, decision: 'APPROVE' } } },
        result: { errors: [{ message: 'This entry changed since you loaded it.', extensions: { code: 'CONFLICT' } }] },
      },
      queue([ben]),
    ]);
    await user.click(await screen.findByRole('button', { name: /^Approve Ana Diaz/ }));

    expect(await screen.findByText('Someone else already reviewed this entry')).toBeVisible();
    expect(await screen.findByText('Showing 1–1 of 1')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Approve Ana Diaz/ })).not.toBeInTheDocument();
  });

  it('requires a reason to reject, then sends it with the entry’s version', async () => {
    const reason = 'These hours were logged on a day the pharmacy was closed.';
    const { user } = renderQueue([
      queue([ana]),
      {
        request: { query: ReviewHourEntryDocument, variables: { input: { id: 'h-1', version: 3, decision: 'REJECT', comment: reason } } },
        result: { data: { reviewHourEntry: decided(ana, 'REJECTED', reason) } },
      },
      queue([]),
    ]);
    await user.click(await screen.findByRole('button', { name: /^Reject Ana Diaz/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject entry' });

    await user.click(within(dialog).getByRole('button', { name: 'Reject entry' }));
    expect(await within(dialog).findByText('Enter the reason for rejecting.')).toBeVisible();
    expect(within(dialog).getByLabelText(/^Reason for rejecting/)).toHaveAttribute('aria-invalid', 'true');

    await user.type(within(dialog).getByLabelText(/^Reason for rejecting/), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Reject entry' }));

    expect(await screen.findByText('Entry rejected')).toBeVisible();
    expect(await screen.findByText('Nothing waiting for review')).toBeVisible();
  });

  it('keeps the reason dialog open with the text when the API refuses it', async () => {
    const reason = 'Patient Jane Roe was counselled';
    const { user } = renderQueue([
      queue([ana]),
      {
        request: { query: ReviewHourEntryDocument, variables: { input: { id: 'h-1', version: 3, decision: 'NEEDS_INFO', comment: reason } } },
        result: { errors: [{ message: 'Remove the patient’s name from the comment.', extensions: { code: 'BAD_USER_INPUT' } }] },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: /^Ask for info Ana Diaz/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for more information' });
    await user.type(within(dialog).getByLabelText(/^What should the student add or correct\?/), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Send back to student' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was changed');
    expect(alert).toHaveTextContent('Remove the patient’s name from the comment.');
    expect(within(dialog).getByLabelText(/^What should the student add or correct\?/)).toHaveValue(reason);
  });

  it('closes the reason dialog and reloads the queue when someone else reviewed the entry first', async () => {
    const reason = 'These hours were logged on a day the pharmacy was closed.';
    const { user } = renderQueue([
      queue([ana, ben]),
      {
        request: { query: ReviewHourEntryDocument, variables: { input: { id: 'h-1', version: 3, decision: 'REJECT', comment: reason } } },
        result: { errors: [{ message: 'This entry changed since you loaded it.', extensions: { code: 'CONFLICT' } }] },
      },
      queue([ben]),
    ]);
    await user.click(await screen.findByRole('button', { name: /^Reject Ana Diaz/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject entry' });
    await user.type(within(dialog).getByLabelText(/^Reason for rejecting/), reason);
    await user.click(within(dialog).getByRole('button', { name: 'Reject entry' }));

    expect(await screen.findByText('Someone else already reviewed this entry')).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Reject entry' })).not.toBeInTheDocument();
    expect(await screen.findByText('Showing 1–1 of 1')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Reject Ana Diaz/ })).not.toBeInTheDocument();
  });
});
