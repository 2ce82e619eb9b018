import { notifications } from '@mantine/notifications';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComplianceState } from '../../gql/graphql';
import { USERS, renderWithApp } from '../../test/render';
import { ComplianceReviewActions } from './ComplianceReviewActions';
import { ComplianceSection } from './ComplianceSection';
import { EnrollmentComplianceDocument, ReviewComplianceRecordDocument, SubmitComplianceRecordDocument } from './operations';

function record(id: string, status: 'PENDING' | 'VERIFIED' | 'REJECTED' | 'WAIVED', extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ComplianceRecord',
    id,
    status,
    completedOn: '2026-01-05',
    expiresOn: null,
    reviewReason: null,
    documentUrl: `/api/documents/${id}`,
    createdAt: '2026-01-06T10:00:00.000Z',
    ...extra,
  };
}

function item(id: string, name: string, state: ComplianceState, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'ItemComplianceStatus',
    item: { __typename: 'ComplianceItem', id, code: id.toUpperCase(), name, validity: 'ANNUAL' },
    state,
    validThrough: null,
    daysLeft: null,
    coversUntil: false,
    records: [],
    ...extra,
  };
}

const ITEMS = [
  item('flu', 'Influenza vaccination', 'VALID', { validThrough: '2026-10-01', daysLeft: 200, coversUntil: true, records: [record('r-flu', 'VERIFIED')] }),
  item('tb', 'TB test', 'EXPIRING_30', { validThrough: '2026-03-13', daysLeft: 12, records: [record('r-tb', 'VERIFIED')] }),
  item('bls', 'BLS/CPR card', 'EXPIRING_7', { validThrough: '2026-03-02', daysLeft: 1 }),
  item('drug', 'Drug screen', 'EXPIRED', { validThrough: '2026-02-01', daysLeft: -28 }),
  item('mmr', 'MMR immunity', 'MISSING'),
  item('hipaa', 'HIPAA training', 'PENDING_REVIEW', { records: [record('r-hipaa', 'PENDING')] }),
];

function complianceMock(items = ITEMS, reminders: unknown[] = []) {
  return {
    request: { query: EnrollmentComplianceDocument, variables: { id: 'e-1' } },
    result: {
      data: { enrollment: { __typename: 'Enrollment', id: 'e-1', complianceCleared: false, compliance: items, reminders } },
    },
    maxUsageCount: 5,
  };
}

function rowOf(name: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

afterEach(() => {
  vi.unstubAllGlobals();
  notifications.clean();
});

describe('ComplianceSection', () => {
  it('shows each item’s state, with a countdown only while it is about to expire', async () => {
    renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview />, { user: USERS.instructor, mocks: [complianceMock()] });
    await screen.findByRole('table', { name: 'Compliance items' });

    expect(within(rowOf('Influenza vaccination')).getByText('Valid')).toBeVisible();
    expect(within(rowOf('Influenza vaccination')).queryByText(/days? left/)).toBeNull();
    expect(within(rowOf('Influenza vaccination')).getByText('Covers placement end')).toBeVisible();

    expect(within(rowOf('TB test')).getByText('Expires within 30 days')).toBeVisible();
    expect(within(rowOf('TB test')).getByText('12 days left')).toBeVisible();
    expect(within(rowOf('BLS/CPR card')).getByText('1 day left')).toBeVisible();

    expect(within(rowOf('Drug screen')).getByText('Expired')).toBeVisible();
    expect(within(rowOf('Drug screen')).queryByText(/days? left/)).toBeNull();
    expect(within(rowOf('MMR immunity')).getByText('Missing')).toBeVisible();
    expect(within(rowOf('MMR immunity')).getByText('None submitted')).toBeVisible();
    expect(within(rowOf('HIPAA training')).getAllByText('Waiting for review').length).toBeGreaterThan(0);

    // Only the pending record can be reviewed; the document opens in a new tab
    expect(screen.getByRole('button', { name: 'Verify HIPAA training' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Verify TB test' })).toBeNull();
    expect(within(rowOf('HIPAA training')).getByRole('link', { name: /View document/ })).toHaveAttribute('target', '_blank');
    expect(screen.getByText('No')).toBeVisible();
  });

  it('offers a student uploads only for items that need one, and lists reminders first', async () => {
    const reminders = [
      { __typename: 'Reminder', id: 'rem-1', kind: 'EXPIRING_30', dueOn: '2026-02-28', expiresOn: '2026-03-13', item: { __typename: 'ComplianceItem', id: 'tb', name: 'TB test' } },
    ];
    renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview={false} selfService />, {
      user: USERS.student,
      mocks: [complianceMock(ITEMS, reminders)],
    });
    await screen.findByRole('table', { name: 'Compliance items' });
    expect(screen.getByText(/TB test: Expires within 30 days \(expires Mar 13, 2026\)/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Upload MMR immunity' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Upload TB test' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Upload Influenza vaccination' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Upload HIPAA training' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Verify/ })).toBeNull();
  });

  it('drops reminders about items that were renewed, are waiting for review or were reminded again since', async () => {
    const reminder = (id: string, itemId: string, name: string, kind: string, expiresOn: string | null) => ({
      __typename: 'Reminder',
      id,
      kind,
      dueOn: '2026-02-20',
      expiresOn,
      item: { __typename: 'ComplianceItem', id: itemId, name },
    });
    const items = [
      // Renewed and verified: valid through 2028, the old card's reminders are history
      item('bls', 'BLS/CPR card', 'VALID', { validThrough: '2028-02-27', daysLeft: 730, records: [record('r-bls', 'VERIFIED')] }),
      // Still expiring, but the new document waits for review
      item('tb', 'TB test', 'EXPIRING_30', { validThrough: '2026-03-13', daysLeft: 12, records: [record('r-tb', 'VERIFIED'), record('r-tb2', 'PENDING')] }),
      // Still expiring, nothing sent: only the newest reminder about this expiry
      item('drug', 'Drug screen', 'EXPIRING_30', { validThrough: '2026-03-20', daysLeft: 19, records: [record('r-drug', 'VERIFIED')] }),
      item('mmr', 'MMR immunity', 'MISSING'),
    ];
    const reminders = [
      reminder('rem-5', 'drug', 'Drug screen', 'EXPIRING_30', '2026-03-20'),
      reminder('rem-4', 'drug', 'Drug screen', 'EXPIRING_60', '2026-03-20'),
      reminder('rem-3', 'tb', 'TB test', 'EXPIRING_30', '2026-03-13'),
      reminder('rem-2', 'bls', 'BLS/CPR card', 'EXPIRING_30', '2026-03-02'),
      reminder('rem-1', 'mmr', 'MMR immunity', 'MISSING', '2026-03-01'),
    ];
    renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview={false} selfService />, {
      user: USERS.student,
      mocks: [complianceMock(items, reminders)],
    });
    const alert = (await screen.findByText('Reminders')).closest<HTMLElement>('[role="status"]');
    if (!alert) throw new Error('no reminders box');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Drug screen: Expires within 30 days (expires Mar 20, 2026)',
      'MMR immunity: Missing (needed by Mar 1, 2026)',
    ]);
    // Nothing to upload while a document waits for review
    expect(screen.queryByRole('button', { name: 'Upload TB test' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Upload BLS/CPR card' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Upload Drug screen' })).toBeVisible();
  });

  it('shows no reminders box once every reminded item is taken care of', async () => {
    const items = [item('bls', 'BLS/CPR card', 'VALID', { validThrough: '2028-02-27', daysLeft: 730, records: [record('r-bls', 'VERIFIED')] })];
    const reminders = [
      { __typename: 'Reminder', id: 'rem-1', kind: 'EXPIRING_30', dueOn: '2026-02-01', expiresOn: '2026-03-02', item: { __typename: 'ComplianceItem', id: 'bls', name: 'BLS/CPR card' } },
    ];
    renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview={false} selfService />, {
      user: USERS.student,
      mocks: [complianceMock(items, reminders)],
    });
    await screen.findByRole('table', { name: 'Compliance items' });
    expect(screen.queryByText('Reminders')).toBeNull();
  });

  it('posts the file as multipart to /api/documents, then submits the record with the returned id', async () => {
    const fetchMock = vi.fn(async () => ({
      ok: true,
      status: 201,
      json: async () => ({ id: 'doc-9', contentType: 'application/pdf', sizeBytes: 1234, originalName: 'mmr.pdf' }),
    }));
    vi.stubGlobal('fetch', fetchMock);
    const submitted = vi.fn(() => ({ data: { submitComplianceRecord: record('r-new', 'PENDING', { completedOn: '2026-02-10', documentUrl: '/api/documents/doc-9' }) } }));
    const { user } = renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview={false} selfService />, {
      user: USERS.student,
      mocks: [
        complianceMock(),
        {
          request: {
            query: SubmitComplianceRecordDocument,
            variables: { input: { enrollmentId: 'e-1', itemId: 'mmr', completedOn: '2026-02-10', expiresOn: null, documentId: 'doc-9' } },
          },
          result: submitted,
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Upload MMR immunity' }));
    const dialog = await screen.findByRole('dialog');
    const file = new File(['%PDF-1.4'], 'mmr.pdf', { type: 'application/pdf' });
    await user.upload(within(dialog).getByLabelText(/^Document/), file);
    await user.type(within(dialog).getByLabelText(/^Completed on/), '2026-02-10');
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('Document submitted')).toBeVisible();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/documents');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('include');
    const body = init.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('enrollmentId')).toBe('e-1');
    expect((body.get('file') as File).name).toBe('mmr.pdf');
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('shows why the upload was refused and does not submit the record', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => ({ ok: false, status: 413, json: async () => ({ code: 'PAYLOAD_TOO_LARGE', message: 'File too large' }) })),
    );
    const { user } = renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview={false} selfService />, {
      user: USERS.student,
      mocks: [complianceMock()],
    });
    await user.click(await screen.findByRole('button', { name: 'Upload MMR immunity' }));
    const dialog = await screen.findByRole('dialog');
    await user.upload(within(dialog).getByLabelText(/^Document/), new File(['x'], 'mmr.png', { type: 'image/png' }));
    await user.type(within(dialog).getByLabelText(/^Completed on/), '2026-02-10');
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(await within(dialog).findByText(/larger than 10 MB/)).toBeVisible();
    expect(screen.queryByText('Document submitted')).toBeNull();
  });

  it('refuses a file type the server would not accept before sending anything', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const { user } = renderWithApp(<ComplianceSection enrollmentId="e-1" canSubmit canReview={false} selfService />, {
      user: USERS.student,
      mocks: [complianceMock()],
    });
    await user.click(await screen.findByRole('button', { name: 'Upload MMR immunity' }));
    const dialog = await screen.findByRole('dialog');
    // The picker filters by type; a drag-and-drop or a permissive OS dialog may not
    fireEvent.change(within(dialog).getByLabelText(/^Document/), {
      target: { files: [new File(['x'], 'notes.docx', { type: 'application/msword' })] },
    });
    await user.type(within(dialog).getByLabelText(/^Completed on/), '2026-02-10');
    await user.click(within(dialog).getByRole('button', { name: 'Upload' }));
    expect(await within(dialog).findByText('Only PDF, JPEG or PNG files can be uploaded')).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('ComplianceReviewActions', () => {
  it('requires a reason to reject, then sends it', async () => {
    const rejected = vi.fn(() => ({ data: { reviewComplianceRecord: record('r-1', 'REJECTED', { reviewReason: 'Blurry scan' }) } }));
    const { user } = renderWithApp(<ComplianceReviewActions recordId="r-1" itemName="TB test" />, {
      user: USERS.instructor,
      mocks: [
        {
          request: { query: ReviewComplianceRecordDocument, variables: { input: { id: 'r-1', decision: 'REJECT', reason: 'Blurry scan' } } },
          result: rejected,
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Reject TB test' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));
    expect(await within(dialog).findByText('Enter the reason for rejecting.')).toBeVisible();
    expect(rejected).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText(/^Reason for rejecting/), 'Blurry scan');
    await user.click(within(dialog).getByRole('button', { name: 'Reject document' }));
    expect(await screen.findByText('Document rejected')).toBeVisible();
    await waitFor(() => expect(rejected).toHaveBeenCalledTimes(1));
  });

  it('offers no Verify for a record without a document, and says what to do instead', () => {
    renderWithApp(<ComplianceReviewActions recordId="r-1" itemName="TB test" hasDocument={false} />, { user: USERS.instructor, mocks: [] });
    expect(screen.getByRole('button', { name: 'Verify TB test' })).toBeDisabled();
    expect(screen.getByText(/No document attached: ask the student to upload it, or waive with a reason\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Waive TB test' })).toBeEnabled();
  });

  it('verifies in one click and shows an API refusal inline', async () => {
    const { user } = renderWithApp(<ComplianceReviewActions recordId="r-1" itemName="TB test" />, {
      user: USERS.instructor,
      mocks: [
        {
          request: { query: ReviewComplianceRecordDocument, variables: { input: { id: 'r-1', decision: 'VERIFY' } } },
          result: { errors: [{ message: 'This record was already reviewed.', extensions: { code: 'CONFLICT' } }] },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Verify TB test' }));
    expect(await screen.findByText('This record was already reviewed.')).toHaveAttribute('role', 'alert');
    expect(screen.queryByText('Document verified')).toBeNull();
  });
});
