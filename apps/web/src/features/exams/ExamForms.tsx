import { useMutation, useQuery } from '@apollo/client/react';
import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CREDENTIAL_KIND_LABELS, EXAM_RESULT_LABELS, isIsoDate, type CredentialKind, type ExamResult } from '@ptp/shared';
import { useForm } from 'react-hook-form';
import { todayIso } from '../../lib/dates';
import { toApiError } from '../../lib/graphql-errors';
import { AddCredentialDocument, EXAM_QUERIES, ExamOptionsDocument, RecordExamAttemptDocument, RecordExamResultDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';

const RESULT_OPTIONS = [
  { value: '', label: 'Work out from the score' },
  ...(Object.keys(EXAM_RESULT_LABELS) as ExamResult[]).map((value) => ({ value, label: EXAM_RESULT_LABELS[value] })),
];


/** Optional whole number; '' → null. */
function parseScore(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}
const scoreRule = (value: string) => value.trim() === '' || /^\d+$/.test(value.trim()) || 'Enter the scaled score as a whole number';

interface AttemptValues {
  examId: string;
  takenOn: string;
  result: string;
  scaledScore: string;
}
const ATTEMPT_FIELDS = ['examId', 'takenOn', 'result', 'scaledScore'] as const;

export function RecordAttemptForm({ enrollmentId, onDone, onCancel }: { enrollmentId: string; onDone: () => void; onCancel: () => void }) {
  const exams = useQuery(ExamOptionsDocument);
  const [record] = useMutation(RecordExamAttemptDocument, { refetchQueries: EXAM_QUERIES });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AttemptValues>({ defaultValues: { examId: '', takenOn: todayIso(), result: '', scaledScore: '' } });
  const options = (exams.data?.exams ?? []).filter((exam) => exam.active).map((exam) => ({ value: exam.id, label: `${exam.code} · ${exam.name}` }));

  const { formError, submit } = useFormSubmit({ setError, fields: ATTEMPT_FIELDS });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const scaledScore = parseScore(values.scaledScore);
      if (!values.result && scaledScore === null) {
        setError('result', { message: 'Choose a result, or enter the score to work it out' });
        return;
      }
      await record({
        variables: {
          input: {
            enrollmentId,
            examId: values.examId,
            takenOn: values.takenOn,
            result: values.result ? (values.result as ExamResult) : null,
            scaledScore,
          },
        },
      });
      notifications.show({ color: 'green', title: 'Attempt recorded', message: 'The exam standing was updated.' });
      onDone();
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <FormAlert title="The attempt was not recorded" message={formError} />
        {exams.error && !exams.data && <FormAlert title="Could not load the exams" message={toApiError(exams.error).message} />}
        <NativeSelect
          label="Exam"
          required
          data={[{ value: '', label: exams.loading ? 'Loading exams…' : 'Choose the exam' }, ...options]}
          error={errors.examId?.message}
          {...register('examId', { required: 'Choose the exam' })}
        />
        <TextInput
          type="date"
          label="Date of the sitting"
          required
          description="Scheduled date, or the day it was taken."
          error={errors.takenOn?.message}
          {...register('takenOn', { validate: (v) => isIsoDate(v) || 'Enter the date of the sitting' })}
        />
        <NativeSelect label="Result" data={RESULT_OPTIONS} error={errors.result?.message} {...register('result')} />
        <TextInput
          label="Scaled score"
          inputMode="numeric"
          description="With a score and no result, pass or fail follows from the pass mark."
          error={errors.scaledScore?.message}
          {...register('scaledScore', { validate: scoreRule })}
        />
        <DialogActions onCancel={onCancel} submitLabel="Record attempt" loading={isSubmitting} />
      </Stack>
    </form>
  );
}

interface ResultValues {
  result: string;
  scaledScore: string;
}

export function RecordResultForm({ attemptId, onDone, onCancel }: { attemptId: string; onDone: () => void; onCancel: () => void }) {
  const [recordResult] = useMutation(RecordExamResultDocument, { refetchQueries: EXAM_QUERIES });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ResultValues>({ defaultValues: { result: '', scaledScore: '' } });

  const { formError, submit } = useFormSubmit({ setError, fields: ['result', 'scaledScore'] });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const scaledScore = parseScore(values.scaledScore);
      if (!values.result && scaledScore === null) {
        setError('result', { message: 'Choose a result, or enter the score to work it out' });
        return;
      }
      await recordResult({ variables: { input: { attemptId, result: values.result ? (values.result as ExamResult) : null, scaledScore } } });
      notifications.show({ color: 'green', title: 'Result recorded', message: 'The exam standing was updated.' });
      onDone();
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <FormAlert title="The result was not recorded" message={formError} />
        <NativeSelect
          label="Result"
          data={RESULT_OPTIONS.filter((o) => o.value !== 'SCHEDULED')}
          error={errors.result?.message}
          {...register('result')}
        />
        <TextInput label="Scaled score" inputMode="numeric" error={errors.scaledScore?.message} {...register('scaledScore', { validate: scoreRule })} />
        <DialogActions onCancel={onCancel} submitLabel="Record result" loading={isSubmitting} />
      </Stack>
    </form>
  );
}

interface CredentialValues {
  kind: string;
  number: string;
  state: string;
  issuedOn: string;
  expiresOn: string;
}
const CREDENTIAL_FIELDS = ['kind', 'number', 'state', 'issuedOn', 'expiresOn'] as const;

export function AddCredentialForm({ studentId, onDone, onCancel }: { studentId: string; onDone: () => void; onCancel: () => void }) {
  const [add] = useMutation(AddCredentialDocument, { refetchQueries: EXAM_QUERIES });
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<CredentialValues>({ defaultValues: { kind: '', number: '', state: '', issuedOn: '', expiresOn: '' } });
  const kind = watch('kind');
  const needsState = kind !== '' && kind !== 'CPHT';

  const { formError, submit } = useFormSubmit({ setError, fields: CREDENTIAL_FIELDS });
  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      await add({
        variables: {
          input: {
            studentId,
            kind: values.kind as CredentialKind,
            number: values.number.trim(),
            state: needsState ? values.state.trim().toUpperCase() : null,
            issuedOn: values.issuedOn,
            expiresOn: values.expiresOn || null,
          },
        },
      });
      notifications.show({ color: 'green', title: 'Credential added', message: CREDENTIAL_KIND_LABELS[values.kind as CredentialKind] });
      onDone();
    });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack>
        <FormAlert title="The credential was not added" message={formError} />
        <NativeSelect
          label="Kind"
          required
          data={[
            { value: '', label: 'Choose the kind' },
            ...(Object.keys(CREDENTIAL_KIND_LABELS) as CredentialKind[]).map((value) => ({ value, label: CREDENTIAL_KIND_LABELS[value] })),
          ]}
          error={errors.kind?.message}
          {...register('kind', { required: 'Choose the kind of credential' })}
        />
        <TextInput label="Number" required error={errors.number?.message} {...register('number', { validate: (v) => v.trim() !== '' || 'Enter the credential number' })} />
        {needsState && (
          <TextInput
            label="State"
            required
            maxLength={2}
            description="Two-letter code, e.g. TX."
            error={errors.state?.message}
            {...register('state', { validate: (v) => /^[A-Za-z]{2}$/.test(v.trim()) || 'Enter the two-letter state code' })}
          />
        )}
        <TextInput type="date" label="Issued on" required error={errors.issuedOn?.message} {...register('issuedOn', { validate: (v) => isIsoDate(v) || 'Enter the issue date' })} />
        <TextInput
          type="date"
          label="Expires on"
          error={errors.expiresOn?.message}
          {...register('expiresOn', { validate: (v, all) => !v || v > all.issuedOn || 'The expiry date must be after the issue date' })}
        />
        <DialogActions onCancel={onCancel} submitLabel="Add credential" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
