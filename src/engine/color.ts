/** Colour arithmetic for contrast checks and scheme detection. Pure: no DOM. */
export function relativeLuminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Parses `rgb(…)`/`rgba(…)`/`color(srgb …)` as Chromium serialises computed colours. */
export function parseColor(value: string): { rgb: [number, number, number]; alpha: number } | undefined {
  const rgb = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+))?/.exec(value);
  if (rgb) return { rgb: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  const srgb = /color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?/.exec(value);
  if (srgb) {
    return {
      rgb: [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255],
      alpha: srgb[4] === undefined ? 1 : Number(srgb[4]),
    };
  }
  return undefined;
}

/** WCAG contrast ratio of two CSS colours (opaque parts only). */
export function contrastRatio(a: string, b: string): number {
  const pa = parseColor(a);
  const pb = parseColor(b);
  if (!pa || !pb) return 1;
  const [hi, lo] = [relativeLuminance(pa.rgb), relativeLuminance(pb.rgb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** True when a text colour is light, i.e. the page behind it is dark. */
export function isLightColor(value: string): boolean {
  const parsed = parseColor(value);
  return parsed ? relativeLuminance(parsed.rgb) > 0.4 : false;
}

