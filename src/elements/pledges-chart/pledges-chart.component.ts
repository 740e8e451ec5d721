import { css, html, unsafeCSS, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { buildPledgesSpec } from '../../charts/pledges.js';
import type { BuildContext, ChartSpec } from '../../charts/spec.js';
import { pledgesDefault } from '../../data/defaults/pledges.js';
import type { MssDataset } from '../../data/types.js';
import { baseStyles } from '../base/base.styles.js';
import { MssChartElement, ratioStyles, SERVER_FONT_SIZE, type AspectRatios } from '../base/mss-chart-element.js';

/** Lines of text per bar, and below the bars (axis and reference labels). */
const ROW_EM = 2.4;
const ROW_EXTRA_EM = 5;

/**
 * Pledged against sent: per country, the personnel it pledged to the mission beside the arrivals it sent,
 * with the planned strength and the reported pledge total as reference lines. A pledge whose size was never
 * made public is marked in words, never drawn as zero; disputed pledges are hatched from the lowest report
 * to the highest.
 *
 * @summary Personnel pledged and sent, per country, for the Multinational Security Support mission in Haiti.
 * @tag mss-pledges-chart
 */
export class MssPledgesChart extends MssChartElement {
  static override aspectRatios: AspectRatios = { wide: [16, 10], compact: [1, 1] };
  static override styles = [
    baseStyles,
    ratioStyles(MssPledgesChart.aspectRatios),
    css`
      /* One horizontal bar per country: the plot grows with the rows so that a phone never squashes them
         (about 2.4 lines per row, plus the axis and the reference labels). The rows are counted by a sizer
         in the plot's flow, not a style, so server-rendered markup has the same height without a script.
         A page's own --mss-aspect-ratio still sets the shape; this only sets the floor. */
      .row-sizer {
        inline-size: 0;
        padding-block-end: ${unsafeCSS(ROW_EXTRA_EM)}em;
      }
      .row-sizer i {
        display: block;
        block-size: ${unsafeCSS(ROW_EM)}em;
      }
    `,
  ];

  protected static override defaultData = pledgesDefault;

  /** ISO code of the country drawn in the accent colour (the story's subject); Kenya (`KE`) by default. */
  @property({ reflect: true }) highlight = 'KE';

  protected override buildSpec(data: MssDataset, context: BuildContext): ChartSpec {
    return buildPledgesSpec(data, { highlight: this.highlight.toUpperCase() }, context);
  }

  protected override renderPlotExtras(spec: ChartSpec | undefined): TemplateResult {
    const rows = spec?.config.data.labels?.length ?? 12;
    return html`<div class="row-sizer" aria-hidden="true">${Array.from({ length: rows }, () => html`<i></i>`)}</div>`;
  }

  /** As tall as the CSS makes the plot: its aspect ratio, or the rows' floor when that is taller. */
  protected override staticChartHeight(width: number, spec: ChartSpec): number {
    const rows = spec.config.data.labels?.length ?? 12;
    return Math.max(super.staticChartHeight(width, spec), Math.round((rows * ROW_EM + ROW_EXTRA_EM) * SERVER_FONT_SIZE));
  }
}
