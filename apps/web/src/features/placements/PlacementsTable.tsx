import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { PRACTICE_SETTING_LABELS } from '@ptp/shared';
import { createColumnHelper } from '../../components/columns';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { DataTable } from '../../components/DataTable';
import type { PlacementRowFragment } from '../../gql/graphql';
import { formatDate, formatDateRange } from '../../lib/dates';
import { ComplianceGaps } from './ComplianceGaps';

const column = createColumnHelper<PlacementRowFragment>();

interface PlacementsTableProps {
  label: string;
  rows: PlacementRowFragment[];
  /** Leave out the site column (on a site's own page). */
  hideSite?: boolean;
  stale?: boolean;
}

export function PlacementsTable({ label, rows, hideSite = false, stale }: PlacementsTableProps) {
  const canOpenStudents = useCan('STUDENT_READ');
  const canOpenSites = useCan('SITE_READ');
  const columns = [
    column.accessor((row) => row.enrollment.student.fullName, {
      id: 'student',
      header: 'Student',
      cell: ({ row }) => {
        const { student } = row.original.enrollment;
        return canOpenStudents ? (
          <Anchor component={Link} to={`/students/${student.id}`} fw={600} size="sm">
            {student.fullName}
          </Anchor>
        ) : (
          student.fullName
        );
      },
    }),
    column.accessor((row) => row.enrollment.cohort.code, { id: 'cohort', header: 'Cohort' }),
    ...(hideSite
      ? []
      : [
          column.accessor((row) => row.site.name, {
            id: 'site',
            header: 'Site',
            cell: ({ row }) => (
              <div>
                {canOpenSites ? (
                  <Anchor component={Link} to={`/sites/${row.original.site.id}`} size="sm">
                    {row.original.site.name}
                  </Anchor>
                ) : (
                  <Text size="sm">{row.original.site.name}</Text>
                )}
                <Text size="xs" c="dimmed">
                  {PRACTICE_SETTING_LABELS[row.original.site.setting]}
                </Text>
              </div>
            ),
          }),
        ]),
    column.accessor((row) => row.preceptor.user.displayName, {
      id: 'preceptor',
      header: 'Preceptor',
      cell: ({ row }) => (
        <Stack gap={2} align="flex-start">
          <span>{row.original.preceptor.user.displayName}</span>
          {row.original.preceptorLicenseLapses && (
            <Badge color="orange" variant="light" title="The preceptor's license expires before this placement ends">
              License expires {formatDate(row.original.preceptor.licenseExpiresOn)}
            </Badge>
          )}
        </Stack>
      ),
    }),
    column.display({
      id: 'dates',
      header: 'Dates',
      cell: ({ row }) => (
        <Stack gap={4} align="flex-start">
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateRange(row.original.startDate, row.original.endDate)}</span>
          <ComplianceGaps gaps={row.original.complianceGaps} />
        </Stack>
      ),
    }),
    column.accessor('plannedHours', { header: 'Planned', cell: (info) => `${info.getValue()} h` }),
  ];
  return <DataTable label={label} data={rows} columns={columns} getRowId={(row) => row.id} stale={stale} />;
}
