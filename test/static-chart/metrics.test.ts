import { expect } from '@open-wc/testing';
import { buildCasualtiesSpec } from '../../src/charts/casualties.js';
import { buildContingentSpec } from '../../src/charts/contingent.js';
import { buildDisplacementSpec } from '../../src/charts/displacement.js';
import { buildPledgesSpec } from '../../src/charts/pledges.js';
import type { BuildContext, ChartTheme } from '../../src/charts/spec.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { FAMILY } from '../../src/static-chart/font-metrics.js';
import { canvasMeasure, metricsMeasure, staticChartModel } from '../../src/static-chart/index.js';
import '../../src/i18n/all-words.js';

const theme: ChartTheme = {
  text: '#111',
  muted: '#555',
  grid: '#ddd',
  background: '#fff',
  accent: '#05a',
  series: ['#a00', '#0a0', '#00a', '#aa0', '#0aa', '#a0a'],
  disputedFill: '#888',
  hatch: (c) => c,
  fontFamily: FAMILY,
  fontSize: 12,
};

/** Every tick label and annotation the charts write, in the four languages. */
function chartWords(): string[] {
  const words = new Set<string>();
  for (const locale of ['en', 'fr', 'ht', 'es']) {
    const ctx: BuildContext = { locale, theme, compact: false, reducedMotion: true };
    const specs = [
      buildContingentSpec(mssDataset, { view: 'arrivals' }, ctx),
      buildContingentSpec(mssDataset, { view: 'cumulative' }, ctx),
      buildPledgesSpec(mssDataset, {}, ctx),
      buildDisplacementSpec(mssDataset, {}, ctx),
      buildCasualtiesSpec(mssDataset, { view: 'quarterly' }, ctx),
      buildCasualtiesSpec(mssDataset, { view: 'yearly' }, ctx),
    ];
    for (const spec of specs) {
      const model = staticChartModel(spec.config, theme, { measure: metricsMeasure });
      for (const tick of [...model.x.ticks, ...model.y.ticks]) [tick.label].flat().forEach((l) => words.add(l));
      for (const t of model.texts) [t.content].flat().forEach((l) => words.add(l));
      if (spec.title) words.add(spec.title);
    }
  }
  return [...words].filter((w) => w.length >= 3);
}

describe('metricsMeasure', () => {
  it("agrees with the canvas's measureText within 2 % for the charts' words, regular and bold", () => {
    const canvas = canvasMeasure();
    const words = [...chartWords(), 'Déplacés à l’intérieur du pays', 'Misyon sipò sekirite miltinasyonal', '«Al menos» 1 234 567 – ≈ 5 000 × 2…'];
    expect(words.length).to.be.greaterThan(40);
    for (const weight of ['', 'bold ']) {
      for (const size of [12, 20]) {
        const font = `${weight}${size}px ${FAMILY}`;
        for (const word of words) {
          const real = canvas(word, font);
          const mine = metricsMeasure(word, font);
          expect(Math.abs(mine - real) / real, `"${word}" in ${font}: ${mine.toFixed(1)} vs ${real.toFixed(1)}`).to.be.below(0.02);
        }
      }
    }
  });
});
