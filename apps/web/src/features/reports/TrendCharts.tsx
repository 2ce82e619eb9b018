import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Box, Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { formatBenchmark, formatRate } from '@ptp/shared';
import type { ReportRateFieldsFragment, ReportTrendQuery } from '../../gql/graphql';
import { BelowBenchmarkBadge } from './ReportTables';

type TrendPoint = ReportTrendQuery['reportTrend'][number];

interface RateTrend {
  key: string;
  label: string;
  benchmark: number | null;
  points: { period: string; rate: ReportRateFieldsFragment | undefined }[];
}

/** One series per rate, in the order the newest period lists them; periods oldest first. */
export function rateTrends(points: TrendPoint[]): RateTrend[] {
  const order: RateTrend[] = [];
  const seen = new Set<string>();
  for (const point of [...points].reverse()) {
    for (const rate of point.rates) {
      if (seen.has(rate.key)) continue;
      seen.add(rate.key);
      order.push({ key: rate.key, label: rate.label, benchmark: rate.benchmark ?? null, points: [] });
    }
  }
  for (const trend of order) {
    trend.points = points.map((point) => ({ period: point.label, rate: point.rates.find((r) => r.key === trend.key) }));
  }
  return order;
}

function describeRate(rate: ReportRateFieldsFragment | undefined): string {
  if (!rate || rate.value === null || rate.value === undefined) return rate?.note ?? 'not reported';
  const below = rate.belowBenchmark && rate.benchmark != null ? `, below the ${formatBenchmark(rate.benchmark)} benchmark` : '';
  return `${formatRate(rate.value)} (${rate.numerator} of ${rate.denominator})${below}`;
}

/** What a chart shows, in words, for screen readers. */
export function trendSummary(trend: RateTrend): string {
  const parts = trend.points.map(({ period, rate }) => `${period}: ${describeRate(rate)}`);
  return `${trend.label} by period. ${parts.join('; ')}.`;
}

function TrendCard({ trend }: { trend: RateTrend }) {
  const data = trend.points.map(({ period, rate }) => ({
    period,
    // A period without a denominator is a gap in the line, never a 0% point.
    value: rate && rate.value !== null && rate.value !== undefined ? Math.round(rate.value * 1000) / 10 : null,
  }));
  const titleId = `trend-${trend.key.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  return (
    <Card withBorder component="figure" m={0} aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId} mb={4}>
        {trend.label}
      </Title>
      {trend.benchmark !== null && (
        <Text size="xs" c="dimmed" mb="xs">
          Benchmark {formatBenchmark(trend.benchmark)} (dashed red line)
        </Text>
      )}
      <Box role="img" aria-label={trendSummary(trend)}>
        <LineChart
          h={170}
          data={data}
          dataKey="period"
          series={[{ name: 'value', label: trend.label, color: 'indigo.6' }]}
          curveType="linear"
          connectNulls={false}
          withDots
          yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], interval: 0, width: 44 }}
          xAxisProps={{ interval: 0, tick: { fontSize: 10 } }}
          lineChartProps={{ margin: { top: 8, right: 24, bottom: 0, left: 0 } }}
          valueFormatter={(value) => `${value}%`}
          referenceLines={
            trend.benchmark !== null
              ? [{ y: Math.round(trend.benchmark * 1000) / 10, color: 'red.6', strokeDasharray: '4 4', label: `Benchmark ${formatBenchmark(trend.benchmark)}` }]
              : []
          }
          tickLine="none"
          gridAxis="y"
          withTooltip
        />
      </Box>
      <details>
        <summary>
          <Text size="xs" component="span" c="dimmed">
            Show the numbers
          </Text>
        </summary>
        <Table mt={4} verticalSpacing={4} fz="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Period</Table.Th>
              <Table.Th scope="col">{trend.label}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {trend.points.map(({ period, rate }) => (
              <Table.Tr key={period}>
                <Table.Th scope="row" fw={500}>
                  {period}
                </Table.Th>
                <Table.Td>
                  {rate && rate.value !== null && rate.value !== undefined ? (
                    <>
                      {formatRate(rate.value)} ({rate.numerator} of {rate.denominator}){' '}
                      {rate.belowBenchmark && rate.benchmark != null && <BelowBenchmarkBadge benchmark={rate.benchmark} />}
                    </>
                  ) : (
                    <Text fs="italic" c="dimmed" component="span" inherit>
                      {rate?.note ?? 'Not reported'}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Card>
  );
}

export function TrendCharts({ points }: { points: TrendPoint[] }) {
  const trends = rateTrends(points);
  if (trends.length === 0) return <Text c="dimmed">No rates to compare across periods.</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {trends.map((trend) => (
        <TrendCard key={trend.key} trend={trend} />
      ))}
    </SimpleGrid>
  );
}
