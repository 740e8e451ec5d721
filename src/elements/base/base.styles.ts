import { css } from 'lit';

/**
 * Styles every chart shares. Public knobs are the documented `--mss-*` custom properties; `--_*` are
 * internal defaults per colour scheme, so a page can override any token without fighting specificity.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: var(--mss-max-width, none);
    font-family: var(--mss-font-family, inherit);
    color: var(--mss-color-text, var(--_text, inherit));
    background: var(--mss-color-background, var(--_bg, transparent));
    line-height: 1.4;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']),
  :host([theme='auto']) {
    --_text: #1f1f1f;
    --_bg: #ffffff;
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_text: #ececec;
    --_bg: #17191c;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_text: #ececec;
      --_bg: #17191c;
      color-scheme: dark;
    }
  }
  :host([theme]) .root {
    padding: 0.75em;
  }
  :host([theme]) {
    /* A themed chart prints as it looks; otherwise browsers drop the dark background and keep the light text. */
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }

  .root.scheme-light {
    --_muted: #5c6670;
    --_grid: #e1e4e8;
    --_accent: #0b5cad;
    --_s1: #c4510a;
    --_s2: #00795a;
    --_s3: #9a4b94;
    /* Not the earlier #876800: protanopes saw it as the same colour as --_s1 (ΔE 1.7 in a Machado simulation). */
    --_s4: #7f4f24;
    --_s5: #5f6368;
    --_s6: #1f1f1f;
    --_disputed: #5c6670;
    --_focus: #0b5cad;
  }
  .root.scheme-dark {
    --_muted: #aab1b9;
    --_grid: #3a3e44;
    --_accent: #5aaef2;
    --_s1: #f0894a;
    --_s2: #3cc49a;
    --_s3: #d690cf;
    --_s4: #e6c35c;
    --_s5: #a9adb3;
    --_s6: #e8e8e8;
    --_disputed: #aab1b9;
    --_focus: #8cc8ff;
  }

  figure {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-inline-size: 0;
  }
  figcaption {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .title {
    margin: 0;
    font-size: var(--mss-title-size, clamp(1.05em, 0.9em + 1.2cqi, 1.35em));
    font-weight: 700;
    line-height: 1.25;
    text-wrap: balance;
  }
  .summary {
    margin: 0;
    font-size: 0.95em;
    color: var(--mss-color-text, var(--_text, inherit));
    text-wrap: pretty;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .swatch {
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 2px;
    flex: none;
    border: 1px solid currentColor;
    box-sizing: border-box;
  }
  .swatch.line {
    block-size: 0.2em;
    border: 0;
  }
  .swatch.point {
    border-radius: 50%;
  }
  .swatch.hatched {
    background-image: repeating-linear-gradient(
      135deg,
      currentColor 0 2px,
      transparent 2px 5px
    ) !important;
  }

  .plot {
    position: relative;
    inline-size: 100%;
    aspect-ratio: var(--mss-aspect-ratio, var(--_ratio, 16 / 9));
    min-block-size: 12em;
    max-block-size: var(--mss-max-height, 70vh);
  }
  @container (max-width: 480px) {
    .plot {
      aspect-ratio: var(--mss-aspect-ratio-narrow, var(--_ratio-narrow, 4 / 5));
    }
  }
  canvas {
    position: absolute;
    inset: 0;
    inline-size: 100% !important;
    block-size: 100% !important;
    border-radius: 2px;
  }
  /* The static chart (an SVG drawn before Chart.js arrives, by the one static renderer) lies over the canvas
     and fades out once the chart has drawn. Its colours are the chart's own, already forced-colour ones where
     that applies. A picture the CDN loader made ahead of time (.adopted) shows there until it is drawn. */
  .static-chart-frame,
  svg.static-chart.adopted {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
    forced-color-adjust: none;
    transition: opacity 0.25s ease-out;
  }
  .static-chart-frame > svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .static-chart-frame.fading {
    opacity: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .static-chart-frame {
      transition: none;
    }
  }
  .swatch > svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .static-chart-note {
    margin: 0.25em 0 0;
    font-size: 0.875em;
    color: var(--mss-color-muted, var(--_muted));
  }
  canvas:focus-visible {
    outline: 3px solid var(--mss-color-focus, var(--_focus));
    outline-offset: 2px;
  }
  .status,
  .error {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    padding: 1em;
    text-align: center;
    font-size: 0.9em;
    color: var(--mss-color-muted, var(--_muted));
  }
  .error {
    border: 1px solid currentColor;
    border-radius: 4px;
    color: var(--mss-color-text, var(--_text, inherit));
    background: var(--mss-color-background, var(--_bg, transparent));
    overflow: auto;
    /* Addresses and data paths are long words: they wrap inside a phone-width box. */
    overflow-wrap: anywhere;
    /* Centred, but a long list of problems scrolls from its top instead of losing its heading above it. */
    justify-content: safe center;
  }
  .error.stale {
    inset: auto 0 0 0;
    padding: 0.5em;
  }
  .error strong {
    font-size: 1.05em;
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.2em;
    text-align: start;
  }

  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--mss-color-muted, var(--_muted));
  }
  .notes li + li {
    margin-block-start: 0.2em;
  }
  /* Closed, the disclosure is one line whatever its summary's language: the box keeps its height. */
  .more-notes {
    font-size: 0.85em;
    color: var(--mss-color-muted, var(--_muted));
  }
  .more-notes > summary {
    block-size: 1.5em;
    line-height: 1.5em;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .more-notes > summary:focus-visible {
    outline: 3px solid var(--mss-color-focus, var(--_focus));
    outline-offset: 2px;
  }
  .more-notes > .notes {
    font-size: 1em;
    margin-block-start: 0.3em;
  }

  .table-wrap {
    overflow-x: auto;
    font-size: 0.85em;
  }
  .table-wrap.visually-hidden,
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  /* Unseen, the table takes its column widths from its first row: with widths from every cell, each block of
     rows added (see table-rows-controller.ts) laid out all the rows again, 3-4 times the work at 2,000 rows.
     Printing and "Show data" lay it out as usual. */
  @media screen {
    .table-wrap.visually-hidden table {
      table-layout: fixed;
    }
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.3em;
  }
  th,
  td {
    padding: 0.3em 0.5em;
    border-block-end: 1px solid var(--mss-color-grid, var(--_grid));
    text-align: start;
    vertical-align: top;
  }
  thead th {
    border-block-end-width: 2px;
  }
  .num {
    text-align: end;
    white-space: nowrap;
  }

  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 1em;
    font-size: 0.8em;
    color: var(--mss-color-muted, var(--_muted));
  }
  footer .sources {
    margin: 0;
    /* Its own row: beside three buttons the source list would be squeezed into a narrow column. */
    flex: 1 1 100%;
  }
  footer a {
    color: inherit;
    text-underline-offset: 2px;
  }
  footer a:focus-visible,
  .table-wrap:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--mss-color-focus, var(--_focus));
    outline-offset: 2px;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: 4px;
    padding: 0.35em 0.7em;
    min-block-size: 44px;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  .probes {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
    pointer-events: none;
  }
  .probes span {
    transition: color 1ms;
  }
  .p-text { color: var(--mss-color-text, var(--_text, currentColor)); }
  .p-muted { color: var(--mss-color-muted, var(--_muted)); }
  .p-grid { color: var(--mss-color-grid, var(--_grid)); }
  .p-background { color: var(--mss-color-background, var(--_bg, transparent)); }
  .p-accent { color: var(--mss-color-accent, var(--_accent)); }
  .p-disputed { color: var(--mss-color-disputed, var(--_disputed)); }
  .p-focus { color: var(--mss-color-focus, var(--_focus)); }
  .p-s1 { color: var(--mss-color-series-1, var(--_s1)); }
  .p-s2 { color: var(--mss-color-series-2, var(--_s2)); }
  .p-s3 { color: var(--mss-color-series-3, var(--_s3)); }
  .p-s4 { color: var(--mss-color-series-4, var(--_s4)); }
  .p-s5 { color: var(--mss-color-series-5, var(--_s5)); }
  .p-s6 { color: var(--mss-color-series-6, var(--_s6)); }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
  }
  @media print {
    .controls {
      display: none;
    }
    .more-notes::details-content {
      content-visibility: visible;
      display: block;
    }
    .table-wrap.visually-hidden {
      position: static !important;
      inline-size: auto;
      block-size: auto;
      clip-path: none;
      white-space: normal;
    }
  }
`;

/**
 * For elements drawn as plain HTML (key figures, the timeline): the base error box overlays a chart's
 * canvas; here it sits in the flow, above any content it leaves in place.
 */
export const inFlowErrorStyles = css`
  .body {
    position: relative;
  }
  .body > .error {
    position: relative;
    inset: auto;
    min-block-size: 8em;
    margin-block-end: 0.75em;
  }
  .body > .error.stale {
    min-block-size: 0;
  }
`;
