/**
 * Key-figure cards: a few headline numbers for an article ("980 personnel deployed of 2,500 planned"),
 * each with its qualifier, its date and its sources. Pure: builds the card models plus the title, summary,
 * notes, table and sources the element shows around them, from the same selected records.
 */
import { reportsOf, sourcesOf } from '../data/figure.js';
import {
  arrivalsByContingent,
  dateToTime,
  latestDisplacement,
  latestFigure,
  latestStrength,
  parseIsoDate,
} from '../data/selectors.js';
import type { Casualty, Figure, Funding, IsoDate, MssDataset, Report, SourceId, Text } from '../data/types.js';
import { countryName, formatCompact, formatFigure, formatIsoDate, formatList, formatNumber, formatReport } from '../i18n/format.js';
import { uiLanguage } from '../i18n/language.js';
import { stringsFor, type UiStrings } from '../i18n/strings.js';
import { figureCell, publishers, sourceRefs } from './common.js';
import { keyFiguresStrings, type KeyFiguresStrings } from './key-figures.strings.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type SourceRef, type TableCell, type ViewSpec } from './spec.js';
import { capitalize, certainlyAbove, ceilingOf, floorOf } from './helpers.js';

/** Every card the element can show, in the order the reference lists them. */
export const KEY_FIGURE_IDS = [
  'deployed',
  'contingents',
  'pledged',
  'displaced',
  'killed-2024',
  'killed-2023',
  'killed-latest-quarter',
  'funding',
] as const;

export type KeyFigureId = (typeof KEY_FIGURE_IDS)[number];

/** The cards an article gets when it names none: the force against its plan, displacement, and the dead. */
export const DEFAULT_KEY_FIGURES: readonly KeyFigureId[] = ['deployed', 'displaced', 'killed-2024'];

export interface KeyFiguresOptions {
  /**
   * The cards to show, in order: ids as a list, or as one space- or comma-separated string. Unset or empty:
   * the default set, less any card the data has no figure for.
   */
  figures?: string | readonly string[];
}

/** The headline number split around its qualifier, so the number can be set large and the words small. */
export interface ValueParts {
  before: string;
  number: string;
  after: string;
}

/** One card, ready to render: every string is in the reader's language. */
export interface KeyFigureCard {
  id: KeyFigureId;
  /** The headline value with its qualifier: "more than 1.4 million". */
  value: string;
  valueParts: ValueParts;
  /** What the number counts; reads after it: "people displaced inside Haiti". */
  label: string;
  /** A comparison from the same data: "of 2,500 planned". */
  context?: string;
  /** One more fact from the same records (the countries that sent personnel, a funding freeze). */
  detail?: string;
  /** The other reports when sources disagree: "Sources differ: 5,626 (later BINUH count)". */
  dispute?: string;
  /** The headline as a share of the context figure, when both are exact and comparable (for a bar). */
  ratio?: { part: number; whole: number };
  approximate: boolean;
  disputed: boolean;
  /** The date the headline figure describes or was reported on. */
  asOf: IsoDate;
  /** "As of 8 December 2025", "Reported 7 January 2025". */
  dateText: string;
  /** The sources of every figure on the card, in order of first mention. */
  sources: readonly SourceRef[];
}

export interface KeyFiguresSpec extends ViewSpec {
  cards: readonly KeyFigureCard[];
}

/** A card the data cannot fill: an error for a card the page asked for, a skipped card in the default set. */
class MissingFigureError extends Error {}

interface Row {
  label: string;
  value: TableCell;
  date: IsoDate;
  sources: readonly SourceId[];
}

interface Built {
  card: KeyFigureCard;
  rows: Row[];
  notes: ChartNote[];
}

interface Env {
  data: MssDataset;
  locale: string;
  s: KeyFiguresStrings;
  ui: UiStrings;
}

/**
 * Reads a `figures` attribute: ids separated by spaces or commas, in order, without repeats. Throws on an
 * id it does not know, naming the ones it does, so a typo in a CMS shows up instead of a card going missing.
 */
export function parseKeyFigureIds(input: string | readonly string[]): KeyFigureId[] {
  const tokens = (typeof input === 'string' ? input.split(/[\s,]+/) : input.flatMap((t) => t.split(/[\s,]+/)))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  const ids: KeyFigureId[] = [];
  for (const token of tokens) {
    if (!(KEY_FIGURE_IDS as readonly string[]).includes(token)) {
      throw new Error(`Unknown key figure "${token}" in figures. Use any of: ${KEY_FIGURE_IDS.join(', ')}.`);
    }
    if (!ids.includes(token as KeyFigureId)) ids.push(token as KeyFigureId);
  }
  return ids;
}

export function buildKeyFiguresSpec(data: MssDataset, options: KeyFiguresOptions, ctx: BuildContext): KeyFiguresSpec {
  const { locale } = ctx;
  const env: Env = { data, locale, s: keyFiguresStrings(locale), ui: stringsFor(locale) };
  const requested = options.figures === undefined ? [] : parseKeyFigureIds(options.figures);

  let built: Built[];
  if (requested.length > 0) {
    built = requested.map((id) => buildCard(id, env));
  } else {
    built = DEFAULT_KEY_FIGURES.flatMap((id) => {
      try {
        return [buildCard(id, env)];
      } catch (error) {
        if (error instanceof MissingFigureError) return [];
        throw error;
      }
    });
    if (built.length === 0) {
      throw new Error(
        `The data has none of the default key figures (${DEFAULT_KEY_FIGURES.join(', ')}); choose cards with the figures attribute.`,
      );
    }
  }

  const { s } = env;
  const cards = built.map((b) => b.card);
  const mission = cards.some((c) => MISSION_CARDS.has(c.id));
  const crisis = cards.some((c) => !MISSION_CARDS.has(c.id));
  const title = mission && crisis ? s.titleMixed : mission ? s.titleMission : s.titleCrisis;

  const byTime = [...cards].sort((a, b) => dateToTime(a.asOf) - dateToTime(b.asOf));
  const first = byTime[0]?.asOf ?? '';
  const last = byTime[byTime.length - 1]?.asOf ?? '';
  const from = formatIsoDate(first.slice(0, 7), locale);
  const to = formatIsoDate(last.slice(0, 7), locale);
  const summary = [
    from === to ? s.summarySameDate(to) : s.summary(from, to),
    ...(cards.some((c) => c.disputed) ? [s.summaryDisputed] : []),
  ].join(' ');

  const rows = built.flatMap((b) => b.rows);
  return {
    cards,
    title,
    summary,
    notes: built.flatMap((b) => b.notes),
    table: {
      columns: [{ label: s.colFigure }, { label: s.colValue, numeric: true }, { label: s.colDate }, { label: s.colSources }],
      rows: rows.map((r): TableCell[] => [
        { text: r.label, rowHeader: true },
        r.value,
        { text: formatIsoDate(r.date, locale), value: r.date },
        { text: publishers(data, r.sources, locale) },
      ]),
      rowSources: rows.map((r) => r.sources),
    },
    sources: sourceRefs(
      data,
      rows.flatMap((r) => r.sources),
    ),
    asOf: last,
  };
}

/** Cards about the mission itself; the others are about Haiti's crisis. */
const MISSION_CARDS = new Set<KeyFigureId>(['deployed', 'contingents', 'pledged', 'funding']);

function buildCard(id: KeyFigureId, env: Env): Built {
  switch (id) {
    case 'deployed':
      return deployedCard(env);
    case 'contingents':
      return contingentsCard(env);
    case 'pledged':
      return pledgedCard(env);
    case 'displaced':
      return displacedCard(env);
    case 'killed-2024':
      return killedInYearCard(env, id, '2024');
    case 'killed-2023':
      return killedInYearCard(env, id, '2023');
    case 'killed-latest-quarter':
      return killedLatestQuarterCard(env);
    case 'funding':
      return fundingCard(env);
  }
}

// ---------------------------------------------------------------------------------------------------
// Cards

function deployedCard(env: Env): Built {
  const { data, locale, s } = env;
  const snapshot = latestStrength(data);
  if (!snapshot?.total) {
    throw new MissingFigureError('The data has no head-count of the whole force (`strength` with a `total`) for the "deployed" card.');
  }
  const total = snapshot.total;
  const planned = latestFigure(
    (data.references ?? []).filter((r) => r.kind === 'planned-strength'),
    (r) => r.date,
  );
  const label = s.deployedLabel;
  const sources = [...sourcesOf(total), ...snapshot.sources, ...(planned ? sourcesOf(planned.value) : [])];
  const rows: Row[] = [{ label: capitalize(label, locale), value: figureCell(total, locale), date: snapshot.date, sources: unique([...sourcesOf(total), ...snapshot.sources]) }];
  if (planned) rows.push({ label: env.s.rowPlanned, value: figureCell(planned.value, locale), date: planned.date, sources: sourcesOf(planned.value) });
  return {
    card: {
      ...headline(env, 'deployed', total, (n) => headlineNumber(n, locale).text),
      label,
      ...(planned ? { context: s.deployedContext(formatFigure(planned.value, locale)) } : {}),
      ...(planned ? ratioOf(total, planned.value) : {}),
      ...dated(env, snapshot.date, 'asOf'),
      sources: sourceRefs(data, sources),
    },
    rows,
    notes: figureNotes(env, capitalize(label, locale), total),
  };
}

function contingentsCard(env: Env): Built {
  const { data, locale, s } = env;
  const arrivals = arrivalsByContingent(data);
  if (arrivals.length === 0) {
    throw new MissingFigureError('The data has no contingent arrivals (`deployments`) for the "contingents" card.');
  }
  // Each country once, at its first arrival: that report is what shows the country sent personnel.
  const firstArrivals = arrivals.filter((a, i) => arrivals.findIndex((b) => b.country === a.country) === i);
  const sent = firstArrivals.map((a) => a.country);
  const pledges = data.pledges ?? [];
  const pledgedOrSent = [...new Set([...sent, ...pledges.map((p) => p.country)])];
  const arrivalSources = firstArrivals.flatMap((a) => a.sources);
  const pledgeSources = pledges.flatMap((p) => sourcesOf(p.personnel));
  const lastDate = [...arrivals.map((a) => a.date), ...pledges.map((p) => p.date)].sort((a, b) => dateToTime(a) - dateToTime(b)).pop() ?? '';
  const count = formatNumber(sent.length, locale);
  const names = formatList(
    sent.map((c) => countryName(c, locale)),
    locale,
  );
  const rows: Row[] = [
    { label: `${s.rowSentCountries}: ${names}`, value: { text: count, value: sent.length }, date: arrivals[arrivals.length - 1]?.date ?? lastDate, sources: unique(arrivalSources) },
  ];
  if (pledges.length > 0) {
    rows.push({
      label: `${s.rowPledgingCountries}: ${formatList(pledgedOrSent.map((c) => countryName(c, locale)), locale)}`,
      value: { text: formatNumber(pledgedOrSent.length, locale), value: pledgedOrSent.length },
      date: lastDate,
      sources: unique([...pledgeSources, ...arrivalSources]),
    });
  }
  return {
    card: {
      id: 'contingents',
      value: count,
      valueParts: { before: '', number: count, after: '' },
      label: s.contingentsLabel(new Intl.PluralRules(locale).select(sent.length)),
      ...(pledges.length > 0 ? { context: s.contingentsContext(formatNumber(pledgedOrSent.length, locale)) } : {}),
      detail: names,
      approximate: false,
      disputed: false,
      ...dated(env, lastDate, 'asOf'),
      sources: sourceRefs(data, [...arrivalSources, ...pledgeSources]),
    },
    rows,
    notes: [moreNote(s.contingentsNote)],
  };
}

function pledgedCard(env: Env): Built {
  const { data, locale, s } = env;
  const total = latestFigure(
    (data.references ?? []).filter((r) => r.kind === 'pledged-total'),
    (r) => r.date,
  );
  if (!total) throw new MissingFigureError('The data has no total of personnel pledged (`references` of kind "pledged-total") for the "pledged" card.');
  const label = s.pledgedLabel;
  return {
    card: {
      ...headline(env, 'pledged', total.value, (n) => headlineNumber(n, locale).text),
      label,
      ...dated(env, total.date, 'asOf'),
      sources: sourceRefs(data, sourcesOf(total.value)),
    },
    rows: [{ label: capitalize(label, locale), value: figureCell(total.value, locale), date: total.date, sources: sourcesOf(total.value) }],
    notes: figureNotes(env, capitalize(label, locale), total.value),
  };
}

function displacedCard(env: Env): Built {
  const { data, locale, s } = env;
  const latest = latestDisplacement(data);
  if (!latest) throw new MissingFigureError('The data has no displacement figures (`displacement`) for the "displaced" card.');
  const earliest = [...(data.displacement ?? [])].sort((a, b) => dateToTime(a.date) - dateToTime(b.date))[0];
  const earlier = earliest && earliest !== latest ? earliest : undefined;
  const label = s.displacedLabel;
  const rows: Row[] = [{ label: capitalize(label, locale), value: figureCell(latest.idps, locale), date: latest.date, sources: sourcesOf(latest.idps) }];
  if (earlier) rows.push({ label: s.rowDisplacedEarlier, value: figureCell(earlier.idps, locale), date: earlier.date, sources: sourcesOf(earlier.idps) });
  return {
    card: {
      ...headline(env, 'displaced', latest.idps, (n) => headlineNumber(n, locale).text),
      label,
      ...(earlier ? { context: s.displacedContext(formatFigure(earlier.idps, locale), formatIsoDate(earlier.date, locale), certainlyAbove(floorOf(latest.idps), ceilingOf(earlier.idps))) } : {}),
      ...dated(env, latest.date, 'asOf'),
      sources: sourceRefs(data, [...sourcesOf(latest.idps), ...(earlier ? sourcesOf(earlier.idps) : [])]),
    },
    rows,
    notes: figureNotes(env, capitalize(label, locale), latest.idps),
  };
}

function killedInYearCard(env: Env, id: KeyFigureId, year: string): Built {
  const record = latestFigure(
    (env.data.casualties ?? []).filter((c) => c.metric === 'killed' && c.period.grain === 'year' && c.period.from.startsWith(year)),
    (c) => c.published ?? c.period.to,
  );
  if (!record) throw new MissingFigureError(`The data has no count of people killed in ${year} (\`casualties\`) for the "${id}" card.`);
  return casualtyCard(env, id, record, env.s.killedYearLabel(formatIsoDate(year, env.locale)));
}

function killedLatestQuarterCard(env: Env): Built {
  const { locale, s } = env;
  const record = latestFigure(
    (env.data.casualties ?? []).filter((c) => c.metric === 'killed' && c.period.grain === 'quarter'),
    (c) => c.period.to,
  );
  if (!record) {
    throw new MissingFigureError('The data has no quarterly count of people killed (`casualties`) for the "killed-latest-quarter" card.');
  }
  const from = parseIsoDate(record.period.from);
  const to = parseIsoDate(record.period.to);
  // formatIsoDate knows each language's month names (Creole's too, which Intl lacks); within one year the
  // first month drops its year ("julio de 2025" → "julio").
  const month = (date: IsoDate, withYear: boolean) => {
    const text = formatIsoDate(date.slice(0, 7), locale);
    return withYear ? text : text.replace(new RegExp(`\\s*(?:de\\s+)?${parseIsoDate(date).year}$`), '');
  };
  const label = s.killedPeriodLabel(month(record.period.from, from.year !== to.year), month(record.period.to, true));
  return casualtyCard(env, 'killed-latest-quarter', record, label);
}

function casualtyCard(env: Env, id: KeyFigureId, record: Casualty, label: string): Built {
  const { data, locale, s } = env;
  const date = record.published ?? record.period.to;
  const injured = record.injured;
  // Counts of another metric for the same period (2023's homicides beside its killings): named as what they
  // count, never merged into the card's number.
  const others = (data.casualties ?? []).filter(
    (c): c is Casualty & { metric: Exclude<Casualty['metric'], 'killed'> } =>
      c.metric !== 'killed' && c.period.from === record.period.from && c.period.to === record.period.to,
  );
  const rows: Row[] = [{ label: capitalize(label, locale), value: figureCell(record.count, locale), date, sources: sourcesOf(record.count) }];
  if (injured) rows.push({ label: s.rowInjured, value: figureCell(injured, locale), date, sources: sourcesOf(injured) });
  for (const o of others) {
    rows.push({ label: s.rowOtherMetric[o.metric], value: figureCell(o.count, locale), date: o.published ?? o.period.to, sources: sourcesOf(o.count) });
  }
  const otherCounts = others.map((o) => {
    const note = noteIn(o.note, locale);
    const count = s.otherMetricCount[o.metric](formatFigure(o.count, locale));
    return note ? `${count} (${note})` : count;
  });
  const ownNote = noteIn(record.note, locale);
  return {
    card: {
      ...headline(env, id, record.count, (n) => headlineNumber(n, locale).text),
      label,
      ...(injured ? { context: s.injuredContext(formatFigure(injured, locale)) } : {}),
      ...(otherCounts.length ? { detail: s.otherMetricDetail(formatList(otherCounts, locale)) } : {}),
      ...dated(env, date, record.published ? 'reported' : 'asOf'),
      sources: sourceRefs(data, [...sourcesOf(record.count), ...(injured ? sourcesOf(injured) : []), ...others.flatMap((o) => sourcesOf(o.count))]),
    },
    rows,
    notes: [
      ...(ownNote ? [moreNote(s.countedNote(capitalize(label, locale), ownNote))] : []),
      ...figureNotes(env, capitalize(label, locale), record.count),
    ],
  };
}

function fundingCard(env: Env): Built {
  const { data, locale, s } = env;
  const funding = data.funding ?? [];
  const received = latestFigure(
    funding.filter((f) => f.kind === 'received' || f.kind === 'deposited'),
    (f) => f.date,
  );
  if (!received) throw new MissingFigureError('The data has no money received by the trust fund (`funding`) for the "funding" card.');
  // The pledge total reported with the receipts, else the latest one: a pledge total from another date would
  // compare two different moments.
  const pledges = funding.filter((f) => f.kind === 'pledged');
  const pledged = pledges.find((f) => f.date === received.date) ?? latestFigure(pledges, (f) => f.date);
  const frozen = latestFigure(
    funding.filter((f) => f.kind === 'frozen' && dateToTime(f.date) >= dateToTime(received.date)),
    (f) => f.date,
  );
  const money = (n: number) => {
    const { text, compact } = headlineNumber(n, locale);
    return s.usd(text, compact);
  };
  const label = s.fundingLabel;
  const rows: Row[] = [moneyRow(env, capitalize(label, locale), received)];
  if (pledged) rows.push(moneyRow(env, s.rowFundingPledged, pledged));
  if (frozen) rows.push(moneyRow(env, s.rowFundingFrozen, frozen));
  return {
    card: {
      ...headline(env, 'funding', received.amountUsd, money),
      label,
      ...(pledged ? { context: s.fundingContext(figureText(env, pledged.amountUsd, money)) } : {}),
      ...(pledged && pledged.date === received.date ? ratioOf(received.amountUsd, pledged.amountUsd) : {}),
      ...(frozen ? { detail: s.fundingFrozen(figureText(env, frozen.amountUsd, money), formatIsoDate(frozen.date, locale)) } : {}),
      ...dated(env, received.date, 'asOf'),
      sources: sourceRefs(data, [received, pledged, frozen].flatMap((f) => (f ? sourcesOf(f.amountUsd) : []))),
    },
    rows,
    // Each amount's note under its own name: the pledged total's disputes are not the money received's.
    notes: [
      ...figureNotes(env, capitalize(label, locale), received.amountUsd),
      ...(pledged ? figureNotes(env, s.rowFundingPledged, pledged.amountUsd) : []),
      ...(frozen ? figureNotes(env, s.rowFundingFrozen, frozen.amountUsd) : []),
    ],
  };
}

function moneyRow(env: Env, label: string, record: Funding): Row {
  const exact = (n: number) => formatNumber(n, env.locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const figure = record.amountUsd;
  const text = figureText(env, figure, exact);
  return {
    label,
    value: { text, value: figure.kind === 'disputed' ? text : Math.max(...reportsOf(figure).map((r) => r.value)) },
    date: record.date,
    sources: sourcesOf(figure),
  };
}

// ---------------------------------------------------------------------------------------------------
// Pieces

/**
 * The headline of a card: the lowest report of a disputed figure (the count every source supports at least
 * as far as it goes, as "at least 5,601" does), with the others in the `dispute` line.
 */
function headline(
  env: Env,
  id: KeyFigureId,
  figure: Figure,
  formatValue: (n: number) => string,
): Pick<KeyFigureCard, 'id' | 'value' | 'valueParts' | 'approximate' | 'disputed' | 'dispute'> {
  const reports = reportsOf(figure);
  const lead = reports.reduce((low, r) => (r.value < low.value ? r : low));
  const valueParts = qualifiedParts(lead, formatValue(lead.value), env.ui);
  const others = reports.filter((r) => r !== lead);
  return {
    id,
    value: `${valueParts.before}${valueParts.number}${valueParts.after}`,
    valueParts,
    approximate: lead.kind === 'approximate',
    disputed: figure.kind === 'disputed',
    ...(others.length > 0
      ? {
          dispute: env.s.sourcesDiffer(
            formatList(
              others.map((r) => describeReport(env, r, lead, formatValue)),
              env.locale,
            ),
          ),
        }
      : {}),
  };
}

/** Another report as the card names it: by the source's own words where they are in the reader's language, else by outlet. */
function describeReport(env: Env, report: Report, lead: Report, formatValue: (n: number) => string): string {
  const { s } = env;
  const parts = qualifiedParts(report, formatValue(report.value), env.ui);
  const value = `${parts.before}${parts.number}${parts.after}`;
  const note = noteIn(report.note, env.locale);
  if (note) return s.reportWithNote(value, note);
  const same = report.sources.length === lead.sources.length && report.sources.every((id) => lead.sources.includes(id));
  return same ? s.reportSameSource(value) : s.reportBy(value, publishers(env.data, report.sources, env.locale));
}

/**
 * Splits "more than 1.4 million" around the number by running the language's qualifier template on a
 * placeholder, so word order stays the template's own.
 */
function qualifiedParts(report: Report, number: string, ui: UiStrings): ValueParts {
  if (report.kind !== 'approximate') return { before: '', number, after: '' };
  const marker = '\u0000';
  const [before = '', after = ''] = ui.qualifier[report.qualifier](marker).split(marker);
  return { before, number, after };
}

/** A whole figure in a given number format (money), with qualifiers and disputes as `formatFigure` words them. */
function figureText(env: Env, figure: Figure, formatValue: (n: number) => string): string {
  const one = (r: Report) => {
    const p = qualifiedParts(r, formatValue(r.value), env.ui);
    return `${p.before}${p.number}${p.after}`;
  };
  return figure.kind === 'disputed' ? env.ui.disputedValues(formatList(figure.reports.map(one), env.locale, 'disjunction')) : one(figure);
}

/**
 * "1.4 million" only where the words lose nothing: 1,041,000 stays "1,041,000" rather than becoming
 * "1.04 million", and thousands stay digits ("315,000" reads better than "315 thousand").
 */
export function headlineNumber(value: number, locale: string): { text: string; compact: boolean } {
  // formatCompact keeps two decimals of a million (or a billion): compact only when nothing is cut off.
  const lossless = value >= 1e9 ? value % 1e7 === 0 : value >= 1e6 && value % 1e4 === 0;
  return lossless ? { text: formatCompact(value, locale), compact: true } : { text: formatNumber(value, locale), compact: false };
}

function ratioOf(part: Figure, whole: Figure): Pick<KeyFigureCard, 'ratio'> {
  if (part.kind !== 'exact' || whole.kind !== 'exact' || whole.value <= 0) return {};
  return { ratio: { part: part.value, whole: whole.value } };
}

function dated(env: Env, date: IsoDate, kind: 'asOf' | 'reported'): Pick<KeyFigureCard, 'asOf' | 'dateText'> {
  const { precision } = parseIsoDate(date);
  const text = formatIsoDate(date, env.locale);
  return { asOf: date, dateText: kind === 'reported' ? env.s.reported(text, precision) : env.s.asOf(text, precision) };
}

/** Notes for the figure under a card: every report of a disputed one with who reported it, or an approximate one's wording. */
function figureNotes(env: Env, label: string, figure: Figure): ChartNote[] {
  const { data, locale, s } = env;
  if (figure.kind === 'disputed') {
    // Where one outlet carried every value (the UN's 2024 counts, say), it is named once after them.
    const [first, ...rest] = figure.reports.map((r) => publishers(data, r.sources, locale));
    const oneOutlet = rest.every((p) => p === first);
    const listed = formatList(
      figure.reports.map((r) => {
        const by = publishers(data, r.sources, locale);
        const note = noteIn(r.note, locale);
        if (oneOutlet) return note ? s.reportWithNote(formatReport(r, locale), note) : formatReport(r, locale);
        return note ? s.reportWithNote(formatReport(r, locale), `${note}; ${by}`) : s.reportBy(formatReport(r, locale), by);
      }),
      locale,
    );
    const reports = oneOutlet ? s.reportsSameOutlet(listed, first ?? '') : listed;
    const note = noteIn(figure.note, locale);
    return [keyNote(`${s.disputedNote(label, reports)}${note ? ` ${sentence(note)}` : ''}`)];
  }
  if (figure.kind === 'approximate') {
    return [keyNote(s.approximateNote(label, formatReport(figure, locale), publishers(data, figure.sources, locale)))];
  }
  return [];
}

/**
 * A dataset note in the reader's language, or nothing: plain-string notes are English, and an English
 * aside in a French card would read worse than naming the outlet.
 */
function noteIn(text: Text | undefined, locale: string): string | undefined {
  if (text === undefined) return undefined;
  const lang = uiLanguage(locale);
  const raw = typeof text === 'string' ? (lang === 'en' ? text : undefined) : (text as Record<string, unknown>)[lang];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  return fragment(raw);
}

/** "Later BINUH count." → "later BINUH count", to sit inside a sentence; acronyms keep their capitals. */
function fragment(note: string): string {
  const trimmed = note.trim().replace(/\.$/, '');
  const [first = '', second = ''] = trimmed;
  return second && second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + trimmed.slice(1) : trimmed;
}

function sentence(note: string): string {
  return `${note.charAt(0).toUpperCase()}${note.slice(1)}.`;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
