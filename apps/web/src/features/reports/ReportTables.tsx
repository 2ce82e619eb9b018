import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { formatBenchmark } from '@ptp/shared';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { OutcomeReportFieldsFragment, ReportRateFieldsFragment } from '../../gql/graphql';

type Report = OutcomeReportFieldsFragment;
type ReportTableData = Report['tables'][number];
type ReportCellData = ReportTableData['rows'][number]['cells'][number];
export type ReportFigure = Report['figures'][number];
type ReportRate = ReportRateFieldsFragment;

export function figureButtonLabel(figure: ReportFigure): string {
  return `Show the ${figure.count} ${figure.count === 1 ? 'student' : 'students'} counted in ${figure.label}`;
}

/** A count that opens the list of the students it counts. */
export function FigureButton({ figure, text, onOpen }: { figure: ReportFigure; text?: string; onOpen: (figure: ReportFigure) => void }) {
  const visible = text ?? String(figure.count);
  // The accessible name contains the visible text (WCAG 2.5.3 Label in Name: speech users say what they see).
  const label = visible === String(figure.count) ? figureButtonLabel(figure) : `${visible}: ${figureButtonLabel(figure)}`;
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      px={4}
      fw={600}
      aria-label={label}
      title={label}
      onClick={() => onOpen(figure)}
      styles={{ label: { textDecoration: 'underline', textDecorationStyle: 'dotted', textUnderlineOffset: 3 } }}
    >
      {visible}
    </Button>
  );
}

export function BelowBenchmarkBadge({ benchmark }: { benchmark: number }) {
  return (
    <Badge color="red" variant="filled" radius="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />} style={{ minWidth: 'max-content' }}>
      Below {formatBenchmark(benchmark)} benchmark
    </Badge>
  );
}

interface RateCellProps {
  rate: ReportRate;
  text: string;
  figures: Map<string, ReportFigure>;
  onOpenFigure: (figure: ReportFigure) => void;
  /** False when the table already has a benchmark column. */
  showBenchmark?: boolean;
}

/** A rate with its benchmark beside it; a zero denominator shows its note instead of a number. */
export function RateValue({ rate, text, figures, onOpenFigure, showBenchmark = true }: RateCellProps) {
  if (rate.value === null || rate.value === undefined || rate.denominator === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic" component="span">
        {rate.note ?? 'No students in the denominator (0)'}
      </Text>
    );
  }
  const numerator = rate.numeratorKey ? figures.get(rate.numeratorKey) : undefined;
  const denominator = rate.denominatorKey ? figures.get(rate.denominatorKey) : undefined;
  return (
    <Stack gap={2} align="flex-start">
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={700} component="span">
          {text}
        </Text>
        {rate.belowBenchmark && rate.benchmark !== null && rate.benchmark !== undefined && <BelowBenchmarkBadge benchmark={rate.benchmark} />}
      </Group>
      <Text size="xs" c="dimmed" component="span">
        {numerator ? <FigureButton figure={numerator} text={String(rate.numerator)} onOpen={onOpenFigure} /> : rate.numerator} of{' '}
        {denominator ? <FigureButton figure={denominator} text={String(rate.denominator)} onOpen={onOpenFigure} /> : rate.denominator}
        {showBenchmark && rate.benchmark !== null && rate.benchmark !== undefined && <> · Benchmark {formatBenchmark(rate.benchmark)}</>}
      </Text>
    </Stack>
  );
}

interface CellProps {
  cell: ReportCellData;
  lookups: Lookups;
  onOpenFigure: (figure: ReportFigure) => void;
  showBenchmark: boolean;
}

function Cell({ cell, lookups, onOpenFigure, showBenchmark }: CellProps) {
  const rate = cell.rateKey ? lookups.rates.get(cell.rateKey) : undefined;
  if (rate) return <RateValue rate={rate} text={cell.text} figures={lookups.figures} onOpenFigure={onOpenFigure} showBenchmark={showBenchmark} />;
  const figure = cell.figureKey ? lookups.figures.get(cell.figureKey) : undefined;
  if (figure) return <FigureButton figure={figure} text={cell.text} onOpen={onOpenFigure} />;
  return <>{cell.text}</>;
}

interface Lookups {
  rates: Map<string, ReportRate>;
  figures: Map<string, ReportFigure>;
}

export function reportLookups(report: Pick<Report, 'rates' | 'figures'>): Lookups {
  return {
    rates: new Map(report.rates.map((rate) => [rate.key, rate])),
    figures: new Map(report.figures.map((figure) => [figure.key, figure])),
  };
}

export function ReportTable({ table, lookups, onOpenFigure }: { table: ReportTableData; lookups: Lookups; onOpenFigure: (figure: ReportFigure) => void }) {
  const [labelHeader, ...valueHeaders] = table.columns;
  const hasBenchmarkColumn = valueHeaders.some((header) => /benchmark/i.test(header));
  return (
    <section aria-label={table.title}>
      <Table.ScrollContainer minWidth={Math.max(480, table.columns.length * 130)}>
        <Table captionSide="top" verticalSpacing="xs" withTableBorder withColumnBorders striped>
          <Table.Caption style={{ textAlign: 'left', fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', color: 'var(--mantine-color-text)' }}>
            {table.title}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{labelHeader}</Table.Th>
              {valueHeaders.map((header, i) => (
                <Table.Th scope="col" key={`${i}-${header}`}>
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, r) => (
              <Table.Tr key={`${r}-${row.label}`}>
                <Table.Th scope="row" fw={500}>
                  {row.label}
                </Table.Th>
                {row.cells.map((cell, c) => (
                  <Table.Td key={c}>
                    <Cell cell={cell} lookups={lookups} onOpenFigure={onOpenFigure} showBenchmark={!hasBenchmarkColumn} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {table.note && (
        <Text size="xs" c="dimmed" mt={4}>
          {table.note}
        </Text>
      )}
    </section>
  );
}
