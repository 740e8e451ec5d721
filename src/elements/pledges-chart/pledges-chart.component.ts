import { css, html, unsafeCSS, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { buildPledgesSpec } from '../../charts/pledges.js';
import type { BuildContext, ChartSpec } from '../../charts/spec.js';
import { pledgesDefault } from '../../data/defaults/pledges.js';
import type { MssDataset } from '../../data/types.js';
import { loadedMap, loadMap, MAP_NOT_IN_BUILD, type MapModule } from '../../map/load.js';
import { baseStyles } from '../base/base.styles.js';
import { MssChartElement, ratioStyles, SERVER_FONT_SIZE, type AspectRatios } from '../base/mss-chart-element.js';
import type { Words } from '../../i18n/language.js';
import { uiWords } from '../../i18n/strings.js';
import { pledgesWords } from '../../charts/pledges.strings.js';
import { COMPACT_WIDTH } from '../base/mss-element.js';

/** `bars` (default): pledged against sent, one bar per country; `map`: the countries on a world map. */
export type PledgesView = 'bars' | 'map';

/** The map's plot: the world on wide screens, its insets stacked on phones (width / height). */
const MAP_RATIOS: AspectRatios = { wide: [2, 1], compact: [1, 1] };

/** Lines of text per bar, and below the bars (axis and reference labels). */
const ROW_EM = 2.4;
const ROW_EXTRA_EM = 5;
/** Row counts the stylesheet knows; a dataset with more rows gets this many rows' height and a denser plot. */
const MAX_ROWS = 60;
const ROW_RULES = Array.from({ length: MAX_ROWS }, (_, i) => `.rows[data-rows='${i + 1}']{--_rows:${i + 1}}`).join('');
const rowsOf = (spec: ChartSpec | undefined) => spec?.config.data.labels?.length ?? 12;

/**
 * Pledged against sent: per country, the personnel it pledged to the mission beside the arrivals it sent,
 * with the planned strength and the reported pledge total as reference lines. A pledge whose size was never
 * made public is marked in words, never drawn as zero; disputed pledges are hatched from the lowest report
 * to the highest. With `view="map"` the same countries are coloured on a world map (its code and geometry
 * load only then).
 *
 * @summary Personnel pledged and sent, per country, for the Multinational Security Support mission in Haiti.
 * @tag mss-pledges-chart
 */
export class MssPledgesChart extends MssChartElement {
  protected static override words: readonly Words<unknown>[] = [uiWords, pledgesWords];

  static override aspectRatios: AspectRatios = { wide: [16, 10], compact: [1, 1] };
  static override styles = [
    baseStyles,
    ratioStyles(MssPledgesChart.aspectRatios),
    css`
      /* One horizontal bar per country: the plot grows with the rows so that a phone never squashes them
         (about 2.4 lines per row, plus the axis and the reference labels). The row count is an attribute
         (see ROW_RULES), not a style, so server-rendered markup has the same height without a script.
         A page's own --mss-aspect-ratio still sets the shape; this only sets the floor. */
      :host(:not([view='map'])) .plot {
        min-block-size: calc(var(--_rows, 12) * ${unsafeCSS(ROW_EM)}em + ${unsafeCSS(ROW_EXTRA_EM)}em);
      }
      /* The map keeps its own shape: the whole world is twice as wide as high; a phone's stacked insets are square. */
      :host([view='map']) {
        --_ratio: ${unsafeCSS(MAP_RATIOS.wide.join(' / '))};
        --_ratio-narrow: ${unsafeCSS(MAP_RATIOS.compact.join(' / '))};
      }
    `,
    unsafeCSS(ROW_RULES),
  ];

  protected static override defaultData = pledgesDefault;

  /** ISO code of the country drawn in the accent colour (the story's subject); Kenya (`KE`) by default. */
  @property({ reflect: true }) highlight = 'KE';

  /** `bars` (default): one bar per country; `map`: the countries on a world map, loaded only when shown. */
  @property({ reflect: true }) view: PledgesView = 'bars';

  /** Where the map's code comes from: its lazy chunk (a test may give a loader that fails). */
  protected static mapCode: { loaded: () => MapModule | undefined; load: () => Promise<MapModule> } = { loaded: loadedMap, load: loadMap };

  /** Why the map's code did not arrive, said in the element's box. */
  private mapMissing?: string;

  private get showsMap(): boolean {
    return this.view === 'map';
  }

  private get mapCode() {
    return (this.constructor as typeof MssPledgesChart).mapCode;
  }

  /** A map waits for its code (builder and geometry, one lazy chunk) before it renders; a failed load is said in the box. */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.showsMap && !this.mapCode.loaded()) {
      this.mapMissing = await this.mapCode.load().then(
        () => undefined,
        // The classic-script build's reason is the reader's to know; a network failure is said plainly.
        (error: unknown) => (error instanceof Error && error.message === MAP_NOT_IN_BUILD ? MAP_NOT_IN_BUILD : 'The map could not be loaded.'),
      );
    }
    return super.scheduleUpdate();
  }

  protected override buildSpec(data: MssDataset, context: BuildContext): ChartSpec {
    const options = { highlight: this.highlight.toUpperCase() };
    if (!this.showsMap) return buildPledgesSpec(data, options, context);
    const map = this.mapCode.loaded();
    if (!map) throw new Error(this.mapMissing ?? 'The map could not be loaded.');
    return map.buildPledgesMapSpec(data, options, context);
  }

  protected override renderBody(spec: ChartSpec | undefined): TemplateResult {
    return html`<div class="rows" data-rows=${Math.min(rowsOf(spec), MAX_ROWS)}>${super.renderBody(spec)}</div>`;
  }

  /** As tall as the CSS makes the plot: its aspect ratio, or the rows' floor when that is taller (bars). */
  protected override staticChartHeight(width: number, spec: ChartSpec): number {
    if (this.showsMap) {
      const [w, h] = width < COMPACT_WIDTH ? MAP_RATIOS.compact : MAP_RATIOS.wide;
      return Math.round((width * h) / w);
    }
    const rows = Math.min(rowsOf(spec), MAX_ROWS);
    return Math.max(super.staticChartHeight(width, spec), Math.round((rows * ROW_EM + ROW_EXTRA_EM) * SERVER_FONT_SIZE));
  }
}
