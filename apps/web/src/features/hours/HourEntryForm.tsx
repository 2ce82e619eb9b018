import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ENTRY_TOO_LONG_MESSAGE,
  HourComponent,
  LIMITS,
  MAX_ENTRY_MINUTES,
  clockedEditRule,
  PRACTICE_SETTING_LABELS,
  isIsoDate,
  patientIdentifierWarning,
} from '@ptp/shared';
import { IconClockHour4, IconShieldExclamation } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormAlert } from '../../components/FormAlert';
import type { HourEntryRowFragment, PlacementSummaryFragment } from '../../gql/graphql';
import { formatDate, formatDateRange, todayIso } from '../../lib/dates';
import { hasErrorCode, type ApiError } from '../../lib/graphql-errors';
import { formatDuration, formatHours, formatTimeRange, localDateOf, localInstant, localTimeOf, minutesBetween } from '../../lib/hours';
import { useFormSubmit } from '../../lib/use-form-submit';
import { HOUR_COMPONENT_LABELS } from '../programs/labels';
import { EnrollmentHoursDocument, LogHoursDocument, MyHourEntriesDocument, UpdateHourEntryDocument } from './operations';
import { ReviewQueueDocument } from '../review/operations';

const COMPONENT_OPTIONS = Object.values(HourComponent).map((value) => ({ value, label: HOUR_COMPONENT_LABELS[value] }));
const isComponent = (value: string): value is HourComponent => value in HOUR_COMPONENT_LABELS;

export const END_BEFORE_START = 'The end time must be after the start time.';
export const EDIT_REASON_REQUIRED = 'Say why the clocked times changed';
export const TOO_LONG = ENTRY_TOO_LONG_MESSAGE;

/** The entry's clocked times (null: logged by hand), for the edit-reason rule. */
type ClockedTimes = Pick<HourEntryRowFragment, 'clockedStartedAt' | 'clockedEndedAt' | 'startedAt' | 'endedAt'>;

const minuteOf = (iso: string) => Math.floor(new Date(iso).getTime() / 60000);

/**
 * The form holds minutes; a time left as the form showed it keeps the seconds of the entry's
 * (or the clock's) instant, so an edit of the note alone does not move a clocked time.
 */
function keepSeconds(instant: Date, ...originals: (string | null | undefined)[]): string {
  const iso = instant.toISOString();
  return originals.find((o): o is string => !!o && minuteOf(o) === minuteOf(iso)) ?? iso;
}

/** The instants the values give, or null while incomplete. */
function instantsOf(entry: ClockedTimes | undefined, v: Pick<HourEntryValues, 'date' | 'startTime' | 'endTime'>) {
  const start = localInstant(v.date, v.startTime);
  const end = localInstant(v.date, v.endTime);
  if (!start || !end) return null;
  return { startedAt: keepSeconds(start, entry?.startedAt, entry?.clockedStartedAt), endedAt: keepSeconds(end, entry?.endedAt, entry?.clockedEndedAt) };
}

/** Whether saving these values would move a clocked entry's times off the clock (clockedEditRule). */
export function needsEditReason(entry: ClockedTimes | undefined, v: Pick<HourEntryValues, 'date' | 'startTime' | 'endTime'>): boolean {
  const next = instantsOf(entry, v);
  if (!entry || !next) return false;
  return clockedEditRule({ ...entry, newStartedAt: next.startedAt, newEndedAt: next.endedAt }) === 'REQUIRED';
}

const schemaFor = (entry?: ClockedTimes) => z
  .object({
    component: z.string().min(1, 'Choose what kind of hours these are'),
    placementId: z.string(),
    date: z.string().min(1, 'Enter the date').refine(isIsoDate, 'Enter a valid date'),
    startTime: z.string().regex(/^\d{2}:\d{2}$/, 'Enter the start time'),
    endTime: z.string().regex(/^\d{2}:\d{2}$/, 'Enter the end time'),
    activityNote: z
      .string()
      .trim()
      .min(1, 'Describe what you did')
      .max(LIMITS.noteMax, `Keep the note under ${LIMITS.noteMax} characters`),
    editReason: z.string().max(LIMITS.noteMax, `Keep the reason under ${LIMITS.noteMax} characters`),
  })
  .superRefine((v, ctx) => {
    if (needsEditReason(entry, v) && !v.editReason.trim()) {
      ctx.addIssue({ code: 'custom', path: ['editReason'], message: EDIT_REASON_REQUIRED });
    }
    if (v.component === 'EXPERIENTIAL' && !v.placementId) {
      ctx.addIssue({ code: 'custom', path: ['placementId'], message: 'Choose the placement these hours were at' });
    }
    const minutes = durationOf(v);
    if (minutes === null) return;
    if (minutes <= 0) ctx.addIssue({ code: 'custom', path: ['endTime'], message: END_BEFORE_START });
    else if (minutes > MAX_ENTRY_MINUTES) ctx.addIssue({ code: 'custom', path: ['endTime'], message: TOO_LONG });
  });
type HourEntryValues = z.infer<ReturnType<typeof schemaFor>>;

const FIELDS = ['component', 'placementId', 'startTime', 'endTime', 'activityNote', 'editReason'] as const;
/** The API names instants; the form splits them into a date and two times. */
const API_NAMES = { startedAt: 'startTime', endedAt: 'endTime' } as const;
const CHANGED = 'This entry changed since you opened it; reload to see the latest version.';

function durationOf(v: Pick<HourEntryValues, 'date' | 'startTime' | 'endTime'>): number | null {
  const start = localInstant(v.date, v.startTime);
  const end = localInstant(v.date, v.endTime);
  return start && end ? minutesBetween(start, end) : null;
}

function placementLabel(p: PlacementSummaryFragment): string {
  return `${p.site.name} · ${formatDateRange(p.startDate, p.endDate)}`;
}

/** The placement the date falls in, if exactly one does. */
function placementOn(placements: readonly PlacementSummaryFragment[], date: string): string {
  const covering = placements.filter((p) => p.startDate <= date && date <= p.endDate);
  return covering.length === 1 ? (covering[0]?.id ?? '') : placements.length === 1 ? (placements[0]?.id ?? '') : '';
}

export interface HourEntryFormProps {
  enrollmentId: string;
  placements: readonly PlacementSummaryFragment[];
  /** Editing an existing entry (a SUBMITTED or NEEDS_INFO one); otherwise logs a new one. */
  entry?: HourEntryRowFragment;
  /** Staff logging on a student's behalf: the student's name, for the messages. */
  onBehalfOf?: string;
  /** Called after the server accepted the entry. */
  onSaved?: () => void;
  onCancel?: () => void;
  /** Editing: reload the list after a CONFLICT. */
  onReload?: () => void;
}

/**
 * Log (or edit) one shift: date and times in the browser's zone become instants; the duration is
 * computed as you type; the API has the last word (overlaps, future, outside the placement).
 */
export function HourEntryForm({ enrollmentId, placements, entry, onBehalfOf, onSaved, onCancel, onReload }: HourEntryFormProps) {
  const refetchQueries = [MyHourEntriesDocument, EnrollmentHoursDocument, ReviewQueueDocument];
  const [logHours] = useMutation(LogHoursDocument, { refetchQueries });
  const [updateHourEntry] = useMutation(UpdateHourEntryDocument, { refetchQueries });
  const [conflict, setConflict] = useState(false);
  const today = todayIso();
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<HourEntryValues>({
    resolver: zodResolver(useMemo(() => schemaFor(entry), [entry])),
    defaultValues: entry
      ? {
          component: entry.component,
          placementId: entry.placementId ?? '',
          date: localDateOf(entry.startedAt),
          startTime: localTimeOf(entry.startedAt),
          endTime: localTimeOf(entry.endedAt),
          activityNote: entry.activityNote,
          editReason: entry.editReason ?? '',
        }
      : { component: '', placementId: placementOn(placements, today), date: today, startTime: '', endTime: '', activityNote: '', editReason: '' },
  });

  const component = watch('component');
  const placementId = watch('placementId');
  const placement = placements.find((p) => p.id === placementId);
  const duration = durationOf({ date: watch('date'), startTime: watch('startTime'), endTime: watch('endTime') });
  const noteWarning = patientIdentifierWarning(watch('activityNote'));
  const resubmit = entry?.status === 'NEEDS_INFO';
  const askReason = needsEditReason(entry, { date: watch('date'), startTime: watch('startTime'), endTime: watch('endTime') });

  const { formError, submit } = useFormSubmit({ setError, fields: FIELDS, renamedFields: API_NAMES });
  // Someone reviewed or changed the entry meanwhile: say so and offer a reload. Otherwise always show
  // the server's own words: they say why (overlap, in the future, outside the placement).
  const onRefusal = (error: ApiError, cause: unknown) => {
    const changed = hasErrorCode(cause, 'CONFLICT');
    setConflict(changed);
    return changed ? CHANGED : error.message;
  };

  const onSubmit = handleSubmit(async (values) => {
    await submit(async () => {
      const start = localInstant(values.date, values.startTime);
      const end = localInstant(values.date, values.endTime);
      if (!start || !end || !isComponent(values.component)) return;
      const fields = {
        component: values.component,
        placementId: values.component === 'EXPERIENTIAL' ? values.placementId : null,
        ...(instantsOf(entry, values) ?? { startedAt: start.toISOString(), endedAt: end.toISOString() }),
        activityNote: values.activityNote.trim(),
      };
      const minutes = minutesBetween(start, end);
      if (entry) {
        const editReason = needsEditReason(entry, values) ? { editReason: values.editReason.trim() } : {};
        await updateHourEntry({ variables: { input: { id: entry.id, version: entry.version, ...fields, ...editReason } } });
        notifications.show({
          color: 'green',
          title: resubmit ? 'Entry resubmitted' : 'Entry updated',
          message: `${formatDuration(minutes)} on ${formatDate(values.date)} is waiting for review.`,
        });
      } else {
        await logHours({ variables: { input: { enrollmentId, ...fields } } });
        notifications.show({
          color: 'green',
          title: onBehalfOf ? `Hours logged for ${onBehalfOf}` : 'Hours logged',
          message: `${formatDuration(minutes)} on ${formatDate(values.date)} is waiting for review.`,
        });
        // Ready for the next shift: keep the kind of hours and the placement.
        reset({ ...values, startTime: '', endTime: '', activityNote: '' });
      }
      onSaved?.();
    }, { onError: onRefusal });
  });

  const action = entry ? (resubmit ? 'Resubmit' : 'Save changes') : 'Log hours';

  return (
    <form onSubmit={onSubmit} noValidate aria-label={entry ? 'Edit hour entry' : 'Log hours'}>
      <Stack>
        <FormAlert title={entry ? 'The entry was not saved' : 'The hours were not logged'} message={formError}>
          {conflict && onReload && (
            <Group mt="sm">
              <Button size="xs" variant="white" color="red" onClick={onReload}>
                Reload
              </Button>
            </Group>
          )}
        </FormAlert>
        <Controller
          control={control}
          name="component"
          render={({ field }) => (
            <Select
              label="Kind of hours"
              required
              placeholder="Choose one"
              data={COMPONENT_OPTIONS}
              // Required: picking the chosen option again must not clear it (Mantine's default).
              allowDeselect={false}
              value={field.value || null}
              onChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={errors.component?.message}
            />
          )}
        />
        {component === 'EXPERIENTIAL' && (
          <Controller
            control={control}
            name="placementId"
            render={({ field }) => (
              <Select
                label="Placement"
                required
                placeholder={placements.length === 0 ? 'No placements yet' : 'Choose the site'}
                data={placements.map((p) => ({ value: p.id, label: placementLabel(p) }))}
                allowDeselect={false}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                disabled={placements.length === 0}
                description={
                  placement
                    ? `Setting: ${PRACTICE_SETTING_LABELS[placement.site.setting]}`
                    : placements.length === 0
                      ? 'Experiential hours are logged at a placement; ask your instructor to place you at a site.'
                      : undefined
                }
                error={errors.placementId?.message}
              />
            )}
          />
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput type="date" label="Date" required max={today} error={errors.date?.message} {...register('date')} />
          <TextInput type="time" label="Start time" required error={errors.startTime?.message} {...register('startTime')} />
          <TextInput type="time" label="End time" required error={errors.endTime?.message} {...register('endTime')} />
        </SimpleGrid>
        <Group gap={6} aria-live="polite">
          <IconClockHour4 size={18} aria-hidden />
          <Text size="sm" data-testid="entry-duration">
            {duration === null
              ? 'Duration: enter the start and end times'
              : duration <= 0
                ? 'Duration: —'
                : `Duration: ${formatDuration(duration)} (${formatHours(duration)})`}
          </Text>
        </Group>
        {askReason && entry?.clockedStartedAt && entry.clockedEndedAt && (
          <Textarea
            label="Reason for changing the clocked times"
            required
            description={`You clocked ${formatTimeRange(entry.clockedStartedAt, entry.clockedEndedAt)}. Your reviewer sees both times and this reason.`}
            autosize
            minRows={2}
            maxLength={LIMITS.noteMax}
            error={errors.editReason?.message}
            {...register('editReason')}
          />
        )}
        <Textarea
          label="Activity note"
          required
          description="What you did. Never include patient names, dates of birth or record numbers."
          autosize
          minRows={3}
          maxLength={LIMITS.noteMax}
          error={errors.activityNote?.message}
          {...register('activityNote')}
        />
        {noteWarning && (
          <Alert color="yellow" icon={<IconShieldExclamation />} role="status" title="Check this note">
            {noteWarning}
          </Alert>
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" loading={isSubmitting}>
            {action}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
