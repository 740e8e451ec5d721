/**
 * The timeline: the mission's dated events (milestones, Security Council decisions, contingent arrivals and
 * the trust fund's money) in date order, each with its sentence, its figure as reported and its sources.
 * Pure: builds the entries plus the title, summary, notes, table and sources the element shows around them.
 */
import { reportsOf, sourcesOf, textIn } from '../data/figure.js';
import { compareIsoDates, parseIsoDate } from '../data/selectors.js';
import type { Deployment, Figure, Funding, IsoDate, Milestone, MssDataset, Report, SourceId, Text } from '../data/types.js';
import { countryName, formatIsoDate, formatList, formatNumber } from '../i18n/format.js';
import { uiLanguage } from '../i18n/language.js';
import { stringsFor } from '../i18n/strings.js';
import { publishers, sourceRefs } from './common.js';
import { keyNote, moreNote, type BuildContext, type ChartNote, type PointDescription, type SourceRef, type TableCell, type ViewSpec } from './spec.js';
import { timelineStrings, type TimelineKind, type TimelineStrings } from './timeline.strings.js';

export type { TimelineKind } from './timeline.strings.js';

/** Every kind of entry, in the order the `kinds` attribute documents them. */
export const TIMELINE_KINDS: readonly TimelineKind[] = ['milestones', 'arrivals', 'resolutions', 'funding'];

/**
 * Milestones the dataset records that are Security Council decisions, contingent arrivals or funding events:
 * the dataset's milestones carry no kind, so the shipped ones are named here. Own data's milestones whose id
 * starts with `resolution-` are Security Council decisions; any other milestone is a milestone.
 */
const MILESTONE_KINDS: Readonly<Record<string, TimelineKind>> = {
  'resolution-2699': 'resolutions',
  'mandate-renewed-2024': 'resolutions',
  'resolution-2793': 'resolutions',
  'first-contingent': 'arrivals',
  'fifth-contingent': 'arrivals',
  'us-funding-freeze': 'funding',
};

export interface TimelineOptions {
  /** Kinds to show, as a list or one space- or comma-separated string; unset or empty: all. */
  kinds?: string | readonly string[];
  /** First and last date shown (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); an entry overlapping the range is kept. */
  from?: string;
  to?: string;
}

/** One entry, ready to render: every string is in the reader's language. */
export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  /** As the dataset gives it, for `<time datetime>`: day, month or year precision. */
  date: IsoDate;
  /** The date in words, at the dataset's precision; "around …" when the dataset marks it approximate. */
  dateText: string;
  approximateDate: boolean;
  year: string;
  /** The first entry of its year: the wide layout labels the axis there. */
  yearStart: boolean;
  text: string;
  /** The figure the event reports ("Personnel: 400 or 200 (reports differ)"). */
  figure?: string;
  disputed: boolean;
  approximate: boolean;
  sources: readonly SourceRef[];
}

export interface TimelineSpec extends ViewSpec {
  entries: readonly TimelineEntry[];
  /** What the live region says of each entry, in order (one series). */
  points: readonly PointDescription[];
}

interface Draft {
  id: string;
  kind: TimelineKind;
  date: IsoDate;
  approximateDate: boolean;
  text: string;
  figure?: { figure: Figure; format: (n: number) => string; line: (text: string) => string };
  note?: Text;
  sources: SourceId[];
}

interface Env {
  data: MssDataset;
  locale: string;
  s: TimelineStrings;
}

/** The kinds named in `input`; throws on a name that is not a kind. */
export function parseTimelineKinds(input: string | readonly string[], locale = 'en'): TimelineKind[] {
  const tokens = typeof input === 'string' ? input.split(/[\s,]+/) : input;
  const kinds: TimelineKind[] = [];
  for (const raw of tokens) {
    const token = raw.trim().toLowerCase();
    if (!token) continue;
    if (!TIMELINE_KINDS.includes(token as TimelineKind)) {
      throw new Error(timelineStrings(locale).unknownKind(raw.trim(), TIMELINE_KINDS.join(', ')));
    }
    if (!kinds.includes(token as TimelineKind)) kinds.push(token as TimelineKind);
  }
  return kinds;
}

export function buildTimelineSpec(data: MssDataset, options: TimelineOptions, ctx: BuildContext): TimelineSpec {
  const { locale } = ctx;
  const env: Env = { data, locale, s: timelineStrings(locale) };
  const kinds = options.kinds === undefined ? [] : parseTimelineKinds(options.kinds, locale);
  const shown = new Set(kinds.length ? kinds : TIMELINE_KINDS);
  const range = { from: bound(env, 'from', options.from, 'start'), to: bound(env, 'to', options.to, 'end') };
  const drafts = allDrafts(env)
    .filter((d) => shown.has(d.kind) && period(d.date, 'end') >= range.from && period(d.date, 'start') <= range.to)
    .sort((a, b) => compareIsoDates(a.date, b.date));
  if (drafts.length === 0) throw new Error(env.s.emptyRange);

  const entries = drafts.map((draft, i) => toEntry(env, draft, drafts[i - 1]));
  const first = entries[0] as TimelineEntry;
  const last = entries[entries.length - 1] as TimelineEntry;
  // The kinds the entries are, not the kinds asked for: a range may hold none of some.
  const present = new Set(entries.map((e) => e.kind));
  const kindWords = formatList(TIMELINE_KINDS.filter((k) => present.has(k)).map((k) => env.s.kindList[k]), locale);
  const ui = stringsFor(locale);
  return {
    entries,
    points: entries.map((e, index) => ({
      datasetIndex: 0,
      index,
      text: [e.dateText, e.text, e.figure, `${ui.sources}${ui.colon} ${formatList(e.sources.map((s) => s.publisher), locale)}`]
        .filter(Boolean)
        .join('. '),
    })),
    title: env.s.title,
    summary:
      first.year === last.year ? env.s.summaryOneYear(first.year, kindWords) : env.s.summary(first.year, last.year, kindWords),
    notes: drafts.flatMap((d, i) => draftNotes(env, d, entries[i] as TimelineEntry)),
    table: {
      columns: [{ label: env.s.colDate }, { label: env.s.colKind }, { label: env.s.colEvent }, { label: env.s.colFigure }, { label: env.s.colSources }],
      rows: entries.map((e): TableCell[] => [
        { text: e.dateText, value: e.date, rowHeader: true },
        { text: env.s.kindLabel[e.kind] },
        { text: e.text },
        { text: e.figure ?? '' },
        { text: formatList(e.sources.map((s) => (s.via ? `${s.publisher} (${s.via})` : s.publisher)), locale) },
      ]),
      rowSources: drafts.map((d) => d.sources),
    },
    sources: sourceRefs(
      data,
      drafts.flatMap((d) => d.sources),
    ),
    asOf: data.meta?.asOf ?? last.date,
  };
}

/** A `from` / `to` bound as UTC milliseconds; unset is open. */
function bound(env: Env, name: 'from' | 'to', value: string | undefined, edge: 'start' | 'end'): number {
  const text = value?.trim();
  if (!text) return edge === 'start' ? -Infinity : Infinity;
  try {
    return period(text, edge);
  } catch {
    throw new Error(env.s.badDate(name, text));
  }
}

/** The first or last millisecond of the day, month or year a date names. */
function period(date: IsoDate, edge: 'start' | 'end'): number {
  const { year, month, day } = parseIsoDate(date);
  const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  if (edge === 'start') return start;
  const next = day ? Date.UTC(year, (month ?? 1) - 1, day + 1) : month ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  return next - 1;
}

/**
 * Every event of the dataset. A milestone about an arrival or a funding event that the dataset also records
 * with its figure (one deployment or funding record of the same date) becomes one entry: the milestone's
 * sentence, the record's figure, the sources of both.
 */
function allDrafts(env: Env): Draft[] {
  const { data } = env;
  const deployments = data.deployments ?? [];
  const funding = data.funding ?? [];
  const merged = new Set<object>();
  const milestones = (data.milestones ?? []).map((milestone) => {
    const kind = milestoneKind(milestone);
    const draft = milestoneDraft(env, milestone, kind);
    const twin = kind === 'arrivals' ? only(deployments, milestone.date) : kind === 'funding' ? only(funding, milestone.date) : undefined;
    if (!twin) return draft;
    merged.add(twin);
    const record = 'personnel' in twin ? deploymentDraft(env, twin) : fundingDraft(env, twin);
    return { ...record, id: draft.id, text: draft.text, sources: [...new Set([...draft.sources, ...record.sources])] };
  });
  return [
    ...milestones,
    ...deployments.filter((d) => !merged.has(d)).map((d) => deploymentDraft(env, d)),
    ...funding.filter((f) => !merged.has(f)).map((f) => fundingDraft(env, f)),
  ];
}

function milestoneKind(milestone: Milestone): TimelineKind {
  return MILESTONE_KINDS[milestone.id] ?? (milestone.id.startsWith('resolution-') ? 'resolutions' : 'milestones');
}

/** The one record dated `date`, or none when there are none or several (then which one is meant is unknown). */
function only<T extends { date: IsoDate }>(records: readonly T[], date: IsoDate): T | undefined {
  const same = records.filter((r) => r.date === date);
  return same.length === 1 ? same[0] : undefined;
}

function milestoneDraft(env: Env, milestone: Milestone, kind: TimelineKind): Draft {
  return { id: milestone.id, kind, date: milestone.date, approximateDate: false, text: textIn(milestone.event, env.locale), sources: [...milestone.sources] };
}

function deploymentDraft(env: Env, d: Deployment): Draft {
  const { locale, s } = env;
  return {
    id: d.id,
    kind: 'arrivals',
    date: d.date,
    approximateDate: false,
    text: s.arrival(textIn(d.label, locale), countryName(d.country, locale)),
    figure: { figure: d.personnel, format: (n) => formatNumber(n, locale), line: s.personnel },
    ...(d.note === undefined ? {} : { note: d.note }),
    sources: sourcesOf(d.personnel),
  };
}

function fundingDraft(env: Env, f: Funding): Draft {
  const { locale, s } = env;
  return {
    id: `funding-${f.kind}-${f.date}`,
    kind: 'funding',
    date: f.date,
    approximateDate: f.dateApproximate ?? false,
    text: s.funding[f.kind],
    // Whole dollars, never rounded to "million": the figure stays as the source gave it.
    figure: { figure: f.amountUsd, format: (n) => formatNumber(n, locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }), line: s.amount },
    ...(f.note === undefined ? {} : { note: f.note }),
    sources: sourcesOf(f.amountUsd),
  };
}

function toEntry(env: Env, draft: Draft, previous: Draft | undefined): TimelineEntry {
  const { locale, s } = env;
  const date = formatIsoDate(draft.date, locale);
  const { year: yearNumber, precision } = parseIsoDate(draft.date);
  const year = String(yearNumber);
  const figure = draft.figure;
  return {
    id: draft.id,
    kind: draft.kind,
    date: draft.date,
    dateText: draft.approximateDate ? s.aboutDate(date, precision) : date,
    approximateDate: draft.approximateDate,
    year,
    yearStart: !previous || String(parseIsoDate(previous.date).year) !== year,
    text: draft.text,
    ...(figure ? { figure: figure.line(figureWords(env, figure.figure, figure.format)) } : {}),
    disputed: figure?.figure.kind === 'disputed',
    approximate: figure !== undefined && reportsOf(figure.figure).some((r) => r.kind === 'approximate'),
    sources: sourceRefs(env.data, draft.sources),
  };
}

/** "400 or 200 (reports differ)", "about 200", "$10,800,000". */
function figureWords(env: Env, figure: Figure, format: (n: number) => string): string {
  if (figure.kind !== 'disputed') return formatReportWith(env, figure, format);
  const values = figure.reports.map((r) => formatReportWith(env, r, format));
  return stringsFor(env.locale).disputedValues(formatList(values, env.locale, 'disjunction'));
}

/** Key notes for what the marks mean (disputed, approximate); the record's own note under the disclosure. */
function draftNotes(env: Env, draft: Draft, entry: TimelineEntry): ChartNote[] {
  const { data, locale, s } = env;
  const notes: ChartNote[] = [];
  const figure = draft.figure;
  // Two entries may share a sentence ("Money pledged…"): the date tells them apart.
  const name = `${entry.text} (${entry.dateText})`;
  if (figure?.figure.kind === 'disputed') {
    const reports = formatList(
      figure.figure.reports.map((r) => s.reportBy(formatReportWith(env, r, figure.format), publishers(data, r.sources, locale))),
      locale,
    );
    notes.push(keyNote(s.disputedNote(name, reports)));
  } else if (figure?.figure.kind === 'approximate') {
    const value = formatReportWith(env, figure.figure, figure.format);
    notes.push(keyNote(s.approximateNote(name, value, publishers(data, figure.figure.sources, locale))));
  }
  if (draft.approximateDate) notes.push(keyNote(s.approximateDateNote(name)));
  const own = noteIn(draft.note, locale);
  if (own) notes.push(moreNote(s.recordNote(name, own)));
  return notes;
}

function formatReportWith(env: Env, report: Report, format: (n: number) => string): string {
  if (report.kind !== 'approximate') return format(report.value);
  return stringsFor(env.locale).qualifier[report.qualifier](format(report.value));
}

/** A dataset note in the reader's language, or nothing: plain-string notes are English. */
function noteIn(text: Text | undefined, locale: string): string | undefined {
  if (text === undefined) return undefined;
  const lang = uiLanguage(locale);
  const raw = typeof text === 'string' ? (lang === 'en' ? text : undefined) : (text as Record<string, unknown>)[lang];
  return typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined;
}
