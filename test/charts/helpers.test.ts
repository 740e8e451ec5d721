/**
 * The builders' shared helpers. The nice-number helper is Chart.js's own `niceNum`; the axis maxima the
 * builders take from it are compared with those of the two private helpers it replaced.
 */
import { expect } from '@open-wc/testing';
import { niceNum as chartJsNiceNum } from 'chart.js/helpers';
import { buildDisplacementSpec } from '../../src/charts/displacement.js';
import { capitalize, niceCeil, niceNum, parseCssColor, rangeText, sum, withAlpha } from '../../src/charts/helpers.js';
import { buildPledgesSpec } from '../../src/charts/pledges.js';
import type { BuildContext } from '../../src/charts/spec.js';
import { schemeTheme } from '../../src/engine/palette.js';
import { staticChartModel } from '../../src/static-chart/model.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import '../../src/i18n/all-words.js';

/** Values from 0.9 to 10⁸, 1.1 % apart, and the round numbers where rounding turns. */
const values = [
  ...Array.from({ length: 1700 }, (_, i) => 0.9 * 1.011 ** i),
  ...[1, 2, 5, 10, 1.2, 1.5, 2.5, 3, 4, 6, 8].flatMap((f) => [f, f * 1000, f * 1e6]),
];

/** The displacement builder's private helper before this module: the next 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ. */
function formerDisplacementCeil(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

describe('chart helpers', () => {
  it('niceNum is Chart.js\'s niceNum', () => {
    for (const v of values) expect(niceNum(v), String(v)).to.equal(chartJsNiceNum(v));
  });

  it('niceCeil reaches at or above its value, on a multiple of the tick spacing Chart.js would pick', () => {
    for (const v of values) {
      for (const spaces of [4, 6, 60]) {
        const max = niceCeil(v, spaces);
        const step = niceNum(v / spaces);
        expect(max, `${v} / ${spaces}`).to.be.at.least(v);
        expect(max - v, `${v} / ${spaces}`).to.be.below(step + 1e-9 * v);
        expect(Math.abs(max / step - Math.round(max / step)), `${v} / ${spaces}`).to.be.below(1e-6);
      }
    }
  });

  it('gives the displacement axis the maximum it had, but for 8 values in 1,700 (120 → 140, not 150)', () => {
    const changed = values.filter((v) => Math.abs(niceCeil(v, 6) - formerDisplacementCeil(v)) > 1e-9 * v);
    expect(changed.length).to.be.below(10);
    for (const v of changed) expect(niceCeil(v, 6)).to.be.below(formerDisplacementCeil(v));
  });

  it('leaves the displacement axis as it was at every canvas height, wide and on a phone', () => {
    for (const compact of [false, true]) {
      const ctx: BuildContext = { locale: 'en', theme: schemeTheme('light'), compact, reducedMotion: true };
      const y = buildDisplacementSpec(frozenData, {}, ctx).config.options?.scales?.y as unknown as {
        afterDataLimits: (axis: { max: number; chart: { height: number } }) => void;
      };
      for (let height = 120; height <= 900; height += 20) {
        const axis = { max: 0, chart: { height } };
        y.afterDataLimits(axis);
        // The former helper returned the smallest of its round numbers at or above the value, so the new
        // maximum (never above it) is one of its round numbers only when the two agree.
        expect(axis.max, `${height}px`).to.equal(formerDisplacementCeil(axis.max));
      }
    }
  });

  it('leaves the pledges axis at 3,200 with ticks 0 to 3,000 on the frozen data', () => {
    for (const compact of [false, true]) {
      const ctx: BuildContext = { locale: 'en', theme: schemeTheme('light'), compact, reducedMotion: true };
      const spec = buildPledgesSpec(frozenData, {}, ctx);
      const model = staticChartModel(spec.config, ctx.theme);
      expect(model.x.max).to.equal(3200);
      expect(model.x.ticks.map((t) => t.value)).to.deep.equal([0, 1000, 2000, 3000]);
    }
  });

  it('parses theme colours once: hex as themes write them, rgb() as Chromium computes them', () => {
    expect(parseCssColor('#0b5cad')).to.deep.equal({ rgb: [11, 92, 173], alpha: 1 });
    expect(parseCssColor('#fff')).to.deep.equal({ rgb: [255, 255, 255], alpha: 1 });
    expect(parseCssColor('rgba(1, 2, 3, 0.5)')).to.deep.equal({ rgb: [1, 2, 3], alpha: 0.5 });
    expect(parseCssColor('tomato')).to.equal(undefined);
    expect(withAlpha('#0b5cad', 0.3)).to.equal('rgba(11, 92, 173, 0.3)');
    expect(withAlpha('rgba(1, 2, 3, 0.5)', 0.5)).to.equal('rgba(1, 2, 3, 0.25)');
    expect(withAlpha('tomato', 0.5)).to.equal('tomato');
  });

  it('writes ranges, sums and capitals once', () => {
    expect(rangeText(991, 1247, 'en')).to.equal('991–1,247');
    expect(rangeText(980, 980, 'fr')).to.equal('980');
    expect(sum([1, 2, 3])).to.equal(6);
    expect(sum([])).to.equal(0);
    expect(capitalize('at least 5,601')).to.equal('At least 5,601');
    expect(capitalize('ïle', 'fr')).to.equal('Ïle');
  });
});
