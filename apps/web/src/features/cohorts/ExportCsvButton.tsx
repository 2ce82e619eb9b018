import { Button, Group, Modal, Stack, Text, TextInput, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert } from '../../components/FormAlert';
import { useDownload } from '../../lib/download';

const PURPOSE_MAX = 500;

interface ExportCsvButtonProps {
  /** e.g. "Export roster (CSV)" */
  label: string;
  /** What the file holds, for the dialog: "the roster of PT-2026A". */
  what: string;
  /** The REST export, without the purpose. */
  href: string;
  fallbackName: string;
  size?: ButtonProps['size'];
}

/** The REST export behind the disclosure log: asks why (optional), then downloads the CSV. */
export function ExportCsvButton({ label, what, href, fallbackName, size = 'sm' }: ExportCsvButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="light" size={size} leftSection={<IconFileSpreadsheet size={16} />} onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={label}>
        {opened && <ExportForm what={what} href={href} fallbackName={fallbackName} onClose={close} />}
      </Modal>
    </>
  );
}

function ExportForm({ what, href, fallbackName, onClose }: Pick<ExportCsvButtonProps, 'what' | 'href' | 'fallbackName'> & { onClose: () => void }) {
  const [purpose, setPurpose] = useState('');
  const { busy, error, download } = useDownload<'csv'>('The export failed. Try again in a moment.');

  async function onExport() {
    const url = purpose.trim() ? `${href}?${new URLSearchParams({ purpose: purpose.trim() }).toString()}` : href;
    const ok = await download('csv', url, fallbackName, { title: 'Export ready', message: (filename) => `${filename} was downloaded. The disclosure was logged.` });
    if (ok) onClose();
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onExport();
      }}
    >
      <Stack>
        <Text size="sm">
          This file holds student records ({what}). Each export is logged with who, when and why.
        </Text>
        <TextInput
          label="Purpose of this disclosure"
          description="Optional"
          placeholder="e.g. Site roster for Main St Pharmacy"
          maxLength={PURPOSE_MAX}
          value={purpose}
          onChange={(event) => setPurpose(event.currentTarget.value)}
          data-autofocus
        />
        <FormAlert title="The export failed" message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy === 'csv'} leftSection={<IconFileSpreadsheet size={16} />}>
            Download CSV
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
