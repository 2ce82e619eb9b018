import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Modal, NativeSelect, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SCALE_RATINGS, type EvaluationFormKind, type RatingScale } from '@ptp/shared';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { TableSkeleton } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import type { EvaluationFormFieldsFragment } from '../../gql/graphql';
import { EvaluationFormsDocument, SaveEvaluationFormDocument } from './operations';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormAlert } from '../../components/FormAlert';

interface SectionDraft {
  key: number;
  title: string;
  /** One item per line: "Prompt" or "Prompt | 3.2E". */
  items: string;
}

const itemLine = (i: { prompt: string; competencyCode: string | null }) => (i.competencyCode ? `${i.prompt} | ${i.competencyCode}` : i.prompt);

/** "Counts accurately | 3.2E" → prompt and competency code; blank lines are skipped. */
export function parseItems(text: string): { prompt: string; competencyCode: string | null }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)\s*\|\s*(\S+)$/.exec(line);
      return match ? { prompt: match[1], competencyCode: match[2] } : { prompt: line, competencyCode: null };
    });
}

/** A program's evaluation forms, edited as data: a saved form replaces the active one for new evaluations. */
export function EvaluationFormsModal({ program, onClose }: { program: { id: string; name: string } | null; onClose: () => void }) {
  return (
    <Modal opened={!!program} onClose={onClose} title={program ? `Evaluation forms · ${program.name}` : ''} size="xl">
      {program && <FormsLoader programId={program.id} onClose={onClose} />}
    </Modal>
  );
}

function FormsLoader({ programId, onClose }: { programId: string; onClose: () => void }) {
  const [kind, setKind] = useState<EvaluationFormKind>('PRECEPTOR');
  const { data, loading, error, refetch } = useQuery(EvaluationFormsDocument, { variables: { programId } });
  if (loading && !data) return <TableSkeleton rows={4} label="Loading the forms" />;
  if (!data) return <QueryError error={error} what="the evaluation forms" onRetry={() => refetch()} />;
  const form = data.evaluationForms.find((f) => f.kind === kind) ?? null;
  return (
    <Stack gap="md">
      <SegmentedControl
        data={[{ value: 'PRECEPTOR', label: 'Preceptor’s midterm and final' }, { value: 'SITE', label: 'Student’s site evaluation' }]}
        value={kind}
        onChange={(value) => setKind(value as EvaluationFormKind)}
        aria-label="Which form"
      />
      <FormEditor key={`${kind}-${form?.id ?? 'none'}`} programId={programId} kind={kind} form={form} onClose={onClose} />
    </Stack>
  );
}

function FormEditor({ programId, kind, form, onClose }: { programId: string; kind: EvaluationFormKind; form: EvaluationFormFieldsFragment | null; onClose: () => void }) {
  const [title, setTitle] = useState(form?.title ?? '');
  const [scale, setScale] = useState<RatingScale>((form?.scale as RatingScale) ?? 'FIVE_POINT');
  const [commentBelow, setCommentBelow] = useState(form?.commentBelow ?? 3);
  const [sections, setSections] = useState<SectionDraft[]>(
    form?.sections.map((s, key) => ({ key, title: s.title, items: s.items.map(itemLine).join('\n') })) ?? [{ key: 0, title: '', items: '' }],
  );
  const { formError, submit: run } = useFormSubmit();
  const [save, { loading }] = useMutation(SaveEvaluationFormDocument, { refetchQueries: [EvaluationFormsDocument] });
  const ratings = SCALE_RATINGS[scale];
  const thresholdOptions = [
    { value: String(ratings[0].value), label: 'Never required' },
    ...ratings.slice(1).map((r) => ({ value: String(r.value), label: `Below “${r.label}”` })),
    { value: String(ratings[ratings.length - 1].value + 1), label: 'Always required' },
  ];
  const update = (key: number, change: Partial<SectionDraft>) => setSections((prev) => prev.map((s) => (s.key === key ? { ...s, ...change } : s)));

  async function submit() {
    await run(async () => {
      await save({
        variables: {
          input: { programId, kind, title: title.trim(), scale, commentBelow, sections: sections.map((s) => ({ title: s.title.trim(), items: parseItems(s.items) })) },
        },
      });
      notifications.show({ color: 'green', message: 'Form saved: new evaluations use it' });
      onClose();
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Saving makes a new version: evaluations already started keep the form they began on. Write one item per line; add “| 3.2E” to link an item to an ASHP competency.
      </Text>
      <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200} />
      <Group grow>
        <NativeSelect
          label="Rating scale"
          data={[{ value: 'FIVE_POINT', label: '1 to 5 (Unacceptable … Outstanding)' }, { value: 'MEETS', label: 'Meets / does not meet' }]}
          value={scale}
          onChange={(e) => {
            const next = e.currentTarget.value as RatingScale;
            setScale(next);
            setCommentBelow(next === 'MEETS' ? 1 : 3);
          }}
        />
        <NativeSelect label="Comment required" data={thresholdOptions} value={String(commentBelow)} onChange={(e) => setCommentBelow(Number(e.currentTarget.value))} />
      </Group>
      {sections.map((section, n) => (
        <Stack key={section.key} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
          <Group align="flex-end" wrap="nowrap">
            <TextInput style={{ flex: 1 }} label={`Section ${n + 1} title`} value={section.title} onChange={(e) => update(section.key, { title: e.currentTarget.value })} maxLength={120} />
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={`Remove section ${n + 1}`} disabled={sections.length === 1} onClick={() => setSections((prev) => prev.filter((s) => s.key !== section.key))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <Textarea label={`Section ${n + 1} items, one per line`} autosize minRows={3} value={section.items} onChange={(e) => update(section.key, { items: e.currentTarget.value })} />
        </Stack>
      ))}
      <Group>
        <Button variant="subtle" leftSection={<IconPlus size={14} />} onClick={() => setSections((prev) => [...prev, { key: Math.max(...prev.map((s) => s.key)) + 1, title: '', items: '' }])}>
          Add a section
        </Button>
      </Group>
      <FormAlert title="Not saved" message={formError} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button loading={loading} onClick={() => void submit()}>
          Save form
        </Button>
      </Group>
    </Stack>
  );
}
