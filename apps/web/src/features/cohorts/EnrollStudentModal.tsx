import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, isIsoDate } from '@ptp/shared';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { todayIso } from '../../lib/dates';
import { CohortDocument, EnrollStudentDocument, RosterDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

const schema = z.object({
  firstName: z.string().trim().min(1, 'Enter the first name').max(LIMITS.nameMax),
  lastName: z.string().trim().min(1, 'Enter the last name').max(LIMITS.nameMax),
  email: z.string().trim().min(1, 'Enter an email address').max(LIMITS.emailMax).email('Enter a valid email address'),
  studentNumber: z.string().trim().min(1, 'Enter the student number').max(LIMITS.studentNumberMax),
  phone: z.string().trim().max(40),
  enrolledOn: z.string().refine(isIsoDate, 'Enter the enrollment date'),
});
type EnrollValues = z.infer<typeof schema>;
const FIELDS = ['firstName', 'lastName', 'email', 'studentNumber', 'phone', 'enrolledOn'] as const;

interface EnrollStudentModalProps {
  cohortId: string;
  opened: boolean;
  onClose: () => void;
}

export function EnrollStudentModal({ cohortId, opened, onClose }: EnrollStudentModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Enroll student" size="lg">
      <EnrollStudentForm cohortId={cohortId} onClose={onClose} />
    </Modal>
  );
}

function EnrollStudentForm({ cohortId, onClose }: Omit<EnrollStudentModalProps, 'opened'>) {
  const [enroll] = useMutation(EnrollStudentDocument, { refetchQueries: [RosterDocument, CohortDocument] });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EnrollValues>({
    resolver: zodResolver(schema),
    defaultValues: { firstName: '', lastName: '', email: '', studentNumber: '', phone: '', enrolledOn: todayIso() },
  });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  const onSubmit = handleSubmit(async ({ phone, ...values }) => {
    await submit(async () => {
      const { data } = await enroll({ variables: { input: { cohortId, ...values, phone: phone || null } } });
      notifications.show({
        color: 'green',
        title: 'Student enrolled',
        message: `${data?.enrollStudent.student.fullName ?? `${values.firstName} ${values.lastName}`} is on the roster.`,
      });
      onClose();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The student was not enrolled" message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required autoComplete="off" error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" required autoComplete="off" error={errors.lastName?.message} {...register('lastName')} />
          <TextInput label="Email" type="email" required autoComplete="off" error={errors.email?.message} {...register('email')} />
          <TextInput label="Student number" required autoComplete="off" error={errors.studentNumber?.message} {...register('studentNumber')} />
          <TextInput label="Phone" type="tel" description="Optional" error={errors.phone?.message} {...register('phone')} />
          <TextInput label="Enrolled on" type="date" required error={errors.enrolledOn?.message} {...register('enrolledOn')} />
        </SimpleGrid>
        <DialogActions onCancel={onClose} submitLabel="Enroll student" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
