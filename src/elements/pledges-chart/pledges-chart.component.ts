import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from '../base/style-map.js';
import { buildPledgesSpec } from '../../charts/pledges.js';
import type { BuildContext, ChartSpec } from '../../charts/spec.js';
import { pledgesDefault } from '../../data/defaults/pledges.js';
import type { MssDataset } from '../../data/types.js';
import { baseStyles } from '../base/base.styles.js';
import { MssChartElement } from '../base/mss-chart-element.js';

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
  static override styles = [
    baseStyles,
    css`
      :host {
        --_ratio: 16 / 10;
        --_ratio-narrow: 1 / 1;
      }
      /* One horizontal bar per country: the plot grows with the rows so that a phone never squashes
         them (about 2.4 lines per row, plus the axis and the reference labels). A page's own
         --mss-aspect-ratio still sets the shape; this only sets the floor. */
      .plot {
        min-block-size: calc(var(--_rows, 12) * 2.4em + 5em);
      }
    `,
  ];

  protected static override defaultData = pledgesDefault;

  /** ISO code of the country drawn in the accent colour (the story's subject); Kenya (`KE`) by default. */
  @property({ reflect: true }) highlight = 'KE';

  protected override buildSpec(data: MssDataset, context: BuildContext): ChartSpec {
    return buildPledgesSpec(data, { highlight: this.highlight.toUpperCase() }, context);
  }

  protected override renderBody(spec: ChartSpec | undefined): TemplateResult {
    const rows = spec?.config.data.labels?.length ?? 12;
    return html`<div class="rows" style=${styleMap({ '--_rows': String(rows) })}>${super.renderBody(spec)}</div>`;
  }
}
