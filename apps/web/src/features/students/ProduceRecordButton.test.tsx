import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp, USERS } from '../../test/render';
import { ProduceRecordButton } from './ProduceRecordButton';

function stubDownloads(...responses: Response[]) {
  const fetchMock = vi.fn();
  for (const r of responses) fetchMock.mockResolvedValueOnce(r);
  vi.stubGlobal('fetch', fetchMock);
  // jsdom has no object URLs
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:record'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return fetchMock;
}

const props = { studentId: 's-1', studentName: 'Rosa Reyes', studentNumber: 'RR-1' };

describe('ProduceRecordButton', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('asks for a purpose of at least 5 characters before fetching anything', async () => {
    const fetchMock = stubDownloads();
    const { user } = renderWithApp(<ProduceRecordButton {...props} />, { user: USERS.instructor });
    await user.click(screen.getByRole('button', { name: 'Produce record…' }));
    expect(screen.getByRole('dialog', { name: 'Produce the record of Rosa Reyes' })).toBeVisible();
    const purpose = screen.getByRole('textbox', { name: /Purpose of this disclosure/ });
    expect(purpose).toBeRequired();
    await user.type(purpose, 'abc');
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText(/Say why the record is needed \(at least 5 characters\)/)).toBeVisible();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('downloads the PDF with the purpose and closes, saying the disclosure was logged', async () => {
    const fetchMock = stubDownloads(
      new Response('%PDF-1.3', { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="student-record-rr-1-2026-12-02.pdf"' } }),
    );
    const { user } = renderWithApp(<ProduceRecordButton {...props} />, { user: USERS.instructor });
    await user.click(screen.getByRole('button', { name: 'Produce record…' }));
    await user.type(screen.getByRole('textbox', { name: /Purpose of this disclosure/ }), '  Transfer request ');
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText(/student-record-rr-1-2026-12-02.pdf was downloaded. The disclosure was logged./)).toBeVisible();
    const url = new URL(fetchMock.mock.calls[0]?.[0] as string, 'http://x');
    expect(url.pathname).toBe('/api/students/s-1/record.pdf');
    expect(Object.fromEntries(url.searchParams)).toEqual({ purpose: 'Transfer request' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 4000 });
  });

  it('shows the server’s refusal and keeps the dialog open', async () => {
    const fetchMock = stubDownloads(
      new Response(JSON.stringify({ code: 'FORBIDDEN', message: 'This student is outside the programs and cohorts you have access to.' }), { status: 403 }),
    );
    const { user } = renderWithApp(<ProduceRecordButton {...props} />, { user: USERS.instructor });
    await user.click(screen.getByRole('button', { name: 'Produce record…' }));
    await user.type(screen.getByRole('textbox', { name: /Purpose of this disclosure/ }), 'Accreditation survey');
    await user.click(screen.getByRole('button', { name: 'Download ZIP' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The record was not produced');
    expect(alert).toHaveTextContent('This student is outside the programs and cohorts you have access to.');
    expect(new URL(fetchMock.mock.calls[0]?.[0] as string, 'http://x').pathname).toBe('/api/students/s-1/record.zip');
    expect(screen.getByRole('dialog')).toBeVisible();
  });
});
