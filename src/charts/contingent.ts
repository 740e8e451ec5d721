/**
 * The contingent chart: each contingent's arrival in Haiti stacked by country, or arrivals added up over
 * time beside the force's reported head-counts. Pure: returns a Chart.js configuration plus the summary,
 * notes, table and sources, all from the same derived series.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { figureRange, sourcesOf, textIn } from '../data/figure.js';
import { arrivalsByContingent, cumulativeStrengthByCountry, dateToTime, reportedStrength } from '../data/selectors.js';
import type { MssDataset } from '../data/types.js';
import { countryName, formatFigure, formatIsoDate, formatMonthTick, formatNumber } from '../i18n/format.js';
import { stringsFor } from '../i18n/strings.js';
import { baseOptions, categoryAxis, figureCell, publishers, reportsWithPublishers, sourceRefs, valueAxis } from './common.js';
import { contingentStrings } from './contingent.strings.js';
import { keyNote, moreNote, type BuildContext, type ChartSpec, type LegendItem, type PointDescription, type TableCell } from './spec.js';

export type ContingentView = 'arrivals' | 'cumulative';

export interface ContingentOptions {
  view: ContingentView;
}

/** Kenya leads the mission: its series gets the accent colour, every other country a palette colour. */
const SUBJECT_COUNTRY = 'KE';

function countryColors(countries: readonly string[], ctx: BuildContext): Map<string, string> {
  const colors = new Map<string, string>();
  let next = 0;
  for (const code of countries) {
    if (code === SUBJECT_COUNTRY) colors.set(code, ctx.theme.accent);
    else colors.set(code, ctx.theme.series[next++ % ctx.theme.series.length] ?? ctx.theme.muted);
  }
  return colors;
}

/** A range "991–1,247" when reports differ, else the one number. */
function rangeText(low: number, high: number, locale: string): string {
  return low === high ? formatNumber(low, locale) : `${formatNumber(low, locale)}–${formatNumber(high, locale)}`;
}

export function buildContingentSpec(data: MssDataset, options: ContingentOptions, ctx: BuildContext): ChartSpec {
  const arrivals = arrivalsByContingent(data);
  if (arrivals.length === 0) throw new Error('The data has no contingent arrivals (`deployments`) to chart.');
  return options.view === 'cumulative' ? buildCumulative(data, ctx) : buildArrivals(data, ctx);
}

function buildArrivals(data: MssDataset, ctx: BuildContext): ChartSpec {
  const { locale, theme } = ctx;
  const s = contingentStrings(locale);
  const ui = stringsFor(locale);
  const arrivals = arrivalsByContingent(data);

  const dates = [...new Set(arrivals.map((a) => a.date))];
  const countries = [...new Set(arrivals.map((a) => a.country))];
  const colors = countryColors(countries, ctx);
  const dateLabels = dates.map((d) => formatIsoDate(d, locale, 'short'));

  // One dataset per country (certain part: the lowest report), and one hatched dataset per country for the
  // part that only some sources report, stacked on top.
  const datasets: ChartDataset<'bar', (number | null)[]>[] = [];
  // Indexed once: filtering per country and date made large own datasets quadratic (seconds at 2,000 rows).
  const byCountryDate = new Map<string, typeof arrivals>();
  for (const a of arrivals) {
    const key = `${a.country} ${a.date}`;
    const rows = byCountryDate.get(key);
    if (rows) rows.push(a);
    else byCountryDate.set(key, [a]);
  }
  const rowAt = (country: string, date: string) => byCountryDate.get(`${country} ${date}`) ?? [];
  for (const country of countries) {
    const color = colors.get(country) ?? theme.muted;
    datasets.push({
      label: countryName(country, locale),
      data: dates.map((d) => {
        const rows = rowAt(country, d);
        return rows.length ? rows.reduce((sum, r) => sum + r.low, 0) : null;
      }),
      backgroundColor: color,
      borderColor: theme.background.startsWith('rgba(0, 0, 0, 0)') ? 'transparent' : theme.background,
      borderWidth: 0,
      stack: 'arrivals',
      maxBarThickness: 56,
    });
  }
  for (const country of countries) {
    const extra = dates.map((d) => rowAt(country, d).reduce((sum, r) => sum + (r.high - r.low), 0));
    if (extra.every((v) => v === 0)) continue;
    const color = colors.get(country) ?? theme.muted;
    datasets.push({
      label: `${countryName(country, locale)} — ${s.disputedRange}`,
      data: extra.map((v) => (v > 0 ? v : null)),
      backgroundColor: theme.hatch(color),
      borderColor: color,
      borderWidth: 1.5,
      stack: 'arrivals',
      maxBarThickness: 56,
    });
  }

  const horizontal = ctx.compact;
  const tooltipRows = (item: TooltipItem<'bar'>) => {
    const date = dates[item.dataIndex] ?? '';
    const code = countries.find((c) => item.dataset.label?.startsWith(countryName(c, locale))) ?? '';
    return rowAt(code, date);
  };

  const base = baseOptions(ctx);
  const dateAxis = categoryAxis(ctx, { autoSkip: true });
  const config = {
    type: 'bar' as const,
    data: { labels: dateLabels, datasets },
    options: {
      ...base,
      indexAxis: horizontal ? ('y' as const) : ('x' as const),
      scales: horizontal
        ? { y: dateAxis, x: { ...valueAxis(ctx, s.axisPersonnel), stacked: true } }
        : { x: dateAxis, y: { ...valueAxis(ctx, s.axisPersonnel), stacked: true } },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins?.tooltip,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => formatIsoDate(dates[items[0]?.dataIndex ?? 0] ?? '', locale),
            label: (item: TooltipItem<'bar'>) =>
              tooltipRows(item).map(
                (r) => `${countryName(r.country, locale)}, ${textIn(r.label, locale)}: ${formatFigure(r.personnel, locale)}`,
              ),
            footer: (items: TooltipItem<'bar'>[]) => {
              const ids = items.flatMap((i) => tooltipRows(i).flatMap((r) => r.sources));
              return ids.length ? `${ui.source}: ${publishers(data, ids, locale)}` : '';
            },
          },
        },
      },
    },
  };

  // Words: title, summary, notes.
  const totals = countries.map((c) => {
    const rows = arrivals.filter((a) => a.country === c);
    return { country: c, contingents: rows.length, low: sum(rows.map((r) => r.low)), high: sum(rows.map((r) => r.high)) };
  });
  const allHigh = sum(totals.map((t) => t.high));
  const leader = [...totals].sort((a, b) => b.high - a.high)[0];
  const leaderName = leader ? countryName(leader.country, locale) : '';
  const title = leader && leader.low > allHigh - leader.high ? s.titleLeader(leaderName) : s.titleArrivals;
  const first = arrivals[0]?.date ?? '';
  const last = arrivals[arrivals.length - 1]?.date ?? '';
  const summary = s.summaryArrivals({
    from: formatIsoDate(first.slice(0, 7), locale),
    to: formatIsoDate(last.slice(0, 7), locale),
    contingents: formatNumber(arrivals.length, locale),
    countries: formatNumber(countries.length, locale),
    leader: leaderName,
    leaderContingents: formatNumber(leader?.contingents ?? 0, locale),
    leaderPersonnel: rangeText(leader?.low ?? 0, leader?.high ?? 0, locale),
  });
  const notes = [
    ...arrivals
      .filter((a) => a.personnel.kind === 'disputed')
      .map((a) =>
        keyNote(
          s.disputedNote({
            label: `${countryName(a.country, locale)}, ${textIn(a.label, locale)}`,
            date: formatIsoDate(a.date, locale),
            reports: reportsWithPublishers(data, a.personnel, locale, s.reportBy),
          }),
        ),
      ),
    ...arrivals
      .filter((a) => a.until)
      .map((a) => moreNote(s.servedUntil(textIn(a.label, locale), countryName(a.country, locale), formatIsoDate(a.until ?? '', locale)))),
  ];

  const legend: LegendItem[] = [
    ...countries.map((c) => ({ label: countryName(c, locale), color: colors.get(c) ?? theme.muted })),
    ...(datasets.length > countries.length ? [{ label: s.disputedRange, color: theme.muted, hatched: true }] : []),
  ];

  const table = {
    columns: [
      { label: s.colDate },
      { label: s.colCountry },
      { label: s.colContingent },
      { label: s.colPersonnel, numeric: true },
      { label: s.colService },
      { label: s.colSources },
    ],
    rows: arrivals.map((a): TableCell[] => [
      { text: formatIsoDate(a.date, locale), value: a.date, rowHeader: true },
      { text: countryName(a.country, locale), value: a.country },
      { text: textIn(a.label, locale) },
      figureCell(a.personnel, locale),
      { text: s.service[a.service] },
      { text: publishers(data, a.sources, locale) },
    ]),
    rowSources: arrivals.map((a) => a.sources),
  };

  const points: PointDescription[] = [];
  datasets.forEach((ds, datasetIndex) => {
    if (datasetIndex >= countries.length) return;
    const code = countries[datasetIndex] ?? '';
    ds.data.forEach((v, index) => {
      if (v === null) return;
      for (const r of rowAt(code, dates[index] ?? '')) {
        points.push({
          datasetIndex,
          index,
          text: s.arrivalPoint({
            country: countryName(code, locale),
            label: textIn(r.label, locale),
            date: formatIsoDate(r.date, locale),
            value: formatFigure(r.personnel, locale),
            sources: publishers(data, r.sources, locale),
          }),
        });
      }
    });
  });
  points.sort((a, b) => a.index - b.index || a.datasetIndex - b.datasetIndex);

  return {
    title,
    summary,
    notes,
    legend,
    table,
    sources: sourceRefs(data, arrivals.flatMap((a) => a.sources)),
    asOf: data.meta?.asOf ?? last,
    config: config as unknown as ChartConfiguration,
    points,
  };
}

function buildCumulative(data: MssDataset, ctx: BuildContext): ChartSpec {
  const { locale, theme } = ctx;
  const s = contingentStrings(locale);
  const ui = stringsFor(locale);
  const steps = cumulativeStrengthByCountry(data);
  const headcounts = reportedStrength(data).filter((h) => h.total);
  const countries = [...new Set(arrivalsByContingent(data).map((a) => a.country))];
  const colors = countryColors(countries, ctx);
  const asOf = data.meta?.asOf ?? steps[steps.length - 1]?.date ?? '';
  const times = steps.map((p) => p.time);
  const arrivalSources = new Map(arrivalsByContingent(data).map((a) => [a.id, a.sources]));

  const datasets: ChartDataset<'line', { x: number; y: number }[]>[] = countries.map((code, i) => {
    const color = colors.get(code) ?? theme.muted;
    return {
      label: countryName(code, locale),
      data: steps.map((p, j) => ({ x: times[j] ?? 0, y: p.byCountry[code]?.low ?? 0 })),
      stepped: 'before' as const,
      borderColor: color,
      backgroundColor: color,
      borderWidth: 1.5,
      pointRadius: 0,
      pointHitRadius: 6,
      fill: i === 0 ? 'origin' : '-1',
      stack: 'arrived',
      order: 2,
    };
  });
  const hasRange = steps.some((p) => p.high > p.low);
  if (hasRange) {
    datasets.push({
      label: s.disputedRange,
      data: steps.map((p, j) => ({ x: times[j] ?? 0, y: p.high - p.low })),
      stepped: 'before' as const,
      borderColor: theme.disputedFill === theme.muted ? theme.muted : theme.text,
      backgroundColor: theme.disputedFill,
      borderWidth: 1,
      pointRadius: 0,
      fill: '-1',
      stack: 'arrived',
      order: 2,
    });
  }
  const headcountPoints = headcounts.flatMap((h) => {
    const range = h.total ? figureRange(h.total) : undefined;
    if (!range) return [];
    const x = h.time;
    return range.low === range.high ? [{ x, y: range.low }] : [{ x, y: range.low }, { x, y: range.high }];
  });
  const scatter = {
    type: 'scatter' as const,
    label: s.reportedHeadcount,
    data: headcountPoints,
    borderColor: theme.text,
    backgroundColor: theme.background.startsWith('rgba(0, 0, 0, 0)') ? '#ffffff' : theme.background,
    borderWidth: 2,
    pointRadius: 5,
    pointHoverRadius: 7,
    pointStyle: 'circle' as const,
    stack: 'reported',
    order: 1,
  };

  const last = steps[steps.length - 1];
  const latestHead = headcounts[headcounts.length - 1];
  const title =
    latestHead?.total && latestHead.total.kind !== 'disputed'
      ? s.titleCumulative(formatFigure(latestHead.total, locale), formatIsoDate(latestHead.date.slice(0, 7), locale))
      : s.titleCumulativeNoCount;
  const summary = s.summaryCumulative({
    date: formatIsoDate(last?.date ?? asOf, locale),
    arrived: rangeText(last?.low ?? 0, last?.high ?? 0, locale),
    ...(latestHead?.total
      ? { headcount: formatFigure(latestHead.total, locale), headcountDate: formatIsoDate(latestHead.date, locale) }
      : {}),
  });

  const findHeadcount = (x: number) => headcounts.find((h) => h.time === x);
  const base = baseOptions(ctx);
  const config = {
    type: 'line' as const,
    data: { datasets: [...datasets, scatter as unknown as ChartDataset<'line', { x: number; y: number }[]>] },
    options: {
      ...base,
      interaction: { mode: 'nearest' as const, axis: 'x' as const, intersect: false },
      scales: {
        x: {
          type: 'linear' as const,
          min: times[0],
          max: Math.max(dateToTime(asOf), ...times),
          grid: { display: false },
          border: { color: theme.grid },
          ticks: {
            color: theme.muted,
            font: { family: theme.fontFamily, size: theme.fontSize },
            maxTicksLimit: ctx.compact ? 4 : 8,
            maxRotation: 0,
            callback: (v: number | string) => formatMonthTick(Number(v), locale),
          },
        },
        y: { ...valueAxis(ctx, s.axisPersonnel), stacked: true },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins?.tooltip,
          callbacks: {
            title: (items: TooltipItem<'line'>[]) => {
              const x = (items[0]?.raw as { x: number } | undefined)?.x;
              const step = steps.find((p) => p.time === x);
              const head = x === undefined ? undefined : findHeadcount(x);
              return formatIsoDate(step?.date ?? head?.date ?? asOf, locale);
            },
            label: (item: TooltipItem<'line'>) => {
              if (item.dataset.label === s.reportedHeadcount) {
                const head = findHeadcount((item.raw as { x: number }).x);
                return head?.total ? `${s.reportedHeadcount}: ${formatFigure(head.total, locale)}` : '';
              }
              const step = steps[item.dataIndex];
              if (!step) return '';
              if (item.datasetIndex >= countries.length) return `${s.disputedRange}: +${formatNumber(step.high - step.low, locale)}`;
              const code = countries[item.datasetIndex] ?? '';
              const v = step.byCountry[code];
              return v ? `${countryName(code, locale)}: ${rangeText(v.low, v.high, locale)}` : '';
            },
            footer: (items: TooltipItem<'line'>[]) => {
              const x = (items[0]?.raw as { x: number } | undefined)?.x;
              const head = x === undefined ? undefined : findHeadcount(x);
              return head ? `${ui.source}: ${publishers(data, head.sources, locale)}` : '';
            },
          },
        },
      },
    },
  };

  const legend: LegendItem[] = [
    ...countries.map((c) => ({ label: countryName(c, locale), color: colors.get(c) ?? theme.muted })),
    ...(hasRange ? [{ label: s.disputedRange, color: theme.muted, hatched: true }] : []),
    { label: s.reportedHeadcount, color: theme.text, shape: 'point' as const },
  ];

  const table = {
    columns: [
      { label: s.colDate },
      { label: s.colArrivedLow, numeric: true },
      { label: s.colArrivedHigh, numeric: true },
      { label: s.colHeadcount, numeric: true },
      { label: s.colSources },
    ],
    rows: mergeTimeline(steps, headcounts, arrivalSources).map((row): TableCell[] => [
      { text: formatIsoDate(row.date, locale), value: row.date, rowHeader: true },
      row.step ? { text: formatNumber(row.step.low, locale), value: row.step.low } : { text: '—', value: '' },
      row.step ? { text: formatNumber(row.step.high, locale), value: row.step.high } : { text: '—', value: '' },
      row.head?.total ? figureCell(row.head.total, locale) : { text: '—', value: '' },
      { text: publishers(data, row.sources, locale) },
    ]),
    rowSources: mergeTimeline(steps, headcounts, arrivalSources).map((row) => row.sources),
  };

  const points: PointDescription[] = [];
  headcountPoints.forEach((p, index) => {
    const head = findHeadcount(p.x);
    if (head?.total)
      points.push({
        datasetIndex: datasets.length,
        index,
        text: `${s.headcountPoint(formatIsoDate(head.date, locale), formatFigure(head.total, locale))}. ${ui.source}: ${publishers(data, head.sources, locale)}.`,
      });
  });

  const ids = [...arrivalsByContingent(data).flatMap((a) => a.sources), ...headcounts.flatMap((h) => h.sources)];
  return {
    title,
    summary,
    notes: [
      moreNote(s.cumulativeNote),
      ...headcounts
        .filter((h) => h.total?.kind === 'disputed')
        .map((h) =>
          keyNote(
            s.disputedNote({
              label: s.reportedHeadcount,
              date: formatIsoDate(h.date, locale),
              reports: h.total ? reportsWithPublishers(data, h.total, locale, s.reportBy) : '',
            }),
          ),
        ),
    ],
    legend,
    table,
    sources: sourceRefs(data, ids),
    asOf,
    config: config as unknown as ChartConfiguration,
    points,
  };
}

type Step = ReturnType<typeof cumulativeStrengthByCountry>[number];
type Headcount = ReturnType<typeof reportedStrength>[number];

/** Arrival steps and head-counts on one timeline, by date, for the table. */
function mergeTimeline(steps: readonly Step[], heads: readonly Headcount[], arrivalSources: ReadonlyMap<string, readonly string[]>) {
  const dates = [...new Set([...steps.map((p) => p.date), ...heads.map((h) => h.date)])].sort();
  return dates.map((date) => {
    const step = steps.find((p) => p.date === date);
    const head = heads.find((h) => h.date === date);
    const stepSources = [...(step?.arrivals ?? []), ...(step?.departures ?? [])].flatMap((id) => arrivalSources.get(id) ?? []);
    const sources = [...stepSources, ...(head ? (head.total ? sourcesOf(head.total) : head.sources) : [])];
    return { date, step, head, sources: [...new Set(sources)] };
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
