import { Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type OnChangeFn,
  type Row,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';

export interface DataTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  data: T[];
  // TanStack column values are heterogeneous; `any` here is the library's own convention
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  /** Server-side sorting: the table only reports clicks, the query does the ordering. */
  sorting?: SortingState;
  onSortingChange?: OnChangeFn<SortingState>;
  /** Dims the rows while a new page or order is on its way. */
  stale?: boolean;
  /** Row selection (checkbox columns read it through the table API); off unless given. */
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: OnChangeFn<RowSelectionState>;
  /** Which rows may be selected; all when omitted. */
  canSelectRow?: (row: T) => boolean;
}

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

/** The table itself, with TanStack Table's engine; pages use `DataTable`, which loads this on demand. */
export function DataTableView<T>(props: DataTableProps<T>) {
  const { label, data, columns, getRowId, sorting, onSortingChange, stale, rowSelection, onRowSelectionChange, canSelectRow } = props;
  const table = useReactTable({
    data,
    columns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableSorting: Boolean(onSortingChange),
    enableSortingRemoval: false,
    enableMultiSort: false,
    sortDescFirst: false,
    enableRowSelection: rowSelection ? (row: Row<T>) => (canSelectRow ? canSelectRow(row.original) : true) : false,
    state: { sorting: sorting ?? [], rowSelection: rowSelection ?? {} },
    onSortingChange,
    onRowSelectionChange,
  });

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={label} aria-busy={stale || undefined} style={{ opacity: stale ? 0.6 : 1 }}>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {group.headers.map((header) => {
                const content = flexRender(header.column.columnDef.header, header.getContext());
                if (!header.column.getCanSort()) {
                  return (
                    <Table.Th key={header.id} scope="col">
                      {content}
                    </Table.Th>
                  );
                }
                const direction = header.column.getIsSorted();
                const Icon = direction === 'asc' ? IconArrowUp : direction === 'desc' ? IconArrowDown : IconArrowsSort;
                return (
                  <Table.Th key={header.id} scope="col" aria-sort={ariaSort(direction)}>
                    <UnstyledButton
                      onClick={header.column.getToggleSortingHandler()}
                      style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}
                    >
                      <Text component="span" size="sm" fw={700}>
                        {content}
                      </Text>
                      <Icon size={14} aria-hidden />
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id} bg={row.getIsSelected() ? 'var(--mantine-primary-color-light)' : undefined}>
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
