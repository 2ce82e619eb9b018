import { Suspense, lazy } from 'react';
import { TableSkeleton } from './Loading';
import type { DataTableProps } from './DataTableView';

// The table engine (TanStack Table, ~12 KB gzip) is a chunk of its own, fetched as soon as a page that shows a
// table is loaded (in parallel with the page's query, which the table waits for anyway), not with the page itself.
const view = import('./DataTableView');
const LazyDataTableView = lazy(() => view.then((m) => ({ default: m.DataTableView })));

export type { DataTableProps };

export function DataTable<T>(props: DataTableProps<T>) {
  return (
    <Suspense fallback={<TableSkeleton label={`Loading ${props.label}`} />}>
      {/* React.lazy loses the type parameter; the props are this component's own. */}
      <LazyDataTableView {...(props as DataTableProps<unknown>)} />
    </Suspense>
  );
}
