import { property } from 'lit/decorators.js';
import { buildCasualtiesSpec, type CasualtiesView } from '../../charts/casualties.js';
import type { BuildContext, ChartSpec } from '../../charts/spec.js';
import { casualtiesDefault } from '../../data/defaults/casualties.js';
import type { MssDataset } from '../../data/types.js';
import { baseStyles } from '../base/base.styles.js';
import { MssChartElement, ratioStyles, type AspectRatios } from '../base/mss-chart-element.js';
import type { Words } from '../../i18n/language.js';
import { uiWords } from '../../i18n/strings.js';
import { casualtiesWords } from '../../charts/casualties.strings.js';

/**
 * People killed in Haiti per quarter, as the UN (BINUH, OHCHR) counted them, or with `view="yearly"` the
 * UN's yearly totals. Each count keeps its metric: a quarter reported only as "killed or injured" is drawn
 * hatched and never read as a count of the killed; yearly totals that UN reports give differently are
 * drawn as a range with both sources. Counts for other spans of time are in the notes and the table.
 *
 * @summary People killed in Haiti per quarter or per year, according to the UN.
 * @tag mss-casualties-chart
 */
export class MssCasualtiesChart extends MssChartElement {
  protected static override words: readonly Words<unknown>[] = [uiWords, casualtiesWords];

  static override aspectRatios: AspectRatios = { wide: [16, 9], compact: [3, 4] };
  static override styles = [baseStyles, ratioStyles(this.aspectRatios)];

  protected static override defaultData = casualtiesDefault;

  /** `quarterly` (default): one bar per quarter; `yearly`: the UN's yearly totals, with their disputes. */
  @property({ reflect: true }) view: CasualtiesView = 'quarterly';

  protected override buildSpec(data: MssDataset, context: BuildContext): ChartSpec {
    return buildCasualtiesSpec(data, { view: this.view === 'yearly' ? 'yearly' : 'quarterly' }, context);
  }
}
