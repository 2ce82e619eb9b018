import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Drawer, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../../app/auth/CurrentUser';
import { EmptyState } from '../../components/EmptyState';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { ReportInput, ReportStudentFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/dates';
import { ReportFigureStudentsDocument, SnapshotFigureStudentsDocument } from './operations';
import type { ReportFigure } from './ReportTables';
import type { ReportSource } from './source';

/**
 * Drill-down queries are not cached: the report object has no id, so writing `students` into the
 * cache would replace the report the page is showing.
 */
const DRILL_DOWN_FETCH = { fetchPolicy: 'no-cache' } as const;

/** The report's evidence of a job that is recorded but not verified (report.sql.ts writes it). */
const UNVERIFIED = /, not yet verified/;

function LiveFigureStudents({ input, figure }: { input: ReportInput; figure: ReportFigure }) {
  const { data, loading, error, refetch } = useQuery(ReportFigureStudentsDocument, { variables: { input, figureKey: figure.key }, ...DRILL_DOWN_FETCH });
  return <StudentsState figure={figure} students={data?.outcomeReport.students} loading={loading} error={error} onRetry={refetch} />;
}

function SnapshotFigureStudents({ id, figure }: { id: string; figure: ReportFigure }) {
  const { data, loading, error, refetch } = useQuery(SnapshotFigureStudentsDocument, { variables: { id, figureKey: figure.key }, ...DRILL_DOWN_FETCH });
  return <StudentsState figure={figure} students={data?.reportSnapshot.report.students} loading={loading} error={error} onRetry={refetch} />;
}

export function FigureStudentsList({ source, figure }: { source: ReportSource; figure: ReportFigure }) {
  return source.kind === 'live' ? <LiveFigureStudents input={source.input} figure={figure} /> : <SnapshotFigureStudents id={source.id} figure={figure} />;
}

interface StudentsStateProps {
  figure: ReportFigure;
  students: ReportStudentFieldsFragment[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => unknown;
}

function StudentsState({ figure, students, loading, error, onRetry }: StudentsStateProps) {
  if (loading && !students) return <TableSkeleton rows={4} label="Loading the students" />;
  if (!students) return <QueryError error={error} what="the students counted here" onRetry={onRetry} />;
  if (students.length === 0) {
    return <EmptyState title="No students counted here">Nobody in this report meets this figure’s rule, so it counts 0.</EmptyState>;
  }
  return <StudentsTable label={figure.label} students={students} />;
}

function StudentsTable({ label, students }: { label: string; students: ReportStudentFieldsFragment[] }) {
  const linkStudents = useCan('STUDENT_READ');
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table captionSide="top" verticalSpacing="xs" striped>
        <Table.Caption style={{ textAlign: 'left' }}>
          {students.length} {students.length === 1 ? 'student' : 'students'} counted in {label}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Student</Table.Th>
            <Table.Th scope="col">Cohort</Table.Th>
            <Table.Th scope="col">Evidence</Table.Th>
            <Table.Th scope="col">Date</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {students.map((student) => (
            <Table.Tr key={student.enrollmentId}>
              <Table.Th scope="row" fw={600}>
                {linkStudents ? (
                  <Anchor component={Link} to={`/students/${student.studentId}`} inherit>
                    {student.studentName}
                  </Anchor>
                ) : (
                  student.studentName
                )}
              </Table.Th>
              <Table.Td>{student.cohortCode}</Table.Td>
              <Table.Td>
                {student.evidence}
                {UNVERIFIED.test(student.evidence) && (
                  <Badge color="yellow" variant="light" size="sm" ml={6} title="The employment is recorded but not verified yet">
                    Unverified
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(student.evidenceDate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The students behind one figure, in a side panel (full screen on a phone). */
export function FigureStudentsDrawer({ source, figure, onClose }: { source: ReportSource; figure: ReportFigure | null; onClose: () => void }) {
  return (
    <Drawer
      opened={figure !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={700} component="span">
          {figure?.label}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the student list' }}
    >
      {figure && <FigureStudentsList source={source} figure={figure} />}
    </Drawer>
  );
}
