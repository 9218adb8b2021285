/** One bar or slice of a report chart: its label and its amount in cents. */
export interface ChartPoint {
  label: string;
  cents: number;
}

/**
 * Colours for chart series: each at least 3:1 against white (WCAG 1.4.11), and told apart by
 * lightness as well as hue; the text alternative and the table still carry every value.
 */
export const CHART_COLORS = ['#005ea2', '#8b1303', '#1a4a21', '#5c4100', '#6b2d8f', '#4a5361', '#0f6b6b'];

/** The points of a report, largest first, with the smallest beyond `max - 1` folded into "Other". */
export function toChartPoints<T>(
  rows: readonly T[],
  label: (row: T) => string,
  cents: (row: T) => number,
  max = CHART_COLORS.length,
): ChartPoint[] {
  const points = rows.map((row) => ({ label: label(row), cents: cents(row) })).filter((p) => p.cents > 0);
  points.sort((a, b) => b.cents - a.cents);
  if (points.length <= max) return points;
  const kept = points.slice(0, max - 1);
  const other = points.slice(max - 1).reduce((sum, p) => sum + p.cents, 0);
  return [...kept, { label: 'Other', cents: other }];
}

/** A sentence that says what a chart shows, for `aria-describedby`. */
export function describeChart(
  title: string,
  points: readonly ChartPoint[],
  format: (cents: number) => string,
): string {
  if (!points.length) return `${title}: nothing allocated.`;
  return `${title}: ${points.map((p) => `${p.label} ${format(p.cents)}`).join('; ')}.`;
}

/** The file name of a report download, e.g. "maple-ridge-funding-by-source-fy2026.csv". */
export function csvFileName(slug: string, report: string, fiscalYear: number | null): string {
  return `${slug}-funding-by-${report}-${fiscalYear === null ? 'all-years' : `fy${fiscalYear}`}.csv`;
}
