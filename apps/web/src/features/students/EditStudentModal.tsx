import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@ptp/shared';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { StudentDetailQuery } from '../../gql/graphql';
import { UpdateStudentDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';
import { DialogActions } from '../../components/DialogActions';

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
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ProfileValues>({
    resolver: zodResolver(schema),
    defaultValues: { firstName: student.firstName, lastName: student.lastName, email: student.email, phone: student.phone ?? '' },
  });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  const onSubmit = handleSubmit(async ({ phone, ...values }) => {
    await submit(async () => {
      await updateStudent({ variables: { input: { id: student.id, ...values, phone: phone || null } } });
      notifications.show({ color: 'green', title: 'Profile saved', message: 'The student’s details were updated.' });
      onClose();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The profile was not saved" message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="First name" required error={errors.firstName?.message} {...register('firstName')} />
          <TextInput label="Last name" required error={errors.lastName?.message} {...register('lastName')} />
          <TextInput label="Email" type="email" required error={errors.email?.message} {...register('email')} />
          <TextInput label="Phone" type="tel" description="Optional" error={errors.phone?.message} {...register('phone')} />
        </SimpleGrid>
        <DialogActions onCancel={onClose} submitLabel="Save" loading={isSubmitting} />
      </Stack>
    </form>
  );
}
