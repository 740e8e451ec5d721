import { property } from 'lit/decorators.js';
import { buildContingentSpec, type ContingentView } from '../../charts/contingent.js';
import type { BuildContext, ChartSpec } from '../../charts/spec.js';
import { contingentDefault } from '../../data/defaults/contingent.js';
import type { MssDataset } from '../../data/types.js';
import { baseStyles } from '../base/base.styles.js';
import { MssChartElement, ratioStyles, type AspectRatios } from '../base/mss-chart-element.js';
import type { Words } from '../../i18n/language.js';
import { uiWords } from '../../i18n/strings.js';
import { contingentWords } from '../../charts/contingent.strings.js';

/**
 * How the mission's force was built: each contingent's arrival in Haiti, stacked by country, or with
 * `view="cumulative"` the arrivals added up over time beside the force's reported head-counts. Disputed
 * contingent sizes are drawn hatched and explained in the notes, tooltip and table.
 *
 * @summary Contingent arrivals of the Multinational Security Support mission in Haiti.
 * @tag mss-contingent-chart
 */
export class MssContingentChart extends MssChartElement {
  protected static override words: readonly Words<unknown>[] = [uiWords, contingentWords];

  static override aspectRatios: AspectRatios = { wide: [16, 9], compact: [3, 4] };
  static override styles = [baseStyles, ratioStyles(this.aspectRatios)];

  protected static override defaultData = contingentDefault;

  /** `arrivals` (default): one bar per arrival date, stacked by country; `cumulative`: arrivals added up over time. */
  @property({ reflect: true }) view: ContingentView = 'arrivals';

  protected override buildSpec(data: MssDataset, context: BuildContext): ChartSpec {
    return buildContingentSpec(data, { view: this.view === 'cumulative' ? 'cumulative' : 'arrivals' }, context);
  }
}
