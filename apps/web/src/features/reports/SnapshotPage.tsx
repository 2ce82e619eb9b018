import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { ReportSnapshotDocument } from './operations';
import { ReportView } from './ReportView';

/** A saved report, read back exactly as it was generated. */
export function SnapshotPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportSnapshotDocument, { variables: { id } });
  const snapshot = data?.reportSnapshot;
  usePageTitle(snapshot ? `${snapshot.title} · Snapshot` : 'Report snapshot');

  if (loading && !snapshot) return <PageLoader label="Loading the snapshot" />;
  if (!snapshot) return <QueryError error={error} what="this snapshot" onRetry={() => refetch()} />;

  return (
    <Stack gap="lg">
      <PageHeader
        title={snapshot.title}
        description={
          <Anchor component={Link} to="/reports?tab=snapshots" size="sm">
            ← All saved snapshots
          </Anchor>
        }
      />
      <Alert color="gray" variant="light" icon={<IconLock size={18} />}>
        Saved {formatDateTime(snapshot.createdAt)} by {snapshot.createdBy}. This is the report exactly as it was generated; later changes to
        student records do not alter it, and its student lists are the ones counted then.
      </Alert>
      <ReportView report={snapshot.report} source={{ kind: 'snapshot', id: snapshot.id }} />
    </Stack>
  );
}
