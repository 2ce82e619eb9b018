import { useMutation, useQuery } from '@apollo/client/react';
import { Modal, MultiSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../lib/graphql-errors';
import { AssignInstructorsDocument, InstructorsDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

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
  const { formError, submit } = useFormSubmit();

  async function save(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await assign({ variables: { input: { cohortId, instructorIds: selected } } });
      notifications.show({ color: 'green', title: 'Instructors saved', message: 'The cohort’s instructors were updated.' });
      onClose();
    });
  }

  return (
    <form onSubmit={(event) => void save(event)}>
      <Stack>
        <FormAlert title="The instructors were not saved" message={formError} />
        <MultiSelect
          label="Instructors"
          placeholder={instructors.loading ? 'Loading instructors…' : 'Choose instructors'}
          searchable
          data={instructors.data?.instructors.map((i) => ({ value: i.id, label: `${i.displayName} (${i.email})` })) ?? []}
          value={selected}
          onChange={setSelected}
          error={instructors.error ? toApiError(instructors.error).message : undefined}
        />
        <DialogActions onCancel={onClose} submitLabel="Save" loading={loading} />
      </Stack>
    </form>
  );
}
