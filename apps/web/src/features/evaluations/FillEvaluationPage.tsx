import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { evaluationProblems, LIMITS, type EvaluationKind, type RatingScale } from '@ptp/shared';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmActionModal } from '../../components/ConfirmActionModal';
import { PageLoader } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import type { EvaluationFormFieldsFragment, EvaluationToFillQuery } from '../../gql/graphql';
import { formatDate, formatDateRange } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { EvaluationToFillDocument, MyEvaluationTasksDocument, SaveEvaluationDocument } from './operations';
import { SlotBadge } from './SlotBadge';
import { kindLabel, studentNameOf } from './slots';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

interface Answer {
  rating: number | null;
  comment: string;
  /** The comment box is open (always when the rating needs a comment). */
  commenting: boolean;
}

const KINDS: readonly string[] = ['MIDTERM', 'FINAL', 'SITE'];
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills an evaluation on any screen: one item at a time down the page, big touch targets, a draft kept on the server. */
export function FillEvaluationPage() {
  const { placementId = '', kind: kindParam = '' } = useParams();
  const kind = (KINDS.includes(kindParam) ? kindParam : 'MIDTERM') as EvaluationKind;
  usePageTitle(kindLabel(kind));
  const { data, loading, error, refetch } = useQuery(EvaluationToFillDocument, { variables: { placementId, kind }, fetchPolicy: 'network-only' });
  const toFill = data?.evaluationToFill;

  if (loading && !toFill) return <PageLoader label="Loading the evaluation" />;
  if (!toFill) return <QueryError error={error} what="the evaluation" onRetry={() => refetch()} />;
  return <EvaluationForm key={toFill.slot.evaluation?.id ?? 'new'} kind={kind} toFill={toFill} />;
}

type ToFill = EvaluationToFillQuery['evaluationToFill'];

function EvaluationForm({ kind, toFill }: { kind: EvaluationKind; toFill: ToFill }) {
  const navigate = useNavigate();
  const { slot, form } = toFill;
  const draft = slot.evaluation;
  const items = useMemo(() => form.sections.flatMap((s) => s.items), [form]);
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(items.map((item) => {
      const saved = draft?.answers.find((a) => a.itemId === item.id);
      return [item.id, { rating: saved?.rating ?? null, comment: saved?.comment ?? '', commenting: !!saved?.comment }];
    })),
  );
  const [comment, setComment] = useState(draft?.comment ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const { formError, submit } = useFormSubmit();
  const [confirming, setConfirming] = useState(false);
  const [save, { loading: saving }] = useMutation(SaveEvaluationDocument, { refetchQueries: [MyEvaluationTasksDocument] });
  const locked = slot.submitted;
  const subject = kind === 'SITE' ? slot.placement.site.name : studentNameOf(slot);

  const input = (submit: boolean) => ({
    placementId: slot.placementId,
    kind,
    submit,
    comment: comment.trim() || null,
    answers: items
      .filter((item) => answers[item.id].rating !== null || answers[item.id].comment.trim())
      .map((item) => ({ itemId: item.id, rating: answers[item.id].rating, comment: answers[item.id].comment.trim() || null })),
  });

  /** The same rule the API applies (libs/shared), shown beside each item before anything is sent. */
  function check(): boolean {
    const sent = input(true).answers;
    const found: Record<string, string> = {};
    for (const item of items) {
      const shape = { scale: form.scale as RatingScale, commentBelow: form.commentBelow, items: [item] };
      const message = evaluationProblems(shape, sent.filter((a) => a.itemId === item.id), true)[0];
      if (message) found[item.id] = capitalize(message.replace(/^Item 1 \([^)]*\): /, ''));
    }
    setProblems(found);
    return Object.keys(found).length === 0;
  }

  async function saveDraft() {
    await submit(async () => {
      await save({ variables: { input: input(false) } });
      notifications.show({ color: 'green', message: 'Draft saved' });
    });
  }

  /** Throws on a refusal: the confirmation dialog shows it and stays open. */
  async function submitNow() {
    await save({ variables: { input: input(true) } });
    notifications.show({ color: 'green', message: `${kindLabel(kind)} submitted` });
    navigate('/evaluations');
  }

  const update = (itemId: string, change: Partial<Answer>) => {
    setAnswers((prev) => ({ ...prev, [itemId]: { ...prev[itemId], ...change } }));
    // The item's message goes once the item changes; Submit checks again.
    setProblems(({ [itemId]: _fixed, ...rest }) => rest);
  };
  const ratedCount = items.filter((i) => answers[i.id].rating !== null).length;

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader
        title={`${kindLabel(kind)}: ${subject}`}
        description={
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              {kind === 'SITE' ? '' : `${slot.placement.site.name} · `}
              {formatDateRange(slot.placement.startDate, slot.placement.endDate)}
            </Text>
            <Group gap="xs">
              <SlotBadge slot={slot} />
            </Group>
          </Stack>
        }
      />
      {kind === 'SITE' && (
        <Alert color="blue" variant="light" title="Your answers are anonymous to the site">
          The preceptor sees only averages, and only once at least three students have evaluated the site. Your program director can read your answers.
        </Alert>
      )}
      {locked && (
        <Alert color="gray" icon={<IconLock />} title="Submitted and locked">
          This evaluation was submitted and can no longer be changed.
        </Alert>
      )}
      {!slot.open && !locked && (
        <Alert color="yellow" icon={<IconAlertTriangle />} title="Not open yet">
          This evaluation opens on {formatDate(slot.opensOn)}.
        </Alert>
      )}
      <Text size="sm">
        {form.title}. Rate each item; a rating below “{form.ratings.find((r) => r.value === form.commentBelow)?.label ?? form.commentBelow}” needs a comment. {ratedCount} of {items.length} rated.
      </Text>
      {form.sections.map((section) => (
        <Card withBorder key={section.title} component="section" aria-label={section.title} padding="md">
          <Title order={2} size="h4" mb="sm">
            {section.title}
          </Title>
          <Stack gap="lg">
            {section.items.map((item) => (
              <ItemField key={item.id} item={item} form={form} answer={answers[item.id]} problem={problems[item.id]} disabled={locked} onChange={(c) => update(item.id, c)} />
            ))}
          </Stack>
        </Card>
      ))}
      <Textarea
        label="Overall comment"
        description={kind === 'SITE' ? 'What should the program know about this site?' : 'Strengths, and what to work on next.'}
        autosize
        minRows={3}
        maxLength={LIMITS.noteMax}
        value={comment}
        disabled={locked}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <FormAlert title="Not saved" message={formError} />
      {Object.keys(problems).length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle />} title="Not ready to submit" role="alert">
          {Object.keys(problems).length === 1 ? 'One item needs' : `${Object.keys(problems).length} items need`} your attention: see the messages above.
        </Alert>
      )}
      {!locked && (
        <Group gap="sm" grow preventGrowOverflow={false}>
          <Button variant="default" size="md" loading={saving && !confirming} disabled={!slot.open} onClick={saveDraft}>
            Save draft
          </Button>
          <Button size="md" disabled={!slot.open} onClick={() => check() && setConfirming(true)}>
            Submit evaluation
          </Button>
        </Group>
      )}
      <Anchor component={Link} to="/evaluations" size="sm">
        Back to evaluations
      </Anchor>
      <ConfirmActionModal
        opened={confirming}
        title="Submit this evaluation?"
        confirmLabel="Submit evaluation"
        failedTitle="Not submitted"
        onConfirm={submitNow}
        onClose={() => setConfirming(false)}
      >
        Once submitted it is locked: nobody can change it.{kind === 'SITE' ? '' : ' The student is notified and can read it.'}
      </ConfirmActionModal>
    </Stack>
  );
}

type Item = EvaluationFormFieldsFragment['sections'][number]['items'][number];

function ItemField({ item, form, answer, problem, disabled, onChange }: {
  item: Item;
  form: EvaluationFormFieldsFragment;
  answer: Answer;
  problem: string | undefined;
  disabled: boolean;
  onChange: (change: Partial<Answer>) => void;
}) {
  const needsComment = answer.rating !== null && answer.rating < form.commentBelow;
  const showComment = needsComment || answer.commenting;
  return (
    <Stack gap={6}>
      <Radio.Group
        label={item.prompt}
        description={item.competencyCode ? `ASHP competency ${item.competencyCode}` : undefined}
        value={answer.rating === null ? null : String(answer.rating)}
        onChange={(value) => onChange({ rating: Number(value) })}
        error={problem}
        readOnly={disabled}
      >
        <Stack gap={4} mt={6}>
          {form.ratings.map((r) => (
            <Radio.Card key={r.value} value={String(r.value)} radius="md" p="sm" mih={48} disabled={disabled} aria-label={`${r.value}: ${r.label}`}>
              <Group wrap="nowrap" gap="sm">
                <Radio.Indicator />
                <Text size="sm">
                  <b>{r.value}</b> {r.label}
                </Text>
              </Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      {showComment ? (
        <Textarea
          label={needsComment ? 'Comment (needed for this rating)' : 'Comment'}
          aria-label={`Comment on: ${item.prompt}`}
          autosize
          minRows={2}
          maxLength={LIMITS.noteMax}
          value={answer.comment}
          disabled={disabled}
          onChange={(e) => onChange({ comment: e.currentTarget.value })}
        />
      ) : (
        !disabled && (
          <Anchor component="button" type="button" size="sm" onClick={() => onChange({ commenting: true })} style={{ alignSelf: 'flex-start' }}>
            Add a comment
          </Anchor>
        )
      )}
    </Stack>
  );
}
