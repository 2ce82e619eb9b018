import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Checkbox, Group, Select, Stack } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { FormAlert } from '../../components/FormAlert';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { NotificationKind, NotificationPreferencesQuery } from '../../gql/graphql';
import { useFormSubmit } from '../../lib/use-form-submit';
import { usePageTitle } from '../../lib/usePageTitle';
import { NotificationPreferencesDocument, UpdateNotificationPreferencesDocument } from './operations';

type Preferences = NotificationPreferencesQuery['notificationPreferences'];

const hourLabel = (h: number) => new Date(Date.UTC(2000, 0, 1, h)).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }));

function PreferencesForm({ preferences }: { preferences: Preferences }) {
  const [emailed, setEmailed] = useState<Set<NotificationKind>>(() => new Set(preferences.kinds.filter((k) => k.email).map((k) => k.kind)));
  const [digestHour, setDigestHour] = useState(String(preferences.digestHour));
  const [save] = useMutation(UpdateNotificationPreferencesDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: NotificationPreferencesDocument, data: { notificationPreferences: data.updateNotificationPreferences } });
    },
  });
  const hasDigest = preferences.kinds.some((k) => k.digest);
  // The form stays as it is once saved, so success is a toast; a refusal stays in the alert until the next save.
  const { formError, submit, submitting } = useFormSubmit();

  async function onSave() {
    await submit(async () => {
      await save({ variables: { input: { digestHour: Number(digestHour), emailOff: preferences.kinds.filter((k) => !emailed.has(k.kind)).map((k) => k.kind) } } });
      toast.show({ color: 'green', message: 'Your notification preferences are saved.' });
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
    >
      <Stack maw={640}>
        <FormAlert title="Not saved" message={formError} />
        <Card withBorder>
          <Checkbox.Group
            label="Email me about"
            description="Everything also appears under the bell, whatever you choose here."
            value={[...emailed]}
            onChange={(values) => setEmailed(new Set(values as NotificationKind[]))}
          >
            <Stack gap="xs" mt="xs">
              {preferences.kinds.map((k) => (
                <Checkbox key={k.kind} value={k.kind} label={k.label} />
              ))}
            </Stack>
          </Checkbox.Group>
        </Card>
        {hasDigest && (
          <Card withBorder>
            <Select
              label="Send my summaries at"
              description="Daily summaries arrive every day at this hour, weekly ones on Mondays, in your program's time zone."
              data={HOURS}
              value={digestHour}
              onChange={(value) => value && setDigestHour(value)}
              allowDeselect={false}
              maw={200}
            />
          </Card>
        )}
        <Group>
          <Button type="submit" loading={submitting}>
            Save preferences
          </Button>
          <Anchor component={Link} to="/notifications" size="sm">
            Back to notifications
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}

/** Which kinds are emailed, and when digests go out (every email links here). */
export function NotificationPreferencesPage() {
  usePageTitle('Notification preferences');
  const { data, error, refetch } = useQuery(NotificationPreferencesDocument);
  return (
    <>
      <PageHeader title="Notification preferences" description="Choose what reaches you by email. Nothing here changes what you can see in the portal." />
      {error && !data ? (
        <QueryError error={error} what="your preferences" onRetry={() => refetch()} />
      ) : !data ? (
        <PageLoader label="Loading your preferences" />
      ) : (
        <PreferencesForm preferences={data.notificationPreferences} />
      )}
    </>
  );
}
