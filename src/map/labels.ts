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
}

/** Radius of the ring around a marked place (the destination), in px. */
export const RING_RADIUS = 8;
/** Line height of a label, in font sizes. */
export const LINE_HEIGHT = 1.25;
