// Just enough of the source map v3 format to ask "which original file and line is this minified
// position?" — for attributing CPU profile samples to modules. No dependency on a source-map package.

const BASE64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.get(char);
    if (digit === undefined) throw new Error(`bad VLQ character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Parses a map into per-line sorted segments: [generatedColumn, sourceIndex, originalLine, originalColumn]. */
export function parseSourceMap(map) {
  const lines = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  for (const lineText of map.mappings.split(';')) {
    const segments = [];
    let column = 0;
    if (lineText) {
      for (const segmentText of lineText.split(',')) {
        const v = decodeSegment(segmentText);
        column += v[0];
        if (v.length >= 4) {
          source += v[1];
          originalLine += v[2];
          originalColumn += v[3];
          segments.push([column, source, originalLine, originalColumn]);
        }
      }
    }
    lines.push(segments);
  }
  const root = map.sourceRoot ?? '';
  return {
    sources: map.sources.map((s) => root + s),
    /** The first mapped segment at or after `column` on a zero-based line. */
    segmentAfter(line, column) {
      const segment = (lines[line] ?? []).find((s) => s[0] >= column);
      return segment ? { column: segment[0], source: this.sources[segment[1]] } : undefined;
    },
    /** Zero-based line and column, as in CPU profiles. */
    lookup(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return undefined;
      let low = 0;
      let high = segments.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (segments[mid][0] <= column) {
          found = mid;
          low = mid + 1;
        } else {
          high = mid - 1;
        }
      }
      if (found < 0) return undefined;
      const [, sourceIndex, originalLine] = segments[found];
      return { source: this.sources[sourceIndex], line: originalLine + 1 };
    },
  };
}

/**
 * Minified bytes of a bundle per original source, from its source map: each mapped segment counts up to
 * the next one. Bytes before a line's first segment, or unmapped, go to "(unmapped)".
 */
export function bytesBySource(code, map) {
  const parsed = parseSourceMap(map);
  const totals = new Map();
  const add = (key, n) => totals.set(key, (totals.get(key) ?? 0) + n);
  code.split('\n').forEach((line, lineIndex) => {
    let previous = { column: 0, source: '(unmapped)' };
    for (let column = 0; column <= line.length; ) {
      // Walk segment by segment: find the source mapped at each segment start.
      const hit = parsed.segmentAfter(lineIndex, column);
      if (!hit) {
        add(previous.source, line.length - previous.column);
        break;
      }
      add(previous.source, hit.column - previous.column);
      previous = { column: hit.column, source: hit.source };
      column = hit.column + 1;
    }
  });
  return Object.fromEntries([...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]));
}
