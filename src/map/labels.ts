/** Words on the map: shared by the canvas plugin (engine) and the static map, so both place them alike. */

/** Words at a place (lon, lat), offset by dx, dy px; `ring` circles the place. */
export interface MapLabel {
  at: [number, number];
  lines: string[];
  bold: boolean;
  ring: boolean;
  dx: number;
  dy: number;
}

export interface MapLabelTheme {
  text: string;
  /** Drawn under the text, so it reads over land and sea alike. */
  halo: string;
  fontFamily: string;
  fontSize: number;
  /** Hairline around each inset. */
  frame: string;
}

/** An inset's south-west and north-east corners (lon, lat). */
export type MapBox = [[number, number], [number, number]];

/** A box's rectangle on screen, from its corners as the projection places them (Mercator: a rectangle). */
export function boxRect(project: (p: [number, number]) => [number, number] | null, [[w, s], [e, n]]: MapBox) {
  const a = project([w, n]);
  const b = project([e, s]);
  return a && b ? { x: a[0], y: a[1], width: b[0] - a[0], height: b[1] - a[1] } : undefined;
}

/** Radius of the ring around a marked place (the destination), in px. */
export const RING_RADIUS = 8;
/** Line height of a label, in font sizes. */
export const LINE_HEIGHT = 1.25;
