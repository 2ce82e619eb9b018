import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { isIsoDate } from '@ptp/shared';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { formatDate, formatDateRange } from '../../lib/dates';
import { FormAlert } from '../../components/FormAlert';
import { toApiError, type ApiError } from '../../lib/graphql-errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { RosterDocument } from '../cohorts/operations';
import { CohortOptionsDocument, SiteOptionsDocument } from '../review/operations';
import { CreatePlacementDocument, PlacementsDocument, PlacementSiteDocument } from './operations';
import { EnrollmentHoursDocument } from '../hours/operations';
import { SiteDocument, SitesDocument } from '../sites/operations';

const isoDate = (label: string) => z.string().min(1, `Enter the ${label}`).refine(isIsoDate, `Enter the ${label} as a valid date`);

const schema = z
  .object({
    cohortId: z.string().min(1, 'Choose the cohort'),
    enrollmentId: z.string().min(1, 'Choose the student'),
    siteId: z.string().min(1, 'Choose the site'),
    preceptorId: z.string().min(1, 'Choose the preceptor'),
    startDate: isoDate('start date'),
    endDate: isoDate('end date'),
    plannedHours: z
      .string()
      .min(1, 'Enter the planned hours')
      .refine((v) => Number.isFinite(Number(v)) && Number(v) > 0 && Number(v) <= 2000, 'Enter a number of hours above 0'),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The placement must end on or after it starts' });
    }
  });
type PlacementValues = z.infer<typeof schema>;
const FIELDS = ['enrollmentId', 'siteId', 'preceptorId', 'startDate', 'endDate', 'plannedHours'] as const;

interface CreatePlacementModalProps {
  opened: boolean;
  onClose: () => void;
  /** Preselected from the list's filters. */
  defaults?: { cohortId?: string | null; siteId?: string | null };
}

export function CreatePlacementModal({ opened, onClose, defaults }: CreatePlacementModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New placement" size="lg">
      <CreatePlacementForm onClose={onClose} defaults={defaults} />
    </Modal>
  );
}

const ROSTER_ORDER = { field: 'NAME', direction: 'ASC' } as const;

function CreatePlacementForm({ onClose, defaults }: Omit<CreatePlacementModalProps, 'opened'>) {
  const [createPlacement] = useMutation(CreatePlacementDocument, {
    refetchQueries: [PlacementsDocument, EnrollmentHoursDocument, SitesDocument, SiteDocument],
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<PlacementValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      cohortId: defaults?.cohortId ?? '',
      enrollmentId: '',
      siteId: defaults?.siteId ?? '',
      preceptorId: '',
      startDate: '',
      endDate: '',
      plannedHours: '',
    },
  });
  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS });
  // The API explains refusals (site full, agreement, externship window) in words: always show them,
  // also when their parts found their inputs.
  const showRefusal = { onError: (error: ApiError) => error.message };
  const cohortId = watch('cohortId');
  const siteId = watch('siteId');

  const cohorts = useQuery(CohortOptionsDocument);
  const sites = useQuery(SiteOptionsDocument);
  const roster = useQuery(
    RosterDocument,
    cohortId
      ? { variables: { first: 100, after: null, filter: { cohortId, search: null, statuses: null }, orderBy: ROSTER_ORDER } }
      : skipToken,
  );
  const site = useQuery(PlacementSiteDocument, siteId ? { variables: { id: siteId } } : skipToken);
  const chosenSite = siteId ? site.data?.site : undefined;

  const onSubmit = handleSubmit(async ({ cohortId: _cohort, plannedHours, ...values }) => {
    await submit(async () => {
      const { data } = await createPlacement({ variables: { input: { ...values, plannedHours: Number(plannedHours) } } });
      const gaps = data?.createPlacement.complianceGaps ?? [];
      const placed = data
        ? `${data.createPlacement.enrollment.student.fullName} at ${data.createPlacement.site.name}, ${formatDateRange(values.startDate, values.endDate)}.`
        : 'The placement was created.';
      notifications.show(
        gaps.length
          ? {
              color: 'orange',
              title: 'Student placed, not compliance-cleared through the end',
              message: `${placed} Your program allows this with a flag: ${gaps.join('; ')}. The flag clears once current records are verified.`,
              autoClose: false,
            }
          : { color: 'green', title: 'Student placed', message: placed },
      );
      onClose();
    }, showRefusal);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <FormAlert title="The student was not placed" message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="cohortId"
            render={({ field }) => (
              <Select
                label="Cohort"
                required
                searchable
                placeholder={cohorts.loading ? 'Loading cohorts…' : 'Choose the cohort'}
                data={cohorts.data?.cohorts.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` })) ?? []}
                value={field.value || null}
                onChange={(value) => {
                  field.onChange(value ?? '');
                  setValue('enrollmentId', '');
                }}
                onBlur={field.onBlur}
                error={errors.cohortId?.message ?? (cohorts.error ? toApiError(cohorts.error).message : undefined)}
              />
            )}
          />
          <Controller
            control={control}
            name="enrollmentId"
            render={({ field }) => (
              <Select
                label="Student"
                required
                searchable
                disabled={!cohortId}
                placeholder={!cohortId ? 'Choose the cohort first' : roster.loading ? 'Loading the roster…' : 'Choose the student'}
                data={
                  roster.data?.enrollments.edges.map(({ node }) => ({
                    value: node.id,
                    label: `${node.student.fullName} (${node.student.studentNumber})`,
                  })) ?? []
                }
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.enrollmentId?.message ?? (roster.error ? toApiError(roster.error).message : undefined)}
              />
            )}
          />
          <Controller
            control={control}
            name="siteId"
            render={({ field }) => (
              <Select
                label="Site"
                required
                searchable
                placeholder={sites.loading ? 'Loading sites…' : 'Choose the site'}
                data={sites.data?.sites.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
                value={field.value || null}
                onChange={(value) => {
                  field.onChange(value ?? '');
                  setValue('preceptorId', '');
                }}
                onBlur={field.onBlur}
                error={errors.siteId?.message ?? (sites.error ? toApiError(sites.error).message : undefined)}
              />
            )}
          />
          <Controller
            control={control}
            name="preceptorId"
            render={({ field }) => (
              <Select
                label="Preceptor"
                required
                disabled={!siteId}
                placeholder={
                  !siteId
                    ? 'Choose the site first'
                    : site.loading
                      ? 'Loading preceptors…'
                      : chosenSite && chosenSite.preceptors.length === 0
                        ? 'This site has no preceptors yet'
                        : 'Choose the preceptor'
                }
                data={chosenSite?.preceptors.map((p) => ({ value: p.id, label: p.user.displayName })) ?? []}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={errors.preceptorId?.message ?? (site.error ? toApiError(site.error).message : undefined)}
              />
            )}
          />
        </SimpleGrid>
        {chosenSite && (
          <Text size="sm" c="dimmed">
            Agreement {formatDate(chosenSite.agreementStartDate)} to {formatDate(chosenSite.agreementEndDate)} · takes{' '}
            {chosenSite.capacity} student{chosenSite.capacity === 1 ? '' : 's'} at a time
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" label="Start date" required error={errors.startDate?.message} {...register('startDate')} />
          <TextInput type="date" label="End date" required error={errors.endDate?.message} {...register('endDate')} />
          <TextInput
            type="number"
            label="Planned hours"
            required
            min={1}
            step="0.5"
            error={errors.plannedHours?.message}
            {...register('plannedHours')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Create placement
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
