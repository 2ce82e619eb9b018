import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { StudentDetailQuery } from '../../gql/graphql';
import { applyFieldErrors, toApiError } from '../../lib/graphql-errors';
import { UpdateStudentDocument } from './operations';

const schema = z.object({
  firstName: z.string().trim().min(1, 'Enter the first name').max(LIMITS.nameMax),
  lastName: z.string().trim().min(1, 'Enter the last name').max(LIMITS.nameMax),
  email: z.string().trim().min(1, 'Enter an email address').max(LIMITS.emailMax).email('Enter a valid email address'),
  phone: z.string().trim().max(40),
});
type ProfileValues = z.infer<typeof schema>;
const FIELDS = ['firstName', 'lastName', 'email', 'phone'] as const;

type Student = Pick<StudentDetailQuery['student'], 'id' | 'firstName' | 'lastName' | 'email' | 'phone'>;

export function EditStudentModal({ student, opened, onClose }: { student: Student; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit profile" size="lg">
      <EditStudentForm student={student} onClose={onClose} />
    </Modal>
  );
}

function EditStudentForm({ student, onClose }: { student: Student; onClose: () => void }) {
  // The mutation returns the updated student, so the cache refreshes the page by itself.
  const [updateStudent] = useMutation(UpdateStudentDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProfileValues>({
    resolver: zodResolver(schema),
    defaultValues: { firstName: student.firstName, lastName: student.lastName, email: student.email, phone: student.phone ?? '' },
  });

  const onSubmit = handleSubmit(async ({ phone, ...values }) => {
    setFormError(null);
    try {
      await updateStudent({ variables: { input: { id: student.id, ...values, phone: phone || null } } });
      notifications.show({ color: 'green', title: 'Profile saved', message: 'The student’s details were updated.' });
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
          <Alert color="red" role="alert" title="The profile was not saved">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" required error={errors.lastName?.message} {...register('lastName')} />
          <TextInput label="Email" type="email" required error={errors.email?.message} {...register('email')} />
          <TextInput label="Phone" type="tel" description="Optional" error={errors.phone?.message} {...register('phone')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
