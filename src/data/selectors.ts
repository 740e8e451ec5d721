/**
 * Derived series for charts, summaries and tables. Pure functions of a dataset: no DOM, no mutation, so
 * the picture, the sentence and the table built from one selector cannot disagree.
 *
 * A dataset may be partial (every section is optional); a missing section reads as empty.
 */
import { figureRange, hasApproximateReport, sourcesOf } from './figure.js';
import type {
  CountryCode,
  Deployment,
  Displacement,
  Figure,
  IsoDate,
  MssDataset,
  PledgeAmount,
  Service,
  Source,
  SourceId,
  StrengthSnapshot,
  Text,
} from './types.js';

// ---------------------------------------------------------------------------------------------------
// Dates

/** How much of a date was reported. */
export type DatePrecision = 'year' | 'month' | 'day';

/** The parts of an ISO date, with the precision it was reported at. */
export interface DateParts {
  year: number;
  /** 1–12, when known. */
  month?: number;
  /** 1–31, when known. */
  day?: number;
  precision: DatePrecision;
}

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * Splits `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its parts. Throws a `RangeError` for anything else,
 * including impossible days such as `2025-02-30`; validated data never contains one.
 */
export function parseIsoDate(date: IsoDate): DateParts {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day > daysInMonth(year, month)) throw new RangeError(`no such day: ${JSON.stringify(date)}`);
  return { year, month, day, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A date as UTC milliseconds, for time axes and ordering.
 *
 * A day is placed at its start (00:00 UTC). A month or a year is placed at its mid-point: a figure
 * "as of June 2025" may describe any day of June, so the middle is never more than half a month off,
 * and it sorts after a figure dated 1 June and before one dated 30 June.
 */
export function dateToTime(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  if (month === undefined) return (Date.UTC(year, 0, 1) + Date.UTC(year + 1, 0, 1)) / 2;
  if (day === undefined) return (Date.UTC(year, month - 1, 1) + Date.UTC(year, month, 1)) / 2;
  return Date.UTC(year, month - 1, day);
}

/** Orders ISO dates of any precision by `dateToTime`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return dateToTime(a) - dateToTime(b);
}

// ---------------------------------------------------------------------------------------------------
// Ranges

/** The lowest and highest value consistent with the reports behind a number. */
export interface Range {
  low: number;
  high: number;
}

function addRange(a: Range, b: Range): Range {
  return { low: a.low + b.low, high: a.high + b.high };
}

const ZERO: Range = { low: 0, high: 0 };

// ---------------------------------------------------------------------------------------------------
// Arrivals

/** One contingent's arrival, ready for a bar or a table row. */
export interface ArrivalRow {
  id: string;
  date: IsoDate;
  /** UTC ms of `date` (see `dateToTime`). */
  time: number;
  /** The date the contingent left, when it served a limited tour. */
  until?: IsoDate;
  country: CountryCode;
  service: Service;
  label: Text;
  personnel: Figure;
  /** Lowest and highest reported size; equal unless the size is disputed. */
  low: number;
  high: number;
  /** Sources disagree on the size. */
  disputed: boolean;
  /** At least one source qualifies the size ("about", "around"). */
  approximate: boolean;
  sources: SourceId[];
  note?: Text;
}

/** Every arrival in date order (arrivals on the same date keep their order in the dataset). */
export function arrivalsByContingent(data: MssDataset): ArrivalRow[] {
  return sortByDate(data.deployments ?? [], (d) => d.date).map(toArrivalRow);
}

function toArrivalRow(d: Deployment): ArrivalRow {
  const { low, high } = figureRange(d.personnel);
  const row: ArrivalRow = {
    id: d.id,
    date: d.date,
    time: dateToTime(d.date),
    country: d.country,
    service: d.service,
    label: d.label,
    personnel: d.personnel,
    low,
    high,
    disputed: d.personnel.kind === 'disputed',
    approximate: hasApproximateReport(d.personnel),
    sources: sourcesOf(d.personnel),
  };
  if (d.until !== undefined) row.until = d.until;
  if (d.note !== undefined) row.note = d.note;
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Cumulative strength

/** Deployed strength at one date, as arrivals added up. `low` and `high` bound the whole force. */
export interface CumulativePoint extends Range {
  date: IsoDate;
  time: number;
  /** Deployment ids arriving on this date. */
  arrivals: string[];
  /** Deployment ids whose tour ended on this date. */
  departures: string[];
  /**
   * Per country, every country that has arrived by this date (a country whose teams all left stays, at
   * zero, so that series keep their length). Keys in order of first arrival.
   */
  byCountry: Record<CountryCode, Range>;
  /** Sources of the arrivals and departures on this date, without repeats. */
  sources: SourceId[];
}

/**
 * Deployed strength per country at each date a contingent arrived or left, accumulated from arrivals.
 *
 * This is arrivals added up, not a head-count: rotations home are rarely reported, so the sum only falls
 * when a contingent with an `until` date leaves. Where a size is disputed, `low` adds the lowest reports
 * and `high` the highest. For what the mission itself reported, use `reportedStrength`.
 */
export function cumulativeStrengthByCountry(data: MssDataset): CumulativePoint[] {
  interface Change {
    date: IsoDate;
    id: string;
    country: CountryCode;
    delta: Range;
    leaving: boolean;
    sources: SourceId[];
  }
  const changes: Change[] = [];
  for (const d of data.deployments ?? []) {
    const range = figureRange(d.personnel);
    const sources = sourcesOf(d.personnel);
    changes.push({ date: d.date, id: d.id, country: d.country, delta: range, leaving: false, sources });
    if (d.until !== undefined) {
      const delta = { low: -range.low, high: -range.high };
      changes.push({ date: d.until, id: d.id, country: d.country, delta, leaving: true, sources });
    }
  }

  const points: CumulativePoint[] = [];
  const current = new Map<CountryCode, Range>();
  for (const change of sortByDate(changes, (c) => c.date)) {
    let point = points[points.length - 1];
    if (!point || point.date !== change.date) {
      const time = dateToTime(change.date);
      point = { date: change.date, time, arrivals: [], departures: [], byCountry: {}, sources: [], ...ZERO };
      points.push(point);
    }
    (change.leaving ? point.departures : point.arrivals).push(change.id);
    point.sources = [...new Set([...point.sources, ...change.sources])];
    current.set(change.country, addRange(current.get(change.country) ?? ZERO, change.delta));
    point.byCountry = Object.fromEntries([...current].map(([country, range]) => [country, { ...range }]));
    Object.assign(point, [...current.values()].reduce(addRange, ZERO));
  }
  return points;
}

// ---------------------------------------------------------------------------------------------------
// Reported head-counts

/** A head-count as reported, with ranges for charting. */
export interface StrengthRow {
  date: IsoDate;
  time: number;
  /** The date itself is approximate ("around June 2025"). */
  dateApproximate: boolean;
  /** The whole force, when the source gives it. */
  total?: Figure;
  totalRange?: Range;
  breakdown: { countries: CountryCode[]; personnel: Figure; low: number; high: number }[];
  note?: Text;
  /** The snapshot's sources and every source of its figures, without repeats. */
  sources: SourceId[];
}

/** The mission's reported head-counts in date order, including rows that carry only a note. */
export function reportedStrength(data: MssDataset): StrengthRow[] {
  return sortByDate(data.strength ?? [], (s) => s.date).map(toStrengthRow);
}

function toStrengthRow(s: StrengthSnapshot): StrengthRow {
  const breakdown = (s.breakdown ?? []).map((b) => ({
    countries: b.countries,
    personnel: b.personnel,
    ...figureRange(b.personnel),
  }));
  const figures: Figure[] = [...(s.total ? [s.total] : []), ...breakdown.map((b) => b.personnel)];
  const row: StrengthRow = {
    date: s.date,
    time: dateToTime(s.date),
    dateApproximate: s.dateApproximate ?? false,
    breakdown,
    sources: [...new Set([...s.sources, ...figures.flatMap(sourcesOf)])],
  };
  if (s.total) {
    row.total = s.total;
    row.totalRange = figureRange(s.total);
  }
  if (s.note !== undefined) row.note = s.note;
  return row;
}

// ---------------------------------------------------------------------------------------------------
// Pledged against deployed

/** One country's pledge beside what it sent. */
export interface PledgeRow {
  country: CountryCode;
  /** The pledge, or undefined when the country sent personnel without a recorded pledge. */
  pledge?: PledgeAmount;
  /** Range of the pledged number; undefined when the pledge is undisclosed or missing. */
  pledged?: Range;
  /** The pledge exists but its size was never made public. Not zero. */
  undisclosed: boolean;
  /** Sum of the country's arrivals, including teams that later went home. */
  deployed: Range;
  /** Sources of the pledge, then of the arrivals, without repeats. */
  sources: SourceId[];
}

/**
 * Per country: the pledge and the sum of its arrivals. Disclosed pledges come first, largest (highest
 * report) first, then by deployed strength; countries with an undisclosed or no pledge follow, by
 * deployed strength then country code. A country with several pledge records uses the latest.
 */
export function pledgedVsDeployed(data: MssDataset): PledgeRow[] {
  const pledges = new Map<CountryCode, { amount: PledgeAmount; time: number }>();
  for (const p of data.pledges ?? []) {
    const time = dateToTime(p.date);
    const known = pledges.get(p.country);
    if (!known || time >= known.time) pledges.set(p.country, { amount: p.personnel, time });
  }
  const deployed = new Map<CountryCode, { range: Range; sources: SourceId[] }>();
  for (const d of data.deployments ?? []) {
    const known = deployed.get(d.country) ?? { range: ZERO, sources: [] };
    deployed.set(d.country, {
      range: addRange(known.range, figureRange(d.personnel)),
      sources: [...known.sources, ...sourcesOf(d.personnel)],
    });
  }

  const countries = [...new Set([...pledges.keys(), ...deployed.keys()])];
  const rows = countries.map((country): PledgeRow => {
    const pledge = pledges.get(country)?.amount;
    const sent = deployed.get(country);
    const row: PledgeRow = {
      country,
      undisclosed: pledge?.kind === 'undisclosed',
      deployed: sent ? sent.range : ZERO,
      sources: [...new Set([...(pledge ? sourcesOf(pledge) : []), ...(sent ? sent.sources : [])])],
    };
    if (pledge) {
      row.pledge = pledge;
      if (pledge.kind !== 'undisclosed') row.pledged = figureRange(pledge);
    }
    return row;
  });

  return rows.sort((a, b) => {
    if (a.pledged && b.pledged) {
      return b.pledged.high - a.pledged.high || b.deployed.high - a.deployed.high || a.country.localeCompare(b.country);
    }
    if (a.pledged) return -1;
    if (b.pledged) return 1;
    return b.deployed.high - a.deployed.high || a.country.localeCompare(b.country);
  });
}

// ---------------------------------------------------------------------------------------------------
// Latest figures

/**
 * The newest item of a series by `getDate` (see `dateToTime` for mixed precisions). On a tie the item
 * later in the series wins, as datasets append newer reports. Items without a date are skipped.
 */
export function latestFigure<T>(series: readonly T[], getDate: (item: T) => IsoDate | undefined): T | undefined {
  let latest: T | undefined;
  let latestTime = -Infinity;
  for (const item of series) {
    const date = getDate(item);
    if (date === undefined) continue;
    const time = dateToTime(date);
    if (time >= latestTime) {
      latest = item;
      latestTime = time;
    }
  }
  return latest;
}

/** The newest count of internally displaced people. */
export function latestDisplacement(data: MssDataset): Displacement | undefined {
  return latestFigure(data.displacement ?? [], (d) => d.date);
}

/** The newest head-count that gives the whole force's size (rows with only a note or a breakdown are skipped). */
export function latestStrength(data: MssDataset): StrengthSnapshot | undefined {
  return latestFigure(data.strength ?? [], (s) => (s.total ? s.date : undefined));
}

// ---------------------------------------------------------------------------------------------------
// Sources

/** A source with the id it has in the dataset. */
export type CitedSource = Source & { id: SourceId };

/**
 * Every source id cited anywhere inside the given records (figures, reports, snapshots, milestones…), in
 * order of first mention, without repeats. Reads every `sources` list of ids at any depth.
 */
export function citedSourceIds(records: readonly object[]): SourceId[] {
  const ids = new Set<SourceId>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child) && child.every((id) => typeof id === 'string')) {
        for (const id of child as string[]) ids.add(id);
      } else {
        visit(child);
      }
    }
  };
  records.forEach(visit);
  return [...ids];
}

/**
 * The `Source` objects, with their ids, cited by a set of records, in order of first mention and without
 * repeats: what a chart's footer lists. Ids missing from `data.sources` are skipped (the validator
 * reports them).
 */
export function sourcesUsed(data: MssDataset, records: readonly object[]): CitedSource[] {
  return citedSourceIds(records).flatMap((id) => {
    const source = Object.prototype.hasOwnProperty.call(data.sources, id) ? data.sources[id] : undefined;
    return source ? [{ id, ...source }] : [];
  });
}

// ---------------------------------------------------------------------------------------------------
// Record references

/** The sections a record reference (`deployments:ke-1`) may name. */
export type RecordSection =
  | 'deployments'
  | 'pledges'
  | 'references'
  | 'strength'
  | 'displacement'
  | 'casualties'
  | 'funding'
  | 'milestones'
  | 'seedClaims';

/**
 * The records a reference such as `deployments:ke-1` points at: by `id` in sections that have one, by
 * country in `pledges` (`pledges:JM`), by date elsewhere (`displacement:2024-06`, `strength:2025-01-04`).
 * Empty when nothing matches.
 */
export function findRecords(data: MssDataset, ref: string): object[] {
  const colon = ref.indexOf(':');
  if (colon < 0) return [];
  const section = ref.slice(0, colon) as RecordSection;
  const key = ref.slice(colon + 1);
  switch (section) {
    case 'deployments':
    case 'references':
    case 'casualties':
    case 'milestones':
    case 'seedClaims':
      return (data[section] ?? []).filter((r: { id: string }) => r.id === key);
    case 'pledges':
      return (data.pledges ?? []).filter((r) => r.country === key);
    case 'strength':
    case 'displacement':
    case 'funding':
      return (data[section] ?? []).filter((r: { date: IsoDate }) => r.date === key);
    default:
      return [];
  }
}

// ---------------------------------------------------------------------------------------------------

/** A stable sort by date: items on the same date keep their order. */
function sortByDate<T>(items: readonly T[], getDate: (item: T) => IsoDate): T[] {
  return items
    .map((item, index) => ({ item, index, time: dateToTime(getDate(item)) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((entry) => entry.item);
}
