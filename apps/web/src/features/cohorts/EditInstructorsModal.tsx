import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../lib/graphql-errors';
import { AssignInstructorsDocument, InstructorsDocument } from './operations';

interface EditInstructorsModalProps {
  cohortId: string;
  current: string[];
  opened: boolean;
  onClose: () => void;
}

export function EditInstructorsModal({ opened, onClose, ...rest }: EditInstructorsModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit instructors">
      <EditInstructorsForm onClose={onClose} {...rest} />
    </Modal>
  );
}

function EditInstructorsForm({ cohortId, current, onClose }: Omit<EditInstructorsModalProps, 'opened'>) {
  const instructors = useQuery(InstructorsDocument);
  // The result carries the cohort's new instructors, so the normalized cache updates the header.
  const [assign, { loading }] = useMutation(AssignInstructorsDocument);
  const [selected, setSelected] = useState<string[]>(current);
  const [formError, setFormError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    try {
      await assign({ variables: { input: { cohortId, instructorIds: selected } } });
      notifications.show({ color: 'green', title: 'Instructors saved', message: 'The cohort’s instructors were updated.' });
      onClose();
    } catch (error) {
      setFormError(toApiError(error).message);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert" title="The instructors were not saved">
            {formError}
          </Alert>
        )}
        <MultiSelect
          label="Instructors"
          placeholder={instructors.loading ? 'Loading instructors…' : 'Choose instructors'}
          searchable
          data={instructors.data?.instructors.map((i) => ({ value: i.id, label: `${i.displayName} (${i.email})` })) ?? []}
          value={selected}
          onChange={setSelected}
          error={instructors.error ? toApiError(instructors.error).message : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
