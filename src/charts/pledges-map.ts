/**
 * The pledges chart's map view: every country in the pledges coloured by its state — sent personnel, pledged
 * a known number, pledged without saying how many — Kenya in the accent, Haiti marked as the destination.
 * Pure: the words, the table and the keyboard order are the bars view's (`pledgesModel`), so the two views
 * can never disagree; only the picture differs. Loaded with its geometry only when a page asks for the map.
 */
import type { TooltipItem } from 'chart.js';
import type { Feature } from 'geojson';
import type { MssDataset } from '../data/types.js';
import { sourcesOf } from '../data/figure.js';
import { countryName, formatFigure, formatList } from '../i18n/format.js';
import { countryShape, insetFrame, insetRegions, MARKER_DEGREES, markerFeature, pointedFeature, worldCountries, worldFrame, type CountryShape, type MapFrame } from '../map/geometry.js';
import { staticMapSvg, type MapLabel, type MapPicture } from '../map/static-map.js';
import { assembleSpec, baseOptions, publishers } from './common.js';
import { isLightColor } from '../engine/color.js';
import { PALETTES } from '../engine/palette.js';
import { withAlpha } from './helpers.js';
import { pledgesMapStrings } from './pledges-map.strings.js';
import { buildNotes, describePledges, pledgesModel, pledgesTable, type PledgesModel, type PledgesOptions } from './pledges.js';
import { moreNote, type BuildContext, type ChartSpec, type LegendItem, type PointDescription } from './spec.js';
import type { PledgeRow } from '../data/selectors.js';

/** Dataset order: the countries of the table (keyboard, tooltips) on top of the base map. */
export const MAP_DATASETS = { rows: 0, base: 1 } as const;

/** The destination of the force: marked on the map, not a row of the table. */
const DESTINATION = 'HT';

/** Blank space around the map inside the plot, in px. */
const MAP_PADDING = 4;

/** How one country of the table is painted: its fill on the base map, and over it (hatching or nothing). */
interface Look {
  color: string;
  fill: string;
  over: string | CanvasPattern;
}

export function buildPledgesMapSpec(data: MssDataset, options: PledgesOptions, ctx: BuildContext): ChartSpec {
  const m = pledgesModel(data, options, ctx);
  const ms = pledgesMapStrings(ctx.locale);
  // The reported pledge total is said in the map's own words: the bars view's note speaks of its bars.
  const total = m.references.find((ref) => ref.kind === 'pledged-total');
  const { notes, noteSources } = buildNotes(data, m.rows, m.references.filter((ref) => ref !== total), m.s, ctx.locale);
  const totalNote = total
    ? [moreNote(ms.pledgedTotalNote({ value: formatFigure(total.value, ctx.locale), publishers: publishers(data, sourcesOf(total.value), ctx.locale) }))]
    : [];
  const shapes = m.rows.map((r) => countryShape(r.country));
  const destination = countryShape(DESTINATION);
  const frame = ctx.compact ? insetFrame(insetRegions([...shapes, destination])) : worldFrame();
  const looks = m.rows.map((r) => lookOf(m, r));
  const picture = mapPicture(m, shapes, destination, looks, ctx.compact ? MARKER_DEGREES.inset : MARKER_DEGREES.world, frame);
  const marked = m.rows.filter((_, i) => shapes[i]?.marker).map((r) => countryName(r.country, ctx.locale));
  const dates = [...(data.pledges ?? []).map((p) => p.date), ...(data.deployments ?? []).map((d) => d.date)].sort();
  const spec = assembleSpec(data, {
    ...describePledges(m),
    notes: [...notes, ...totalNote, ...(marked.length ? [moreNote(ms.markerNote({ countries: formatList(marked, ctx.locale) }))] : []), moreNote(ms.basemapNote)],
    legend: mapLegend(m),
    table: pledgesTable(m),
    config: mapConfig(m, picture, frame),
    points: mapPoints(m),
    sourceIds: [...m.rows.flatMap((r) => r.sources), ...m.references.flatMap((ref) => sourcesOf(ref.value)), ...noteSources],
    latest: dates[dates.length - 1] ?? '',
  });
  return { ...spec, drawStatic: (size) => staticMapSvg(picture, frame, { ...size, padding: MAP_PADDING }) };
}

const hatched = (r: PledgeRow) => r.undisclosed || (r.pledged !== undefined && r.pledged.high > r.pledged.low) || r.deployed.high > r.deployed.low;

function lookOf(m: PledgesModel, r: PledgeRow): Look {
  const { theme } = m.ctx;
  const color = r.country === m.highlight ? theme.accent : (theme.series[0] ?? theme.muted);
  const sent = r.deployed.high > 0;
  // Hatching over a solid fill is drawn in the grid colour, which stands out from the series colours in
  // either scheme; over a pale fill it is drawn in the country's colour, as the bars view hatches.
  const over = hatched(r) ? theme.hatch(sent ? theme.grid : color) : 'rgba(0, 0, 0, 0)';
  return { color, fill: sent ? color : withAlpha(color, 0.3), over };
}

/** The features and paints of both layers, shared by the canvas and the static SVG. */
function mapPicture(m: PledgesModel, shapes: readonly CountryShape[], destination: CountryShape, looks: readonly Look[], markerDegrees: number, frame: MapFrame): MapPicture {
  const { theme } = m.ctx;
  const involved = new Set([...shapes, destination].map((s) => s.shape).filter(Boolean));
  // Land a light tint of the muted ink: light grey in the light scheme, dark grey in the dark one, and in
  // forced colours a tint of the reader's text colour rather than GrayText at full strength.
  const land = withAlpha(theme.muted, 0.2);
  const hairline = withAlpha(theme.muted, 0.6);
  const base: MapPicture['base'] = [...worldCountries().values()]
    .filter((f) => !involved.has(f))
    .map((feature) => ({ feature, fill: land, stroke: hairline, width: 0.5 }));
  shapes.forEach((s, i) => {
    const look = looks[i] as Look;
    if (s.shape) base.push({ feature: s.shape, fill: look.fill, stroke: look.color, width: 0.5 });
    if (s.marker) base.push({ feature: markerFeature(s.marker, markerDegrees), fill: look.fill, stroke: 'rgba(0, 0, 0, 0)', width: 0 });
  });
  if (destination.shape) base.push({ feature: destination.shape, fill: theme.text, stroke: theme.text, width: 0.5 });
  const rows = shapes.map((s, i) => {
    const look = looks[i] as Look;
    return { feature: pointedFeature(s, markerDegrees), fill: look.over, stroke: look.color, width: s.marker ? 1.5 : 1 };
  });
  // A halo of the page's background colour keeps the labels legible over land and sea alike.
  const halo = isLightColor(theme.text) ? PALETTES.dark.background : PALETTES.light.background;
  return {
    base,
    rows,
    labels: mapLabels(m, shapes, destination),
    boxes: frame.boxes,
    theme: { text: theme.text, halo, fontFamily: theme.fontFamily, fontSize: theme.fontSize, frame: hairline },
  };
}

/** The two places that matter, named on the map: the destination and the story's subject. */
function mapLabels(m: PledgesModel, shapes: readonly CountryShape[], destination: CountryShape): MapLabel[] {
  const { locale } = m.ctx;
  const labels: MapLabel[] = [];
  const at = (s: CountryShape) => s.marker ?? (s.shape ? centreOf(s.shape) : undefined);
  const haiti = at(destination);
  if (haiti) labels.push({ at: haiti, lines: [countryName(DESTINATION, locale)], bold: true, ring: true, dx: 9, dy: -9 });
  const index = m.rows.findIndex((r) => r.country === m.highlight);
  const subject = index >= 0 ? shapes[index] : undefined;
  const row = m.rows[index];
  // The subject's name and what it sent, just east of it (over the sea east of Kenya).
  const point = subject ? (subject.shape && !subject.marker ? eastOf(subject.shape) : at(subject)) : undefined;
  if (row && point) {
    const sent = row.deployed.high > 0 ? [m.s.sentLabel(m.sentText(row))] : [];
    labels.push({ at: point, lines: [countryName(row.country, locale), ...sent], bold: true, ring: false, dx: subject?.marker ? 9 : 4, dy: 0 });
  }
  return labels;
}

/** The label point of a shape: the centre of its bounding box in degrees, which sits inside compact countries. */
function centreOf(shape: Feature): [number, number] {
  const { lons, lats } = coordinatesOf(shape);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** The middle of a shape's east edge: where a label beside it starts. */
function eastOf(shape: Feature): [number, number] {
  const { lons, lats } = coordinatesOf(shape);
  return [Math.max(...lons), (Math.min(...lats) + Math.max(...lats)) / 2];
}

function coordinatesOf(shape: Feature): { lons: number[]; lats: number[] } {
  const coordinates: number[][] = [];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') coordinates.push(c as number[]);
    else if (Array.isArray(c)) c.forEach(walk);
  };
  walk((shape.geometry as { coordinates?: unknown }).coordinates);
  return { lons: coordinates.map((c) => c[0] ?? 0), lats: coordinates.map((c) => c[1] ?? 0) };
}

function mapConfig(m: PledgesModel, picture: MapPicture, frame: MapFrame) {
  const { ctx } = m;
  const base = baseOptions(ctx);
  const transparent = 'rgba(0, 0, 0, 0)';
  const layer = (items: MapPicture['rows'], order: number, hover: boolean) => ({
    label: order === 0 ? m.s.colCountry : 'base',
    data: items.map((item, i) => ({ feature: item.feature, value: i })),
    backgroundColor: items.map((item) => item.fill),
    hoverBackgroundColor: items.map((item) => (hover && item.fill === transparent ? withAlpha(ctx.theme.text, 0.15) : item.fill)),
    borderColor: items.map((item) => item.stroke),
    hoverBorderColor: items.map((item) => item.stroke),
    borderWidth: items.map((item) => item.width),
    hoverBorderWidth: items.map((item) => (hover ? item.width + 1.5 : item.width)),
    order,
  });
  return {
    type: 'choropleth' as const,
    data: {
      labels: m.names,
      datasets: [layer(picture.rows, 0, true), layer(picture.base, 1, false)],
    },
    options: {
      ...base,
      layout: { padding: 0 },
      interaction: { mode: 'nearest' as const, intersect: true },
      scales: {
        projection: { axis: 'x' as const, projection: frame.projection, padding: MAP_PADDING },
        color: { axis: 'x' as const, display: false },
      },
      plugins: {
        ...base.plugins,
        tooltip: { ...base.plugins.tooltip, filter: (item: TooltipItem<'bar'>) => item.datasetIndex === MAP_DATASETS.rows, callbacks: mapTooltip(m) },
        mssMapLabels: { labels: picture.labels, boxes: picture.boxes, ...picture.theme },
      },
    },
  };
}

function mapTooltip(m: PledgesModel) {
  const row = (item: TooltipItem<'bar'> | undefined) => (item ? m.rows[item.dataIndex] : undefined);
  return {
    title: (items: TooltipItem<'bar'>[]) => {
      const r = row(items[0]);
      return r ? countryName(r.country, m.ctx.locale) : '';
    },
    label: (item: TooltipItem<'bar'>) => {
      const r = row(item);
      return r ? [m.s.tooltipPledged(m.pledgedText(r)), m.s.tooltipSent(m.sentText(r))] : '';
    },
    footer: (items: TooltipItem<'bar'>[]) => {
      const r = row(items[0]);
      if (!r) return '';
      const pledge = m.pledgeSources(r);
      const arrivals = m.arrivalSources(r);
      return [pledge ? m.s.tooltipPledgeSource(pledge) : '', arrivals ? m.s.tooltipArrivalSource(arrivals) : ''].filter(Boolean);
    },
  };
}

function mapLegend(m: PledgesModel): LegendItem[] {
  const { rows, highlight } = m;
  const { theme, locale } = m.ctx;
  const ms = pledgesMapStrings(locale);
  const other = theme.series[0] ?? theme.muted;
  const has = (test: (r: PledgeRow) => boolean) => rows.some((r) => r.country !== highlight && test(r));
  return [
    ...(has((r) => r.deployed.high > 0) ? [{ label: ms.legendSent, color: other }] : []),
    ...(has((r) => r.deployed.high === 0 && !r.undisclosed) ? [{ label: ms.legendPledged, color: withAlpha(other, 0.3) }] : []),
    ...(rows.some((r) => r.undisclosed) ? [{ label: ms.legendUndisclosed, color: other, hatched: true }] : []),
    ...(rows.some((r) => !r.undisclosed && hatched(r)) ? [{ label: m.s.legendDisputed, color: theme.muted, hatched: true }] : []),
    ...(rows.some((r) => r.country === highlight) ? [{ label: countryName(highlight, locale), color: theme.accent }] : []),
    { label: ms.destination({ country: countryName(DESTINATION, locale) }), color: theme.text },
  ];
}

/** The keyboard reads the countries in the table's order, each with the words the bars view reads. */
function mapPoints(m: PledgesModel): PointDescription[] {
  return m.rows.map((r, index) => ({
    datasetIndex: MAP_DATASETS.rows,
    index,
    text: m.s.point({
      country: m.names[index] ?? r.country,
      pledged: m.pledgedText(r),
      sent: m.sentText(r),
      sources: publishers(m.data, r.sources, m.ctx.locale),
    }),
  }));
}
