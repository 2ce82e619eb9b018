import { useQuery } from '@apollo/client/react';
import { Badge, Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconClipboardCheck, IconPlus, IconTarget } from '@tabler/icons-react';
import { createColumnHelper } from '../../components/columns';
import { useMemo, useState } from 'react';
import { useCan } from '../../app/auth/CurrentUser';
import { lazyDialog } from '../../app/lazyPage';
import { CursorPager } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { ProgramsQuery } from '../../gql/graphql';
import { useCursorPagination } from '../../lib/useCursorPagination';
import { usePageTitle } from '../../lib/usePageTitle';
import { BenchmarksModal, BenchmarksSummary, type BenchmarksProgram } from './BenchmarksModal';
import { PROGRAM_LEVEL_LABELS } from './labels';
import { ProgramsDocument } from './operations';
import { Requirements, RequirementWarnings } from './Requirements';
import { VerifiedEmploymentSwitch } from './VerifiedEmploymentSwitch';

// The dialogs load when first opened.
const CreateProgramModal = lazyDialog(() => import('./CreateProgramModal').then((m) => m.CreateProgramModal));
const EvaluationFormsModal = lazyDialog(
  () => import('../evaluations/EvaluationFormEditor').then((m) => m.EvaluationFormsModal),
  (props) => props.program !== null,
);

const PAGE_SIZE = 25;
type ProgramRow = ProgramsQuery['programs']['edges'][number]['node'];
const column = createColumnHelper<ProgramRow>();

const baseColumns = [
  column.accessor('name', {
    header: 'Name',
    cell: (info) => (
      <Text size="sm" fw={600}>
        {info.getValue()}
      </Text>
    ),
  }),
  column.accessor('level', {
    header: 'Level',
    cell: (info) => (
      // The label may not shrink to an ellipsis when the table is tight ("ENT…").
      <Badge variant="light" color={info.getValue() === 'ADVANCED' ? 'grape' : 'blue'} styles={{ label: { overflow: 'visible' } }}>
        {PROGRAM_LEVEL_LABELS[info.getValue()]}
      </Badge>
    ),
  }),
  column.accessor('timeZone', { header: 'Time zone' }),
  column.accessor((row) => row.accreditors.join(', ') || '—', { id: 'accreditors', header: 'Accreditors' }),
  column.display({ id: 'requirements', header: 'Requirements', cell: ({ row }) => (
      <>
        <Requirements program={row.original} />
        <RequirementWarnings programName={row.original.name} warnings={row.original.requirementWarnings} />
      </>
    ),
  }),
];

function placementRuleColumn(canEdit: boolean) {
  return column.display({
    id: 'placementRule',
    header: 'Placement counts',
    cell: ({ row }) => <VerifiedEmploymentSwitch program={row.original} canEdit={canEdit} />,
  });
}

function formsColumn(onEdit: ((program: { id: string; name: string }) => void) | null) {
  return column.display({
    id: 'forms',
    header: 'Evaluation forms',
    cell: ({ row }) =>
      onEdit ? (
        <Button size="compact-sm" variant="light" leftSection={<IconClipboardCheck size={14} />} onClick={() => onEdit(row.original)} aria-label={`Edit forms: ${row.original.name}`}>
          Edit forms
        </Button>
      ) : (
        '—'
      ),
  });
}

function benchmarksColumn(onEdit: ((program: BenchmarksProgram) => void) | null) {
  return column.display({
    id: 'benchmarks',
    header: 'Report benchmarks',
    cell: ({ row }) => (
      <Stack gap={4} align="flex-start">
        <BenchmarksSummary benchmarks={row.original.benchmarks} />
        {onEdit && (
          <Button size="compact-sm" variant="light" leftSection={<IconTarget size={14} />} onClick={() => onEdit(row.original)}
            aria-label={`Edit benchmarks of ${row.original.name}`}>
            Edit benchmarks
          </Button>
        )}
      </Stack>
    ),
  });
}

export function ProgramsPage() {
  usePageTitle('Programs');
  const pager = useCursorPagination('programs');
  const [createOpened, createModal] = useDisclosure(false);
  const [editing, setEditing] = useState<BenchmarksProgram | null>(null);
  const [editingForms, setEditingForms] = useState<{ id: string; name: string } | null>(null);
  const canManageBenchmarks = useCan('BENCHMARK_MANAGE');
  const canManagePrograms = useCan('PROGRAM_MANAGE');
  const columns = useMemo(
    () => [...baseColumns, placementRuleColumn(canManagePrograms), benchmarksColumn(canManageBenchmarks ? setEditing : null), formsColumn(canManagePrograms ? setEditingForms : null)],
    [canManageBenchmarks, canManagePrograms],
  );
  const { data, previousData, loading, error, refetch } = useQuery(ProgramsDocument, {
    variables: { first: PAGE_SIZE, after: pager.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.programs;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <>
      <PageHeader
        title="Programs"
        description="Each program carries its own hour requirements; new programs start from the ASHP/ACPE minimums."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={createModal.open}>
            New program
          </Button>
        }
      />
      {error && !connection ? (
        <QueryError error={error} what="the programs" onRetry={() => refetch()} />
      ) : !connection ? (
        <TableSkeleton label="Loading programs" />
      ) : rows.length === 0 ? (
        <EmptyState title="No programs yet">Create the first program with “New program”.</EmptyState>
      ) : (
        <>
          {error && <QueryError error={error} what="the next page" onRetry={() => refetch()} />}
          <DataTable label="Programs" data={rows} columns={columns} getRowId={(row) => row.id} stale={loading} />
          <CursorPager
            page={pager.page}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            totalCount={connection.totalCount}
            hasPrevious={pager.hasPrevious}
            hasNext={connection.pageInfo.hasNextPage}
            onPrevious={pager.previous}
            onNext={() => pager.next(connection.pageInfo.endCursor)}
            loading={loading}
          />
        </>
      )}
      <CreateProgramModal opened={createOpened} onClose={createModal.close} />
      <BenchmarksModal program={editing} onClose={() => setEditing(null)} />
      <EvaluationFormsModal program={editingForms} onClose={() => setEditingForms(null)} />
    </>
  );
}
