import { Button, Group, Modal, Stack, Text, TextInput, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { STUDENT_RECORD_PURPOSE_MIN } from '@ptp/shared';
import { IconFileText, IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useDownload } from '../../lib/download';

const PURPOSE_MAX = 500;

export type RecordFormat = 'pdf' | 'zip';

interface ProduceRecordProps {
  studentId: string;
  studentName: string;
  studentNumber: string;
}

/** The student's whole record for staff: asks why (required, it goes in the disclosure log), then downloads the PDF or zip. */
export function ProduceRecordButton({ size = 'xs', ...props }: ProduceRecordProps & { size?: ButtonProps['size'] }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" size={size} leftSection={<IconFileText size={14} />} onClick={open}>
        Produce record…
      </Button>
      <Modal opened={opened} onClose={close} title={`Produce the record of ${props.studentName}`}>
        {opened && <ProduceRecordForm {...props} onClose={close} />}
      </Modal>
    </>
  );
}

export function ProduceRecordForm({ studentId, studentName, studentNumber, onClose }: ProduceRecordProps & { onClose: () => void }) {
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState(false);
  const { busy, error, download } = useDownload<RecordFormat>('The record could not be produced. Try again in a moment.');
  const tooShort = purpose.trim().length < STUDENT_RECORD_PURPOSE_MIN;

  async function produce(format: RecordFormat) {
    setTouched(true);
    if (tooShort) return;
    const href = `/api/students/${encodeURIComponent(studentId)}/record.${format}?${new URLSearchParams({ purpose: purpose.trim() }).toString()}`;
    const ok = await download(format, href, `student-record-${studentNumber}.${format}`, {
      title: 'Record ready',
      message: (filename) => `${filename} was downloaded. The disclosure was logged.`,
    });
    if (ok) onClose();
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void produce('pdf');
      }}
    >
      <Stack>
        <Text size="sm">
          The record of {studentName} holds their profile, enrollment history, hours and reviews, exams, compliance items and competencies. The PDF is
          printable; the zip adds spreadsheets (CSV) and their uploaded documents. Each one is logged with who, when and why.
        </Text>
        <TextInput
          label="Purpose of this disclosure"
          description={`Required, at least ${STUDENT_RECORD_PURPOSE_MIN} characters`}
          placeholder="e.g. Transcript request for transfer"
          required
          maxLength={PURPOSE_MAX}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value)}
          onBlur={() => setTouched(true)}
          error={touched && tooShort ? `Say why the record is needed (at least ${STUDENT_RECORD_PURPOSE_MIN} characters).` : undefined}
          data-autofocus
        />
        <FormAlert title="The record was not produced" message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="light" loading={busy === 'zip'} disabled={busy === 'pdf'} leftSection={<IconFileZip size={16} />} onClick={() => void produce('zip')}>
            Download ZIP
          </Button>
          <Button type="submit" loading={busy === 'pdf'} disabled={busy === 'zip'} leftSection={<IconFileText size={16} />}>
            Download PDF
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
