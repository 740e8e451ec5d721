/**
 * "Download data", as Our World in Data and Datawrapper offer it: the table's raw values as CSV with every
 * row's sources, so a copy shared on its own keeps its attribution. "Download image" is in
 * image-export.ts, loaded only when a reader asks for an image.
 */
import type { SourceRef, ViewSpec } from '../../charts/spec.js';
import { stringsFor } from '../../i18n/strings.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number): string {
  let text = String(value);
  // A text cell starting with = + - @ is run as a formula by spreadsheets (CSV injection); numbers stay as they are.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 text: CRLF line ends, a CRLF after the last record too. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** "Reuters — Kenyan police arrive in Haiti — https://…": a source in full, for the CSV. */
function sourceInFull(source: SourceRef): string {
  const publisher = source.via ? `${source.publisher} (${source.via})` : source.publisher;
  return [publisher, source.title, source.url].filter(Boolean).join(' — ');
}

/**
 * The data table as CSV: a header row, the table's raw values (numbers unformatted, dates ISO), then a
 * column with each row's sources in full and one with the date the figures are current to.
 */
export function specToCsv(spec: ViewSpec, locale: string): string {
  const strings = stringsFor(locale);
  const byId = new Map(spec.sources.map((s) => [s.id, s]));
  const header = [...spec.table.columns.map((c) => c.label), strings.csvSources, strings.csvAsOf];
  const rows = spec.table.rows.map((row, i) => {
    const ids = spec.table.rowSources[i] ?? [];
    const sources = ids.flatMap((id) => {
      const source = byId.get(id);
      return source ? [sourceInFull(source)] : [];
    });
    return [...row.map((cell) => cell.value ?? cell.text), sources.join('; '), spec.asOf];
  });
  return toCsv([header, ...rows]);
}

/** The CSV as a file. The byte-order mark makes Excel read accented French and Creole text as UTF-8. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
}

/** `mss-contingent-chart-cumulative-2025-12-08.csv`: what, which view, as of when. */
export function downloadFileName(parts: readonly (string | undefined)[], extension: string): string {
  const base = parts
    .filter((p): p is string => Boolean(p))
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'mss-chart'}.${extension}`;
}

/** Saves a Blob through a temporary `<a download>`; returns the link (tests read its name and address). */
export function downloadBlob(blob: Blob, filename: string): HTMLAnchorElement {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: a synchronous revoke can cancel the download in Firefox and Safari.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return link;
}
