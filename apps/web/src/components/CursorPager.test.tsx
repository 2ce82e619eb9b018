import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../test/render';
import { CursorPager } from './CursorPager';

describe('CursorPager', () => {
  it('says which rows are shown and changes the page size with the native picker', async () => {
    const onPageSizeChange = vi.fn();
    const onNext = vi.fn();
    const { user } = renderWithApp(
      <CursorPager page={2} pageSize={25} shown={25} totalCount={60} hasPrevious hasNext onPrevious={vi.fn()} onNext={onNext} onPageSizeChange={onPageSizeChange} />,
    );

    expect(screen.getByText('Showing 26–50 of 60')).toBeVisible();
    const size = screen.getByRole('combobox', { name: 'Rows per page' });
    expect(size).toHaveValue('25');
    await user.selectOptions(size, '50');
    expect(onPageSizeChange).toHaveBeenCalledWith(50);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onNext).toHaveBeenCalledTimes(1);
  });
});
