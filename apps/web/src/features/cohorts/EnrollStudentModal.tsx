import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS, isIsoDate } from '@ptp/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { todayIso } from '../../lib/dates';
import { applyFieldErrors, toApiError } from '../../lib/graphql-errors';
import { CohortDocument, EnrollStudentDocument, RosterDocument } from './operations';

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
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EnrollValues>({
    resolver: zodResolver(schema),
    defaultValues: { firstName: '', lastName: '', email: '', studentNumber: '', phone: '', enrolledOn: todayIso() },
  });

  const onSubmit = handleSubmit(async ({ phone, ...values }) => {
    setFormError(null);
    try {
      const { data } = await enroll({ variables: { input: { cohortId, ...values, phone: phone || null } } });
      notifications.show({
        color: 'green',
        title: 'Student enrolled',
        message: `${data?.enrollStudent.student.fullName ?? `${values.firstName} ${values.lastName}`} is on the roster.`,
      });
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyFieldErrors(setError, apiError, FIELDS);
      if (apiError.fields.length === 0 || unmatched.length > 0) setFormError(apiError.message);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert" title="The student was not enrolled">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required autoComplete="off" error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" required autoComplete="off" error={errors.lastName?.message} {...register('lastName')} />
          <TextInput label="Email" type="email" required autoComplete="off" error={errors.email?.message} {...register('email')} />
          <TextInput label="Student number" required autoComplete="off" error={errors.studentNumber?.message} {...register('studentNumber')} />
          <TextInput label="Phone" type="tel" description="Optional" error={errors.phone?.message} {...register('phone')} />
          <TextInput label="Enrolled on" type="date" required error={errors.enrolledOn?.message} {...register('enrolledOn')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Enroll student
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
