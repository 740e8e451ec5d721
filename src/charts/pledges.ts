/**
 * The pledges chart: per country, the personnel it pledged against the arrivals it sent, with the planned
 * strength and the reported pledge total as reference lines. Pure: returns a Chart.js configuration plus
 * the summary, notes, table and sources, all from `pledgedVsDeployed`.
 */
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { figureRange, sourcesOf, textIn } from '../data/figure.js';
import { arrivalsByContingent, latestFigure, latestStrength, pledgedVsDeployed, type PledgeRow } from '../data/selectors.js';
import type { CountryCode, MssDataset, Reference } from '../data/types.js';
import { parseColor } from '../engine/color.js';
import { countryName, formatFigure, formatIsoDate, formatList, formatNumber } from '../i18n/format.js';
import { baseOptions, figureCell, publishers, reportsWithPublishers, sourceRefs, valueAxis } from './common.js';
import { pledgesStrings, type PledgesStrings } from './pledges.strings.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type ChartSpec, type LegendItem, type PointDescription, type TableCell } from './spec.js';

export interface PledgesOptions {
  /** The country drawn in the accent colour: the story's subject. Kenya (`KE`) by default. */
  highlight?: CountryCode;
}

/** Kenya leads the mission, so it is the subject unless the page says otherwise. */
const DEFAULT_HIGHLIGHT = 'KE';

/** The reference levels this chart draws; a later force's authorised ceiling belongs to another story. */
const REFERENCE_KINDS = ['planned-strength', 'pledged-total'] as const;

/**
 * Arrivals at or under this share of the pledges read as "far" short of them. The pledge level is the
 * lowest reading of the reported total ("more than 3,100" → 3,100) and arrivals take their highest
 * reading, so the claim only holds when it holds for every reading of the sources.
 */
const FAR_SHORT_SHARE = 2 / 3;

/** Dataset order in the configuration; tests and the element's keyboard points rely on it. */
export const PLEDGES_DATASETS = { pledged: 0, pledgedDisputed: 1, sent: 2, sentDisputed: 3, rows: 4 } as const;

export function buildPledgesSpec(data: MssDataset, options: PledgesOptions, ctx: BuildContext): ChartSpec {
  const rows = pledgedVsDeployed(data);
  if (!rows.some((r) => r.pledge)) throw new Error('The data has no personnel pledges (`pledges`) to chart.');

  const { locale, theme } = ctx;
  const s = pledgesStrings(locale);
  const highlight = options.highlight ?? DEFAULT_HIGHLIGHT;
  const colorOf = (r: PledgeRow) => (r.country === highlight ? theme.accent : theme.muted);
  const names = rows.map((r) => countryName(r.country, locale));
  const references = chartReferences(data);

  // The axis reaches past every reference line, and far enough past the longest bar for its end label.
  const longestBar = Math.max(...rows.map((r) => Math.max(r.pledged?.high ?? 0, r.deployed.high)));
  const highestReference = Math.max(0, ...references.map((ref) => figureRange(ref.value).high));
  const axisMax = niceCeil(Math.max(longestBar * 1.3, highestReference * 1.03));

  // With reference lines, the first row of the plot is left empty for their labels: they sit at the top of
  // their lines, inside the plot, where no bar or bar-end label can run into them.
  const offset = references.length > 0 ? 1 : 0;
  const perRow = <T,>(value: (r: PledgeRow) => T, blank: T): T[] => [...(offset ? [blank] : []), ...rows.map(value)];
  const rowAt = (index: number): PledgeRow | undefined => rows[index - offset];

  const pledgeBar = { grouped: false, categoryPercentage: 0.84, barPercentage: 0.92, maxBarThickness: 30, order: 3, stack: 'pledged' };
  const sentBar = { grouped: false, categoryPercentage: 0.84, barPercentage: 0.46, maxBarThickness: 14, order: 1, stack: 'sent' };
  const solid = perRow(colorOf, theme.muted);
  const pale = perRow((r) => tint(colorOf(r), 0.3), theme.muted);
  const hatched = perRow((r) => theme.hatch(colorOf(r)), theme.disputedFill);
  const datasets: ChartDataset<'bar', (number | null)[]>[] = [
    {
      ...pledgeBar,
      label: s.legendPledged,
      data: perRow((r) => r.pledged?.low ?? null, null),
      backgroundColor: pale,
      hoverBackgroundColor: pale,
      borderColor: solid,
      borderWidth: 1,
    },
    {
      ...pledgeBar,
      label: `${s.legendPledged} — ${s.legendDisputed}`,
      data: perRow((r) => (r.pledged && r.pledged.high > r.pledged.low ? r.pledged.high - r.pledged.low : null), null),
      backgroundColor: hatched,
      hoverBackgroundColor: hatched,
      borderColor: solid,
      borderWidth: 1,
    },
    {
      ...sentBar,
      label: s.legendSent,
      data: perRow((r) => (r.deployed.low > 0 ? r.deployed.low : null), null),
      backgroundColor: solid,
      hoverBackgroundColor: solid,
      borderWidth: 0,
    },
    {
      ...sentBar,
      label: `${s.legendSent} — ${s.legendDisputed}`,
      data: perRow((r) => (r.deployed.high > r.deployed.low ? r.deployed.high - r.deployed.low : null), null),
      backgroundColor: hatched,
      hoverBackgroundColor: hatched,
      borderColor: solid,
      borderWidth: 1,
    },
    {
      // One transparent bar across each country's row: a row whose pledge size is undisclosed has no bar of
      // its own, yet it still needs a tooltip, a hover highlight and a place for keyboard focus.
      label: s.colCountry,
      data: perRow(() => axisMax, null),
      grouped: false,
      categoryPercentage: 1,
      barPercentage: 1,
      order: 5,
      stack: 'rows',
      backgroundColor: 'rgba(0, 0, 0, 0)',
      hoverBackgroundColor: tint(theme.grid, 0.45),
      borderWidth: 0,
    },
  ];

  const pledgedText = (r: PledgeRow) => (r.pledge ? formatFigure(r.pledge, locale) : s.noPledge);
  const sentText = (r: PledgeRow) => rangeText(r.deployed.low, r.deployed.high, locale);
  const pledgeSources = (r: PledgeRow) => {
    if (!r.pledge) return '';
    if (r.pledge.kind === 'disputed') return reportsWithPublishers(data, r.pledge, locale, s.reportBy);
    return publishers(data, sourcesOf(r.pledge), locale);
  };
  const arrivals = arrivalsByContingent(data);
  const arrivalSources = (r: PledgeRow) =>
    publishers(
      data,
      arrivals.filter((a) => a.country === r.country).flatMap((a) => a.sources),
      locale,
    );

  const fontSize = ctx.compact ? theme.fontSize - 1 : theme.fontSize;
  const labelSize = ctx.compact ? theme.fontSize - 2 : theme.fontSize;
  const annotations: Record<string, object> = {};
  // `textAlign` anchors a label's text at its value; `position` says the same to chartjs-plugin-annotation,
  // whose options the engine's plugin mirrors, so the spec reads the same under either.
  const startAt = { position: { x: 'start', y: 'center' }, textAlign: 'left' };
  rows.forEach((r, i) => {
    const index = i + offset;
    const end = Math.max(r.pledged?.high ?? 0, r.deployed.high);
    const sent = r.deployed.high > 0 ? s.sentLabel(sentText(r)) : '';
    if (r.undisclosed) {
      // Not a bar: a bar needs a length, and this pledge has none. Words in italics say so, where the bar
      // would start.
      annotations[`undisclosed-${r.country}`] = {
        type: 'label',
        ...startAt,
        xValue: r.deployed.high,
        yValue: index,
        xAdjust: 4,
        // On a phone the words take two lines, so they stay clear of the reference lines.
        content: ctx.compact
          ? [sent, ...splitAtComma(s.undisclosedLabel)].filter(Boolean)
          : [sent, s.undisclosedLabel].filter(Boolean).join(' · '),
        color: theme.muted,
        font: { family: theme.fontFamily, size: labelSize, style: 'italic' },
        padding: 0,
      };
      return;
    }
    // "None sent" sits where the sent bar would start, inside the pledge bar, rather than after it: the
    // words then read as the missing bar, and never run into a reference line.
    annotations[`sent-${r.country}`] = {
      type: 'label',
      ...startAt,
      xValue: sent ? end : 0,
      yValue: index,
      xAdjust: 4,
      content: sent || s.sentNone,
      color: theme.text,
      font: { family: theme.fontFamily, size: labelSize, weight: r.country === highlight ? 'bold' : 'normal' },
      padding: 0,
    };
  });

  // Reference lines run down the country rows only; their labels share the empty first row, one line of
  // text each (the highest value on top), and end at their line, so two close values (2,500 and 3,100 on
  // a phone) never print over each other or over a line.
  const byValue = [...references].sort((a, b) => figureRange(a.value).high - figureRange(b.value).high);
  byValue.forEach((ref, rank) => {
    const { low, high } = figureRange(ref.value);
    const rowsSpan = { yMin: offset - 0.5, yMax: rows.length + offset - 0.5 };
    // Under the bars and their labels: where a label crosses a line, the words stay on top.
    const line = { borderColor: theme.text, borderWidth: 1.5, borderDash: [5, 3], drawTime: 'beforeDatasetsDraw' };
    annotations[`ref-${ref.id}`] =
      low === high
        ? { type: 'line', xMin: low, xMax: low, ...rowsSpan, ...line }
        : { type: 'box', xMin: low, xMax: high, ...rowsSpan, backgroundColor: theme.disputedFill, ...line };
    annotations[`ref-${ref.id}-label`] = {
      type: 'label',
      position: { x: 'end', y: 'center' },
      textAlign: 'right',
      xValue: high,
      yValue: 0,
      yAdjust: ((byValue.length - 1) / 2 - rank) * (labelSize + 3),
      content: s.lineLabel(ctx.compact ? s.shortReference[ref.kind] : textIn(ref.label, locale), formatFigure(ref.value, locale)),
      color: theme.text,
      font: { family: theme.fontFamily, size: labelSize, weight: ctx.compact ? 'normal' : 'bold' },
      padding: 0,
    };
  });

  const base = baseOptions(ctx);
  const axis = valueAxis(ctx, s.axisPersonnel);
  const config = {
    type: 'bar' as const,
    data: { labels: perRow((r) => (ctx.compact ? wrapName(countryName(r.country, locale)) : countryName(r.country, locale)), ''), datasets },
    options: {
      ...base,
      indexAxis: 'y' as const,
      interaction: { mode: 'index' as const, axis: 'y' as const, intersect: false },
      scales: {
        x: { ...axis, stacked: true, min: 0, max: axisMax, ticks: { ...axis.ticks, includeBounds: false } },
        y: {
          type: 'category' as const,
          grid: { display: false },
          border: { color: theme.grid },
          ticks: {
            color: theme.text,
            autoSkip: false,
            font: (c: { index: number }) => ({
              family: theme.fontFamily,
              size: fontSize,
              weight: rowAt(c.index)?.country === highlight ? ('bold' as const) : ('normal' as const),
            }),
          },
        },
      },
      plugins: {
        ...base.plugins,
        tooltip: {
          ...base.plugins.tooltip,
          filter: (item: TooltipItem<'bar'>) => item.datasetIndex === PLEDGES_DATASETS.rows,
          callbacks: {
            title: (items: TooltipItem<'bar'>[]) => {
              const r = rowAt(items[0]?.dataIndex ?? -1);
              return r ? countryName(r.country, locale) : '';
            },
            label: (item: TooltipItem<'bar'>) => {
              const r = rowAt(item.dataIndex);
              return r ? [s.tooltipPledged(pledgedText(r)), s.tooltipSent(sentText(r))] : '';
            },
            footer: (items: TooltipItem<'bar'>[]) => {
              const r = rowAt(items[0]?.dataIndex ?? -1);
              if (!r) return '';
              const pledge = pledgeSources(r);
              const arrivals = arrivalSources(r);
              return [pledge ? s.tooltipPledgeSource(pledge) : '', arrivals ? s.tooltipArrivalSource(arrivals) : ''].filter(Boolean);
            },
          },
        },
        annotation: { annotations },
      },
    },
  };

  // Words.
  const sentLow = sum(rows.map((r) => r.deployed.low));
  const sentHigh = sum(rows.map((r) => r.deployed.high));
  const pledgedTotal = references.find((ref) => ref.kind === 'pledged-total');
  const planned = references.find((ref) => ref.kind === 'planned-strength');
  const pledgeLevel = pledgedTotal ? figureRange(pledgedTotal.value).low : sum(rows.map((r) => r.pledged?.low ?? 0));
  const title =
    sentHigh <= pledgeLevel * FAR_SHORT_SHARE ? s.titleFarShort : sentHigh < pledgeLevel ? s.titleShort : s.titleMet;
  const leader = rows.find((r) => r.pledged);
  const undisclosed = rows.filter((r) => r.undisclosed);
  const summary = s.summary({
    pledgers: formatNumber(rows.filter((r) => r.pledge).length, locale),
    ...(undisclosed.length ? { undisclosed: formatNumber(undisclosed.length, locale) } : {}),
    senders: formatNumber(rows.filter((r) => r.deployed.high > 0).length, locale),
    sentLow: formatNumber(sentLow, locale),
    sentHigh: formatNumber(sentHigh, locale),
    ...(planned ? { planned: formatFigure(planned.value, locale) } : {}),
    ...(leader && leader.deployed.high === 0 ? { idleLeader: countryName(leader.country, locale) } : {}),
  });

  const { notes, noteSources } = buildNotes(data, rows, references, s, locale);

  const legend: LegendItem[] = [
    { label: s.legendPledged, color: tint(theme.muted, 0.3) },
    { label: s.legendSent, color: theme.muted },
    ...(rows.some((r) => (r.pledged && r.pledged.high > r.pledged.low) || r.deployed.high > r.deployed.low)
      ? [{ label: s.legendDisputed, color: theme.muted, hatched: true }]
      : []),
    ...(rows.some((r) => r.country === highlight) ? [{ label: countryName(highlight, locale), color: theme.accent }] : []),
  ];

  const table = {
    columns: [{ label: s.colCountry }, { label: s.colPledged, numeric: true }, { label: s.colSent, numeric: true }, { label: s.colSources }],
    rows: rows.map((r, i): TableCell[] => [
      { text: names[i] ?? r.country, value: r.country, rowHeader: true },
      r.pledge ? figureCell(r.pledge, locale) : { text: s.noPledge, value: '' },
      { text: sentText(r), value: r.deployed.low === r.deployed.high ? r.deployed.low : sentText(r) },
      { text: s.sourcesCell({ pledge: pledgeSources(r), arrivals: arrivalSources(r) }) },
    ]),
    rowSources: rows.map((r) => r.sources),
  };

  const points: PointDescription[] = rows.map((r, index) => ({
    datasetIndex: PLEDGES_DATASETS.rows,
    index: index + offset,
    text: s.point({
      country: names[index] ?? r.country,
      pledged: pledgedText(r),
      sent: sentText(r),
      sources: publishers(data, r.sources, locale),
    }),
  }));

  const dates = [...(data.pledges ?? []).map((p) => p.date), ...(data.deployments ?? []).map((d) => d.date)].sort();
  return {
    title,
    summary,
    notes,
    legend,
    table,
    sources: sourceRefs(data, [...rows.flatMap((r) => r.sources), ...references.flatMap((ref) => sourcesOf(ref.value)), ...noteSources]),
    asOf: data.meta?.asOf ?? dates[dates.length - 1] ?? '',
    config: config as unknown as ChartConfiguration,
    points,
  };
}

type ChartReference = Reference & { kind: (typeof REFERENCE_KINDS)[number] };

/** The newest reference of each kind this chart draws, in `REFERENCE_KINDS` order. */
function chartReferences(data: MssDataset): ChartReference[] {
  return REFERENCE_KINDS.flatMap((kind) => {
    const ref = latestFigure((data.references ?? []).filter((r) => r.kind === kind), (r) => r.date);
    return ref ? [{ ...ref, kind }] : [];
  });
}

function buildNotes(
  data: MssDataset,
  rows: readonly PledgeRow[],
  references: readonly ChartReference[],
  s: PledgesStrings,
  locale: string,
): { notes: ChartNote[]; noteSources: string[] } {
  const notes: ChartNote[] = [];
  const noteSources: string[] = [];
  const arrivals = arrivalsByContingent(data);

  // What "sent" means: every arrival added up, teams that went home included.
  const departed = arrivals.find((a) => a.until !== undefined);
  let sent = s.sentNote(
    departed?.until
      ? {
          example: s.departedExample({
            country: countryName(departed.country, locale),
            label: lowerFirst(textIn(departed.label, locale), locale),
            value: formatFigure(departed.personnel, locale),
            date: formatIsoDate(departed.until, locale),
          }),
        }
      : {},
  );
  // The force's own head-count, beside it, shows how far the sum of arrivals runs above the force's size.
  const head = latestStrength(data);
  if (head?.total) {
    const ids = sourcesOf(head.total);
    noteSources.push(...ids);
    sent += ` ${s.headcountNote({
      value: formatFigure(head.total, locale),
      date: formatIsoDate(head.date, locale),
      publishers: publishers(data, ids, locale),
    })}`;
  }
  notes.push(moreNote(sent));

  for (const r of rows) {
    if (r.pledge?.kind === 'disputed') {
      notes.push(
        keyNote(
          s.disputedPledgeNote({
            country: countryName(r.country, locale),
            reports: reportsWithPublishers(data, r.pledge, locale, s.reportBy),
          }),
        ),
      );
    }
  }
  for (const r of rows) {
    if (r.deployed.high <= r.deployed.low) continue;
    const disputed = arrivals.filter((a) => a.country === r.country && a.disputed);
    notes.push(
      keyNote(
        s.disputedSentNote({
          country: countryName(r.country, locale),
          low: formatNumber(r.deployed.low, locale),
          high: formatNumber(r.deployed.high, locale),
          contingents: formatList(
            disputed.map((a) => lowerFirst(textIn(a.label, locale), locale)),
            locale,
          ),
        }),
      ),
    );
  }

  const undisclosed = rows.filter((r) => r.undisclosed).map((r) => countryName(r.country, locale));
  if (undisclosed.length) notes.push(moreNote(s.undisclosedNote(formatList(undisclosed, locale))));

  for (const ref of references) {
    const p = { value: formatFigure(ref.value, locale), publishers: publishers(data, sourcesOf(ref.value), locale) };
    notes.push(moreNote(ref.kind === 'planned-strength' ? s.plannedNote(p) : s.pledgedTotalNote(p)));
  }
  return { notes, noteSources };
}

/** "991–1,247" when reports differ, else the one number. */
function rangeText(low: number, high: number, locale: string): string {
  return low === high ? formatNumber(low, locale) : `${formatNumber(low, locale)}–${formatNumber(high, locale)}`;
}

/** The next multiple of a tenth of a power of ten at or above a value (3,193 → 3,200), for the axis maximum. */
function niceCeil(value: number): number {
  if (value <= 0) return 10;
  const step = 10 ** Math.floor(Math.log10(value)) / 10;
  return Math.ceil(value / step) * step;
}

/** A colour at a given opacity: the pale pledge bars behind the solid "sent" bars. */
function tint(color: string, alpha: number): string {
  const parsed = parseColor(color) ?? parseHex(color);
  if (!parsed) return color;
  const [r, g, b] = parsed.rgb.map((v) => Math.round(v));
  return `rgba(${r}, ${g}, ${b}, ${alpha * parsed.alpha})`;
}

function parseHex(color: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return { rgb: [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number], alpha: 1 };
}

/**
 * A long country name over two lines ("Antigua & Barbuda" → "Antigua &", "Barbuda"), so that on a phone the
 * names leave most of the width to the bars. Breaks at a space or after a hyphen nearest the middle.
 */
export function wrapName(name: string, maxChars = 11): string | string[] {
  if (name.length <= maxChars) return name;
  const breaks = [...name.matchAll(/[ -]/g)].map((m) => (m[0] === '-' ? (m.index ?? 0) + 1 : (m.index ?? 0)));
  if (breaks.length === 0) return name;
  const middle = name.length / 2;
  const at = breaks.reduce((best, b) => (Math.abs(b - middle) < Math.abs(best - middle) ? b : best));
  return [name.slice(0, at).trim(), name.slice(at).trim()];
}

/** "pledged, number not disclosed" → ["pledged,", "number not disclosed"]. */
function splitAtComma(text: string): string[] {
  const at = text.indexOf(', ');
  return at < 0 ? [text] : [text.slice(0, at + 1), text.slice(at + 2)];
}

function lowerFirst(text: string, locale: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
