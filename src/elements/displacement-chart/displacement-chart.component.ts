import { property } from 'lit/decorators.js';
import { buildDisplacementSpec } from '../../charts/displacement.js';
import type { BuildContext, ChartSpec } from '../../charts/spec.js';
import { displacementDefault } from '../../data/defaults/displacement.js';
import type { MssDataset } from '../../data/types.js';
import { baseStyles } from '../base/base.styles.js';
import { MssChartElement, ratioStyles, type AspectRatios } from '../base/mss-chart-element.js';
import type { Words } from '../../i18n/language.js';
import { uiWords } from '../../i18n/strings.js';
import { displacementWords } from '../../charts/displacement.strings.js';

/**
 * People internally displaced in Haiti over time (IOM Displacement Tracking Matrix rounds and UN figures),
 * with the mission's milestones on the time axis and the seed article's "more than 500,000" placed where it
 * belongs in time. Approximate figures ("nearly", "at least", "more than") are drawn hollow, reached by a
 * dashed line, and keep their qualifier in the tooltip, the table and the notes.
 *
 * @summary People displaced in Haiti during the Multinational Security Support mission.
 * @tag mss-displacement-chart
 */
export class MssDisplacementChart extends MssChartElement {
  protected static override words: readonly Words<unknown>[] = [uiWords, displacementWords];

  static override aspectRatios: AspectRatios = { wide: [16, 9], compact: [4, 5] };
  static override styles = [baseStyles, ratioStyles(this.aspectRatios)];

  protected static override defaultData = displacementDefault;

  /** Leaves out the seed article's outdated claim (for articles that do not discuss it). */
  @property({ type: Boolean, reflect: true, attribute: 'hide-claim' }) hideClaim = false;

  protected override buildSpec(data: MssDataset, context: BuildContext): ChartSpec {
    return buildDisplacementSpec(data, this.hideClaim ? { seedClaim: false } : {}, context);
  }
}
