/**
 * The map's geometry: country shapes from the 1:110m topology, a marker point for each country too small to
 * see at that scale, and the two projections (the whole world on wide screens, stacked regional insets on
 * phones). Pure and DOM-free: the canvas (through chartjs-chart-geo) and the static SVG share it, in the
 * browser and in Node. Loaded only by the map view.
 */
import { geoArea, geoBounds, geoCentroid, geoCircle, geoEqualEarth, geoMercator, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, Geometry, MultiPoint, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { WORLD_110M } from './world-110m.js';

export type CountryFeature = Feature<Geometry, Record<string, never>> & { id?: string };

/**
 * ISO 3166 alpha-2 → numeric (the topology's ids) for the countries that may take part: the Americas, Africa
 * and South Asia. A code not listed here is still in the table and the keyboard order, only not drawn.
 */
const NUMERIC: Readonly<Record<string, string>> = {
  AG: '028', BB: '052', BS: '044', BZ: '084', CA: '124', CO: '170', CR: '188', CU: '192', DM: '212', DO: '214',
  EC: '218', SV: '222', GD: '308', GT: '320', GY: '328', HT: '332', HN: '340', JM: '388', KN: '659', LC: '662',
  VC: '670', MX: '484', NI: '558', PA: '591', PE: '604', SR: '740', TT: '780', US: '840', VE: '862', BR: '076',
  AR: '032', CL: '152', BD: '050', IN: '356', PK: '586', NP: '524', LK: '144', BJ: '204', TD: '148', KE: '404',
  NG: '566', GH: '288', SN: '686', RW: '646', BI: '108', BF: '854', TG: '768', CI: '384', ML: '466', NE: '562',
  CM: '120', ET: '231', UG: '800', TZ: '834', ZA: '710', FR: '250', ES: '724', GB: '826', DE: '276', IT: '380',
};

/**
 * Where a small state missing from the 1:110m topology is marked: its capital, as an atlas places it.
 * Positions to draw a marker at, not figures.
 */
const MISSING_AT: Readonly<Record<string, [number, number]>> = {
  AG: [-61.85, 17.12],
  BB: [-59.6, 13.1],
  DM: [-61.39, 15.3],
  GD: [-61.75, 12.05],
  KN: [-62.72, 17.3],
  LC: [-60.98, 14.01],
  VC: [-61.22, 13.16],
};

/**
 * Countries under this area (steradians; about 30,000 km²) are drawn as a marker as well as a shape: at
 * world scale Jamaica or El Salvador is a few pixels wide, too small to see its colour or to point at.
 */
const SMALL_AREA = 7.5e-4;

let byId: Map<string, CountryFeature> | undefined;

/** Every country of the topology, by numeric id (parsed once). */
export function worldCountries(): Map<string, CountryFeature> {
  if (!byId) {
    const collection = feature(WORLD_110M, WORLD_110M.objects['countries'] as GeometryCollection) as unknown as { features: CountryFeature[] };
    byId = new Map(collection.features.filter((f) => f.id !== undefined).map((f) => [String(f.id), f]));
  }
  return byId;
}

/** How one country is drawn: its shape when the topology has one, a marker when it is small or missing. */
export interface CountryShape {
  code: string;
  shape?: CountryFeature;
  marker?: [number, number];
}

export function countryShape(code: string): CountryShape {
  const numeric = NUMERIC[code];
  const shape = numeric ? worldCountries().get(numeric) : undefined;
  if (!shape) return MISSING_AT[code] ? { code, marker: MISSING_AT[code] } : { code };
  return geoArea(shape) < SMALL_AREA ? { code, shape, marker: geoCentroid(shape) } : { code, shape };
}

/**
 * A marker as a GeoJSON feature: a small disc on the globe, `degrees` in radius. Not a point: chartjs-chart-geo
 * caches each shape in a canvas the size of its bounds, which for a point is empty.
 */
export function markerFeature(at: [number, number], degrees: number): Feature<Polygon> {
  return { type: 'Feature', properties: {}, geometry: geoCircle().center(at).radius(degrees).precision(10)() };
}

/** What a country's own element draws: the marker if it has one, else its shape, else nothing. */
export function pointedFeature(c: CountryShape, markerDegrees: number): Feature {
  if (c.marker) return markerFeature(c.marker, markerDegrees);
  return c.shape ?? { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } };
}

/**
 * A marker's radius in degrees, about 5 px on screen: the whole world puts some 2–3 px in a degree at the
 * widths an article gives it, a phone's regional inset about 9.
 */
export const MARKER_DEGREES = { world: 1.7, inset: 0.55 } as const;

// ---------------------------------------------------------------------------------------------------
// Projections

/** A projection and the outline it is fitted to (as chartjs-chart-geo fits its projection scale). */
export interface MapFrame {
  projection: GeoProjection;
  outline: MultiPoint;
  /** Each inset's south-west and north-east corners (lon, lat), framed so the insets read as panels; none for the world. */
  boxes: [[number, number], [number, number]][];
}

/** The whole world in Equal Earth, from Greenland's north to Tierra del Fuego (no Antarctica). */
export function worldFrame(): MapFrame {
  return {
    projection: geoEqualEarth(),
    outline: { type: 'MultiPoint', coordinates: [[-180, 0], [180, 0], [0, 83.6], [0, -56]] },
    boxes: [],
  };
}

interface Region {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Degrees of sea kept around the countries of an inset. */
const MARGIN = 2.5;
/** Insets split at this longitude: the Americas west of it, Africa and Asia east. */
const SPLIT = -30;
/** Unit-space width of an inset, and the gap between two. */
const UNIT = 1000;
const GAP = 60;

/** The regions the shapes fall in, one inset per side of the Atlantic that has any. */
export function insetRegions(shapes: readonly CountryShape[]): Region[] {
  const sides = [shapes.filter((s) => lonOf(s) < SPLIT), shapes.filter((s) => lonOf(s) >= SPLIT)];
  return sides.filter((side) => side.length > 0).map((side) => regionOf(side));
}

function lonOf(s: CountryShape): number {
  return s.marker ? s.marker[0] : s.shape ? geoCentroid(s.shape)[0] : 0;
}

function regionOf(shapes: readonly CountryShape[]): Region {
  const r = { west: 180, south: 90, east: -180, north: -90 };
  for (const s of shapes) {
    const [[w, so], [e, n]] = s.shape ? geoBounds(s.shape) : [s.marker ?? [0, 0], s.marker ?? [0, 0]];
    r.west = Math.min(r.west, w);
    r.south = Math.min(r.south, so);
    r.east = Math.max(r.east, e);
    r.north = Math.max(r.north, n);
  }
  return { west: r.west - MARGIN, south: r.south - MARGIN, east: r.east + MARGIN, north: r.north + MARGIN };
}

/**
 * Regional insets stacked one under the other, each in Mercator (a lon/lat box is a rectangle in it, so the
 * insets tile without gaps), as one projection object chartjs-chart-geo can fit and scale: its `stream`
 * sends every shape to each inset, clipped to that inset's box, as d3's composite `geoAlbersUsa` does.
 */
export function insetFrame(regions: readonly Region[]): MapFrame {
  let top = 0;
  const insets = regions.map((region) => {
    const corners: MultiPoint = { type: 'MultiPoint', coordinates: [[region.west, region.south], [region.east, region.north]] };
    const unit = geoMercator().fitWidth(UNIT, corners);
    const [[, y0], [, y1]] = geoPath(unit).bounds(corners);
    const height = y1 - y0;
    const projection = geoMercator()
      .fitExtent([[0, top], [UNIT, top + height]], corners)
      // A hair wider than the box: its own corners, projected with rounding error, must not be clipped away.
      .clipExtent([[-1, top - 1], [UNIT + 1, top + height + 1]]);
    top += height + GAP;
    return { region, projection, corners };
  });
  let k = 1;
  let t: [number, number] = [0, 0];
  const post = (sink: GeoStream): GeoStream => ({
    point: (x, y) => sink.point(x * k + t[0], y * k + t[1]),
    lineStart: () => sink.lineStart(),
    lineEnd: () => sink.lineEnd(),
    polygonStart: () => sink.polygonStart(),
    polygonEnd: () => sink.polygonEnd(),
    sphere: () => sink.sphere?.(),
  });
  const inside = (lon: number, lat: number, r: Region) => lon >= r.west && lon <= r.east && lat >= r.south && lat <= r.north;
  const projection = ((point: [number, number]) => {
    const inset = insets.find((i) => inside(point[0], point[1], i.region));
    const p = inset?.projection(point);
    return p ? [p[0] * k + t[0], p[1] * k + t[1]] : null;
  }) as unknown as GeoProjection;
  const methods = {
    stream(sink: GeoStream): GeoStream {
      const streams = insets.map((i) => i.projection.stream(post(sink)));
      const all = (f: (s: GeoStream) => void) => streams.forEach(f);
      return {
        point: (x, y) => all((s) => s.point(x, y)),
        lineStart: () => all((s) => s.lineStart()),
        lineEnd: () => all((s) => s.lineEnd()),
        polygonStart: () => all((s) => s.polygonStart()),
        polygonEnd: () => all((s) => s.polygonEnd()),
        sphere: () => all((s) => s.sphere?.()),
      };
    },
    scale(value?: number) {
      if (value === undefined) return k;
      k = value;
      return projection;
    },
    translate(value?: [number, number]) {
      if (value === undefined) return t;
      t = value;
      return projection;
    },
    /** The unit space is already fitted: only its scale changes. */
    fitWidth(width: number) {
      k = width / UNIT;
      t = [0, 0];
      return projection;
    },
  };
  Object.assign(projection, methods);
  const outline: MultiPoint = { type: 'MultiPoint', coordinates: insets.flatMap((i) => i.corners.coordinates) };
  const boxes = insets.map(({ region: r }): [[number, number], [number, number]] => [[r.west, r.south], [r.east, r.north]]);
  return { projection, outline, boxes };
}

/**
 * Fits a frame's projection into a box as chartjs-chart-geo's projection scale does (ProjectionScale
 * `computeBounds` then `updateBounds`), so the static SVG lays the map out exactly where the canvas will.
 */
export function fitFrame(frame: MapFrame, area: { left: number; top: number; width: number; height: number }, padding: number): GeoProjection {
  const { projection, outline } = frame;
  const bb = geoPath(projection.fitWidth(1000, outline)).bounds(outline);
  const bHeight = Math.ceil(bb[1][1] - bb[0][1]);
  const bWidth = Math.ceil(bb[1][0] - bb[0][0]);
  const [refX, refY] = projection.translate();
  const refScale = projection.scale();
  const chartWidth = area.width - 2 * padding;
  const chartHeight = area.height - 2 * padding;
  const scale = Math.min(chartWidth / bWidth, chartHeight / bHeight);
  const x = (chartWidth - bWidth * scale) * 0.5 + area.left + padding;
  const y = (chartHeight - bHeight * scale) * 0.5 + area.top + padding;
  return projection.scale(refScale * scale).translate([scale * refX + x, scale * refY + y]);
}
