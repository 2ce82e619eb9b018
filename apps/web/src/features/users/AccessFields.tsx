import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { ROLE_SCOPE } from '@ptp/shared';
import { Controller, useFormContext } from 'react-hook-form';
import { toApiError } from '../../lib/graphql-errors';
import { ProgramMultiSelect } from '../programs/ProgramSelect';
import { CohortOptionsDocument, SiteOptionsDocument } from '../review/operations';
import { STAFF_ROLE_OPTIONS, type AccessValues } from './access';

/**
 * The role and, once it is chosen, the scope that role needs. Each scope field loads its own
 * choices, so only the list the role needs is fetched. Used under a react-hook-form FormProvider.
 */
export function AccessFields({ roleDescription }: { roleDescription?: string }) {
  const {
    control,
    watch,
    formState: { errors },
  } = useFormContext<AccessValues>();
  const role = watch('role');

  return (
    <Stack>
      <Controller
        control={control}
        name="role"
        render={({ field }) => (
          <Select
            label="Role"
            required
            description={roleDescription}
            placeholder="Choose the role"
            data={STAFF_ROLE_OPTIONS}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            allowDeselect={false}
            error={errors.role?.message}
          />
        )}
      />
      {role === 'ADMIN' && <ProgramsField />}
      {role === 'INSTRUCTOR' && <CohortsField />}
      {role === 'PRECEPTOR' && <PreceptorFields />}
    </Stack>
  );
}

function ProgramsField() {
  const { control, formState } = useFormContext<AccessValues>();
  return (
    <Controller
      control={control}
      name="programIds"
      render={({ field }) => (
        <ProgramMultiSelect
          label={ROLE_SCOPE.ADMIN.label}
          required
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={formState.errors.programIds?.message}
        />
      )}
    />
  );
}

function CohortsField() {
  const { control, formState } = useFormContext<AccessValues>();
  const cohorts = useQuery(CohortOptionsDocument);
  return (
    <Controller
      control={control}
      name="cohortIds"
      render={({ field }) => (
        <MultiSelect
          label={ROLE_SCOPE.INSTRUCTOR.label}
          required
          searchable
          placeholder={cohorts.loading ? 'Loading cohorts…' : 'Choose cohorts'}
          data={cohorts.data?.cohorts.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` })) ?? []}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={formState.errors.cohortIds?.message ?? (cohorts.error ? toApiError(cohorts.error).message : undefined)}
        />
      )}
    />
  );
}

function PreceptorFields() {
  const { control, register, formState } = useFormContext<AccessValues>();
  const { errors } = formState;
  const sites = useQuery(SiteOptionsDocument);
  return (
    <>
      <Controller
        control={control}
        name="siteId"
        render={({ field }) => (
          <Select
            label={ROLE_SCOPE.PRECEPTOR.label}
            required
            searchable
            placeholder={sites.loading ? 'Loading sites…' : 'Choose the site'}
            data={sites.data?.sites.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            error={errors.siteId?.message ?? (sites.error ? toApiError(sites.error).message : undefined)}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="License number" required error={errors.licenseNumber?.message} {...register('licenseNumber')} />
        <TextInput type="date" label="License expires on" required error={errors.licenseExpiresOn?.message} {...register('licenseExpiresOn')} />
      </SimpleGrid>
    </>
  );
}
