/**
 * The contingent chart: each contingent's arrival in Haiti stacked by country, or arrivals added up over
 * time beside the force's reported head-counts. Pure: returns a Chart.js configuration plus the summary,
 * notes, table and sources, all from the same derived series.
 */
import type { ChartDataset, TooltipItem } from 'chart.js';
import { figureRange, sourcesOf, textIn } from '../data/figure.js';
import { arrivalsByContingent, cumulativeStrengthByCountry, dateToTime, reportedStrength, type ArrivalRow } from '../data/selectors.js';
import type { IsoDate, MssDataset } from '../data/types.js';
import { countryName, formatFigure, formatIsoDate, formatMonthTick, formatNumber } from '../i18n/format.js';
import { stringsFor, type UiStrings } from '../i18n/strings.js';
import { assembleSpec, baseOptions, categoryAxis, figureCell, publishers, reportsWithPublishers, valueAxis } from './common.js';
import { contingentStrings, type ContingentStrings } from './contingent.strings.js';
import { counted, rangeText, sum } from './helpers.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type ChartSpec, type LegendItem, type PointDescription, type TableCell, type TableModel } from './spec.js';

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

export function buildContingentSpec(data: MssDataset, options: ContingentOptions, ctx: BuildContext): ChartSpec {
  const arrivals = arrivalsByContingent(data);
  if (arrivals.length === 0) throw new Error('The data has no contingent arrivals (`deployments`) to chart.');
  return options.view === 'cumulative' ? buildCumulative(data, ctx) : buildArrivals(data, ctx);
}

/** A transparent element draws its bars without a border colour of its own. */
const isTransparent = (color: string) => color.startsWith('rgba(0, 0, 0, 0)');

// ---------------------------------------------------------------------------------------------------
// The arrivals view: one stacked bar per arrival date

function buildArrivals(data: MssDataset, ctx: BuildContext): ChartSpec {
  const m = arrivalsModel(data, ctx);
  const datasets = arrivalDatasets(m);
  return assembleSpec(data, {
    ...describeArrivals(m),
    legend: countryLegend(m, datasets.length > m.countries.length),
    table: arrivalsTable(m),
    config: arrivalsConfig(m, datasets),
    points: arrivalPoints(m, datasets),
    sourceIds: m.arrivals.flatMap((a) => a.sources),
    latest: m.arrivals[m.arrivals.length - 1]?.date ?? '',
  });
}

/** What both views share: the reader's strings, and a colour per country. */
interface ContingentBase {
  data: MssDataset;
  ctx: BuildContext;
  s: ContingentStrings;
  ui: UiStrings;
  countries: string[];
  colors: Map<string, string>;
}

interface ArrivalsModel extends ContingentBase {
  arrivals: ArrivalRow[];
  dates: string[];
  /** The arrivals of a country on a date. */
  rowAt: (country: string, date: string) => ArrivalRow[];
}

function contingentBase(data: MssDataset, ctx: BuildContext): ContingentBase {
  const countries = [...new Set(arrivalsByContingent(data).map((a) => a.country))];
  return { data, ctx, s: contingentStrings(ctx.locale), ui: stringsFor(ctx.locale), countries, colors: countryColors(countries, ctx) };
}

function arrivalsModel(data: MssDataset, ctx: BuildContext): ArrivalsModel {
  const arrivals = arrivalsByContingent(data);
  // Indexed once: filtering per country and date made large own datasets quadratic (seconds at 2,000 rows).
  const byCountryDate = new Map<string, ArrivalRow[]>();
  for (const a of arrivals) {
    const key = `${a.country} ${a.date}`;
    const rows = byCountryDate.get(key);
    if (rows) rows.push(a);
    else byCountryDate.set(key, [a]);
  }
  return {
    ...contingentBase(data, ctx),
    arrivals,
    dates: [...new Set(arrivals.map((a) => a.date))],
    rowAt: (country, date) => byCountryDate.get(`${country} ${date}`) ?? [],
  };
}

/** A bar's data: a value per date (null: none), or at many dates only the bars there are (see `sparseBars`). */
type BarPoint = { x: number; y: number };
type BarData = (number | null)[] | BarPoint[];

/**
 * From this many bar slots (dates × datasets) each dataset lists only its bars, with Chart.js's parsing off:
 * at the row limit, a value-or-null per date for every country gave Chart.js 24,000 elements to lay out
 * (most of them empty) in one task of most of a second; 2,000 bars is a twelfth of the work.
 */
export const SPARSE_BAR_SLOTS = 1000;

/** The bars of a value-per-date series, in Chart.js's own format: index along the date axis, value across. */
function sparseBars(values: readonly (number | null)[], horizontal: boolean): BarPoint[] {
  const bars: BarPoint[] = [];
  values.forEach((v, i) => {
    if (v !== null) bars.push(horizontal ? { x: v, y: i } : { x: i, y: v });
  });
  return bars;
}

/** The date index of a bar: its position in the labels, whether the data lists every date or only its bars. */
function dateIndexOf(data: BarData, position: number, horizontal: boolean): number {
  const raw = data[position];
  return raw !== null && typeof raw === 'object' ? (horizontal ? raw.y : raw.x) : position;
}

/**
 * One dataset per country (certain part: the lowest report), and one hatched dataset per country for the
 * part that only some sources report, stacked on top.
 */
function arrivalDatasets(m: ArrivalsModel): ChartDataset<'bar', BarData>[] {
  const { countries, dates, rowAt, colors } = m;
  const { theme, locale, compact } = m.ctx;
  // One stack: not grouped, each bar sits at its date's pixel at the same width as in a group of one, and
  // Chart.js does not look through every dataset for each bar's group (at the row limit, 2,000 × 40 times).
  const bar = { stack: 'arrivals', maxBarThickness: 56, grouped: false };
  const sparse = dates.length * countries.length >= SPARSE_BAR_SLOTS;
  const dataOf = (values: (number | null)[]): BarData => (sparse ? sparseBars(values, compact) : values);
  const certain = countries.map((country) => ({
    label: countryName(country, locale),
    data: dataOf(
      dates.map((d) => {
        const rows = rowAt(country, d);
        return rows.length ? sum(rows.map((r) => r.low)) : null;
      }),
    ),
    backgroundColor: colors.get(country) ?? theme.muted,
    borderColor: isTransparent(theme.background) ? 'transparent' : theme.background,
    borderWidth: 0,
    ...bar,
  }));
  const disputed = countries.flatMap((country) => {
    const extra = dates.map((d) => sum(rowAt(country, d).map((r) => r.high - r.low)));
    if (extra.every((v) => v === 0)) return [];
    const color = colors.get(country) ?? theme.muted;
    return [
      {
        label: `${countryName(country, locale)} — ${m.s.disputedRange}`,
        data: dataOf(extra.map((v) => (v > 0 ? v : null))),
        backgroundColor: theme.hatch(color),
        borderColor: color,
        borderWidth: 1.5,
        ...bar,
      },
    ];
  });
  return [...certain, ...disputed];
}

function arrivalsConfig(m: ArrivalsModel, datasets: ChartDataset<'bar', BarData>[]) {
  const { ctx, s, ui, data, dates, countries } = m;
  const { locale } = ctx;
  const sparse = datasets.some((ds) => ds.data.some((v) => v !== null && typeof v === 'object'));
  // The date of a bar from its parsed index value, which both kinds of data give.
  const dateOf = (item: TooltipItem<'bar'>) => dates[(ctx.compact ? item.parsed.y : item.parsed.x) ?? 0] ?? '';
  const tooltipRows = (item: TooltipItem<'bar'>) => {
    const code = countries.find((c) => item.dataset.label?.startsWith(countryName(c, locale))) ?? '';
    return m.rowAt(code, dateOf(item));
  };
  const base = baseOptions(ctx);
  const dateAxis = categoryAxis(ctx, { autoSkip: true });
  const personnelAxis = { ...valueAxis(ctx, s.axisPersonnel), stacked: true };
  return {
    type: 'bar' as const,
    data: { labels: dates.map((d) => formatIsoDate(d, locale, 'short')), datasets },
    options: {
      ...base,
      // Listed bars are in Chart.js's own format and in date order: nothing to parse or sort.
      ...(sparse ? { parsing: false as const, normalized: true } : {}),
      indexAxis: ctx.compact ? ('y' as const) : ('x' as const),
      scales: ctx.compact ? { y: dateAxis, x: personnelAxis } : { x: dateAxis, y: personnelAxis },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins.tooltip,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => (items[0] ? formatIsoDate(dateOf(items[0]), locale) : ''),
            label: (item: TooltipItem<'bar'>) =>
              tooltipRows(item).map((r) => `${countryName(r.country, locale)}, ${textIn(r.label, locale)}: ${formatFigure(r.personnel, locale)}`),
            footer: (items: TooltipItem<'bar'>[]) => {
              const ids = items.flatMap((i) => tooltipRows(i).flatMap((r) => r.sources));
              return ids.length ? `${ui.source}: ${publishers(data, ids, locale)}` : '';
            },
          },
        },
      },
    },
  };
}

/** Each country's contingents and personnel (lowest and highest readings), in order of first arrival. */
export function countryTotals(arrivals: readonly ArrivalRow[]): { country: string; contingents: number; low: number; high: number }[] {
  const countries = [...new Set(arrivals.map((a) => a.country))];
  return countries.map((country) => {
    const rows = arrivals.filter((a) => a.country === country);
    return { country, contingents: rows.length, low: sum(rows.map((r) => r.low)), high: sum(rows.map((r) => r.high)) };
  });
}

function describeArrivals(m: ArrivalsModel): { title: string; summary: string; notes: ChartNote[] } {
  const { arrivals, s, data } = m;
  const { locale } = m.ctx;
  const totals = countryTotals(arrivals);
  const allHigh = sum(totals.map((t) => t.high));
  const leader = [...totals].sort((a, b) => b.high - a.high)[0];
  const leaderName = leader ? countryName(leader.country, locale) : '';
  // "Kenya sent most": only when its fewest exceed every other country's most put together.
  const title = leader && leader.low > allHigh - leader.high ? s.titleLeader(leaderName) : s.titleArrivals;
  const first = arrivals[0]?.date ?? '';
  const last = arrivals[arrivals.length - 1]?.date ?? '';
  const summary = s.summaryArrivals({
    from: formatIsoDate(first.slice(0, 7), locale),
    // One month is one date, not "between June 2024 and June 2024".
    to: first.slice(0, 7) === last.slice(0, 7) ? undefined : formatIsoDate(last.slice(0, 7), locale),
    contingents: counted(arrivals.length, locale),
    countries: counted(m.countries.length, locale),
    leader: leaderName,
    leaderContingents: counted(leader?.contingents ?? 0, locale),
    leaderPersonnel: rangeText(leader?.low ?? 0, leader?.high ?? 0, locale),
  });
  const disputed = arrivals
    .filter((a) => a.personnel.kind === 'disputed')
    .map((a) =>
      keyNote(
        s.disputedNote({
          label: `${countryName(a.country, locale)}, ${textIn(a.label, locale)}`,
          date: formatIsoDate(a.date, locale),
          reports: reportsWithPublishers(data, a.personnel, locale, s.reportBy),
        }),
      ),
    );
  const served = arrivals
    .filter((a) => a.until)
    .map((a) => moreNote(s.servedUntil(textIn(a.label, locale), countryName(a.country, locale), formatIsoDate(a.until ?? '', locale))));
  return { title, summary, notes: [...disputed, ...served] };
}

/** A swatch per country, then the hatched range and any further items the view adds. */
function countryLegend(m: ContingentBase, hasRange: boolean, ...more: LegendItem[]): LegendItem[] {
  const { theme, locale } = m.ctx;
  return [
    ...m.countries.map((c) => ({ label: countryName(c, locale), color: m.colors.get(c) ?? theme.muted })),
    ...(hasRange ? [{ label: m.s.disputedRange, color: theme.muted, hatched: true }] : []),
    ...more,
  ];
}

function arrivalsTable(m: ArrivalsModel): TableModel {
  const { s, data, arrivals } = m;
  const { locale } = m.ctx;
  return {
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
}

/** Every arrival on its country's bar, in date order, then in the order of the countries. */
function arrivalPoints(m: ArrivalsModel, datasets: ChartDataset<'bar', BarData>[]): PointDescription[] {
  const { countries, dates, s, data } = m;
  const { locale, compact } = m.ctx;
  const points: (PointDescription & { dateIndex: number })[] = [];
  datasets.slice(0, countries.length).forEach((ds, datasetIndex) => {
    const code = countries[datasetIndex] ?? '';
    ds.data.forEach((v, index) => {
      if (v === null) return;
      const dateIndex = dateIndexOf(ds.data, index, compact);
      for (const r of m.rowAt(code, dates[dateIndex] ?? '')) {
        points.push({
          datasetIndex,
          index,
          dateIndex,
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
  return points.sort((a, b) => a.dateIndex - b.dateIndex || a.datasetIndex - b.datasetIndex).map(({ dateIndex: _, ...point }) => point);
}

// ---------------------------------------------------------------------------------------------------
// The cumulative view: arrivals added up per country, and the force's reported head-counts

function buildCumulative(data: MssDataset, ctx: BuildContext): ChartSpec {
  const m = cumulativeModel(data, ctx);
  const datasets = cumulativeDatasets(m);
  return assembleSpec(data, {
    ...describeCumulative(m),
    legend: countryLegend(m, m.hasRange, { label: m.s.reportedHeadcount, color: ctx.theme.text, shape: 'point' as const }),
    table: cumulativeTable(m),
    config: cumulativeConfig(m, datasets),
    points: headcountPoints(m, datasets.length - 1),
    sourceIds: [...arrivalsByContingent(data).flatMap((a) => a.sources), ...m.headcounts.flatMap((h) => h.sources)],
    latest: m.steps[m.steps.length - 1]?.date ?? '',
  });
}

interface CumulativeModel extends ContingentBase {
  steps: Step[];
  times: number[];
  headcounts: Headcount[];
  /** Points of the head-counts: one per count, two for a count whose reports differ. */
  headPoints: { x: number; y: number }[];
  /** Some sources report more arrivals than others at some step. */
  hasRange: boolean;
  asOf: IsoDate;
  findHeadcount: (x: number) => Headcount | undefined;
}

function cumulativeModel(data: MssDataset, ctx: BuildContext): CumulativeModel {
  const steps = cumulativeStrengthByCountry(data);
  const headcounts = reportedStrength(data).filter((h) => h.total);
  const headPoints = headcounts.flatMap((h) => {
    const range = h.total ? figureRange(h.total) : undefined;
    if (!range) return [];
    return range.low === range.high ? [{ x: h.time, y: range.low }] : [{ x: h.time, y: range.low }, { x: h.time, y: range.high }];
  });
  return {
    ...contingentBase(data, ctx),
    steps,
    times: steps.map((p) => p.time),
    headcounts,
    headPoints,
    hasRange: steps.some((p) => p.high > p.low),
    asOf: data.meta?.asOf ?? steps[steps.length - 1]?.date ?? '',
    findHeadcount: (x) => headcounts.find((h) => h.time === x),
  };
}

/** A stepped area per country, stacked; the disputed range on top, hatched; the head-counts as markers. */
function cumulativeDatasets(m: CumulativeModel): ChartDataset<'line', { x: number; y: number }[]>[] {
  const { steps, times, s } = m;
  const { theme, locale } = m.ctx;
  const stepped = { stepped: 'before' as const, pointRadius: 0, stack: 'arrived', order: 2 };
  const areas: ChartDataset<'line', { x: number; y: number }[]>[] = m.countries.map((code, i) => {
    const color = m.colors.get(code) ?? theme.muted;
    return {
      label: countryName(code, locale),
      data: steps.map((p, j) => ({ x: times[j] ?? 0, y: p.byCountry[code]?.low ?? 0 })),
      borderColor: color,
      backgroundColor: color,
      borderWidth: 1.5,
      pointHitRadius: 6,
      fill: i === 0 ? 'origin' : '-1',
      ...stepped,
    };
  });
  const range = {
    label: s.disputedRange,
    data: steps.map((p, j) => ({ x: times[j] ?? 0, y: p.high - p.low })),
    borderColor: theme.disputedFill === theme.muted ? theme.muted : theme.text,
    backgroundColor: theme.disputedFill,
    borderWidth: 1,
    fill: '-1',
    ...stepped,
  };
  const heads = {
    type: 'scatter' as const,
    label: s.reportedHeadcount,
    data: m.headPoints,
    borderColor: theme.text,
    backgroundColor: isTransparent(theme.background) ? '#ffffff' : theme.background,
    borderWidth: 2,
    pointRadius: 5,
    pointHoverRadius: 7,
    pointStyle: 'circle' as const,
    stack: 'reported',
    order: 1,
  };
  return [...areas, ...(m.hasRange ? [range] : []), heads as unknown as ChartDataset<'line', { x: number; y: number }[]>];
}

function cumulativeConfig(m: CumulativeModel, datasets: ChartDataset<'line', { x: number; y: number }[]>[]) {
  const { ctx, s, times } = m;
  const { theme, locale } = ctx;
  const base = baseOptions(ctx);
  return {
    type: 'line' as const,
    data: { datasets },
    options: {
      ...base,
      interaction: { mode: 'nearest' as const, axis: 'x' as const, intersect: false },
      scales: {
        x: {
          type: 'linear' as const,
          min: times[0],
          max: Math.max(dateToTime(m.asOf), ...times),
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
      plugins: { ...base.plugins, tooltip: { ...base.plugins.tooltip, callbacks: cumulativeTooltip(m) } },
    },
  };
}

function cumulativeTooltip(m: CumulativeModel) {
  const { s, ui, steps, countries, data, findHeadcount } = m;
  const { locale } = m.ctx;
  const headAt = (items: TooltipItem<'line'>[]) => {
    const x = (items[0]?.raw as { x: number } | undefined)?.x;
    return { x, head: x === undefined ? undefined : findHeadcount(x) };
  };
  return {
    title: (items: TooltipItem<'line'>[]) => {
      const { x, head } = headAt(items);
      const step = steps.find((p) => p.time === x);
      return formatIsoDate(step?.date ?? head?.date ?? m.asOf, locale);
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
      const { head } = headAt(items);
      return head ? `${ui.source}: ${publishers(data, head.sources, locale)}` : '';
    },
  };
}

function describeCumulative(m: CumulativeModel): { title: string; summary: string; notes: ChartNote[] } {
  const { s, steps, headcounts, data } = m;
  const { locale } = m.ctx;
  const last = steps[steps.length - 1];
  const latestHead = headcounts[headcounts.length - 1];
  const title =
    latestHead?.total && latestHead.total.kind !== 'disputed'
      ? s.titleCumulative(formatFigure(latestHead.total, locale), formatIsoDate(latestHead.date.slice(0, 7), locale))
      : s.titleCumulativeNoCount;
  const summary = s.summaryCumulative({
    date: formatIsoDate(last?.date ?? m.asOf, locale),
    arrived: rangeText(last?.low ?? 0, last?.high ?? 0, locale),
    ...(latestHead?.total ? { headcount: formatFigure(latestHead.total, locale), headcountDate: formatIsoDate(latestHead.date, locale) } : {}),
  });
  const disputed = headcounts
    .filter((h) => h.total?.kind === 'disputed')
    .map((h) =>
      keyNote(
        s.disputedNote({
          label: s.reportedHeadcount,
          date: formatIsoDate(h.date, locale),
          reports: h.total ? reportsWithPublishers(data, h.total, locale, s.reportBy) : '',
        }),
      ),
    );
  return { title, summary, notes: [moreNote(s.cumulativeNote), ...disputed] };
}

function cumulativeTable(m: CumulativeModel): TableModel {
  const { s, data } = m;
  const { locale } = m.ctx;
  const arrivalSources = new Map(arrivalsByContingent(data).map((a) => [a.id, a.sources]));
  const timeline = mergeTimeline(m.steps, m.headcounts, arrivalSources);
  const none = { text: '—', value: '' };
  return {
    columns: [
      { label: s.colDate },
      { label: s.colArrivedLow, numeric: true },
      { label: s.colArrivedHigh, numeric: true },
      { label: s.colHeadcount, numeric: true },
      { label: s.colSources },
    ],
    rows: timeline.map((row): TableCell[] => [
      { text: formatIsoDate(row.date, locale), value: row.date, rowHeader: true },
      row.step ? { text: formatNumber(row.step.low, locale), value: row.step.low } : none,
      row.step ? { text: formatNumber(row.step.high, locale), value: row.step.high } : none,
      row.head?.total ? figureCell(row.head.total, locale) : none,
      { text: publishers(data, row.sources, locale) },
    ]),
    rowSources: timeline.map((row) => row.sources),
  };
}

/** The head-count markers, for the keyboard: the last dataset. */
function headcountPoints(m: CumulativeModel, datasetIndex: number): PointDescription[] {
  const { s, ui, data } = m;
  const { locale } = m.ctx;
  return m.headPoints.flatMap((p, index) => {
    const head = m.findHeadcount(p.x);
    if (!head?.total) return [];
    const text = `${s.headcountPoint(formatIsoDate(head.date, locale), formatFigure(head.total, locale))}. ${ui.source}: ${publishers(data, head.sources, locale)}.`;
    return [{ datasetIndex, index, text }];
  });
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
