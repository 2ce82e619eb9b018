import { useMutation } from '@apollo/client/react';
import { Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isIsoDate } from '@ptp/shared';
import { IconUpload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { todayIso } from '../../lib/dates';
import { COMPLIANCE_QUERIES, SubmitComplianceRecordDocument } from './operations';
import { DOCUMENT_ACCEPT, UploadError, checkDocumentFile, uploadDocument } from './upload';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

interface UploadValues {
  completedOn: string;
  expiresOn: string;
}
const FIELDS = ['completedOn', 'expiresOn'] as const;

interface ComplianceUploadFormProps {
  enrollmentId: string;
  item: { id: string; name: string };
  onDone: () => void;
  onCancel: () => void;
}

/** Uploads the document (multipart), then records the submission with the document's id. */
export function ComplianceUploadForm({ enrollmentId, item, onDone, onCancel }: ComplianceUploadFormProps) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [submitRecord] = useMutation(SubmitComplianceRecordDocument, { refetchQueries: COMPLIANCE_QUERIES });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<UploadValues>({ defaultValues: { completedOn: '', expiresOn: '' } });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  // A refused upload is about the file: it goes beside the file input.
  const onUploadError = (_: unknown, cause: unknown) => {
    if (!(cause instanceof UploadError)) return undefined;
    setFileError(cause.message);
    return null;
  };
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const problem = checkDocumentFile(file);
      if (problem || !file) {
        setFileError(problem);
        return;
      }
      const document = await uploadDocument(enrollmentId, file);
      await submitRecord({
        variables: {
          input: {
            enrollmentId,
            itemId: item.id,
            completedOn: values.completedOn,
            expiresOn: values.expiresOn || null,
            documentId: document.id,
          },
        },
      });
      notifications.show({ color: 'green', title: 'Document submitted', message: `${item.name} is waiting for review.` });
      onDone();
    }, { onError: onUploadError });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`Upload ${item.name}`}>
      <Stack>
        <FormAlert title="The document was not submitted" message={formError} />
        <Input.Wrapper
          id={fileId}
          label="Document"
          required
          description="PDF, JPEG or PNG, up to 10 MB."
          error={fileError}
        >
          <input
            id={fileId}
            type="file"
            accept={DOCUMENT_ACCEPT}
            aria-invalid={fileError ? true : undefined}
            style={{ display: 'block', marginTop: 4 }}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setFileError(null);
            }}
            data-autofocus
          />
        </Input.Wrapper>
        <TextInput
          type="date"
          label="Completed on"
          required
          description="The day the test was taken, the card issued, the training finished…"
          max={todayIso()}
          error={errors.completedOn?.message}
          {...register('completedOn', {
            validate: (value) => (isIsoDate(value) ? true : 'Enter the date it was completed'),
          })}
        />
        <TextInput
          type="date"
          label="Expires on"
          description="Optional: leave empty to use the item's usual validity."
          error={errors.expiresOn?.message}
          {...register('expiresOn', {
            validate: (value, all) =>
              !value || (isIsoDate(value) && (!all.completedOn || value > all.completedOn))
                ? true
                : 'The expiry date must be after the completion date',
          })}
        />
        <Text size="xs" c="dimmed">
          An instructor reviews the document before the item counts as valid.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" leftSection={<IconUpload size={16} />} loading={isSubmitting}>
            Upload
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
