import type { ColumnHelper } from '@tanstack/react-table';

/**
 * TanStack Table's `createColumnHelper`, without importing the library's code: a page's column
 * definitions then load with the page, and the table engine with the table (`DataTable` loads it on
 * demand). An accessor is a key (`accessorKey`) or a function (`accessorFn`); display and group
 * columns are given as they are.
 */
export function createColumnHelper<T>(): ColumnHelper<T> {
  const helper = {
    accessor: (accessor: unknown, column: object) =>
      typeof accessor === 'function' ? { ...column, accessorFn: accessor } : { ...column, accessorKey: accessor },
    display: (column: unknown) => column,
    group: (column: unknown) => column,
  };
  return helper as unknown as ColumnHelper<T>;
}
