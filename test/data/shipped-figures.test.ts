/**
 * The shipped figures, pinned on purpose: the titles, summaries and key-figure cards readers get from the
 * dataset in this package, in English. Every other builder and element test reads the frozen copy in
 * test/fixtures/data, so a data update changes this file and no other: run `npm run data:diff` to see the
 * new sentences in all four languages, check them against the sources, and write the English ones here.
 */
import { expect } from '@open-wc/testing';
import { buildCasualtiesSpec } from '../../src/charts/casualties.js';
import { buildContingentSpec } from '../../src/charts/contingent.js';
import { buildDisplacementSpec } from '../../src/charts/displacement.js';
import { buildKeyFiguresSpec, KEY_FIGURE_IDS } from '../../src/charts/key-figures.js';
import { buildPledgesSpec } from '../../src/charts/pledges.js';
import type { BuildContext, ChartSpec } from '../../src/charts/spec.js';
import { schemeTheme } from '../../src/engine/palette.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { validateDataset } from '../../src/data/validate.js';
import '../../src/i18n/all-words.js';

const ctx: BuildContext = { locale: 'en', theme: schemeTheme('light'), compact: false, reducedMotion: true };

const views: Record<string, () => ChartSpec> = {
  'contingent arrivals': () => buildContingentSpec(mssDataset, { view: 'arrivals' }, ctx),
  'contingent cumulative': () => buildContingentSpec(mssDataset, { view: 'cumulative' }, ctx),
  pledges: () => buildPledgesSpec(mssDataset, {}, ctx),
  displacement: () => buildDisplacementSpec(mssDataset, {}, ctx),
  'casualties quarterly': () => buildCasualtiesSpec(mssDataset, { view: 'quarterly' }, ctx),
  'casualties yearly': () => buildCasualtiesSpec(mssDataset, { view: 'yearly' }, ctx),
};

const shipped: Record<string, { title: string; summary: string }> = {
  "contingent arrivals": {
    title: "Kenya has sent most of the personnel who arrived in Haiti",
    summary:
      "Between June 2024 and December 2025, 13 contingents from 6 countries arrived in Haiti; Kenya's 5 contingents brought 991–1,247 of them.",
  },
  "contingent cumulative": {
    title: "The force reached 980 personnel by December 2025",
    summary:
      "Reported arrivals add up to 1,251–1,507 personnel by December 8, 2025; the mission's own head-count was 980 on December 8, 2025, because rotations home are not all reported.",
  },
  "pledges": {
    title: "Pledges far exceeded the personnel sent",
    summary:
      "11 countries pledged personnel, 4 of them without saying how many, and 6 have sent personnel. Their reported arrivals add up to between 1,310 and 1,566 personnel, against a planned strength of 2,500. Benin, which pledged the most, has sent no one.",
  },
  "displacement": {
    title: "Displacement in Haiti has more than quadrupled since December 2023",
    summary:
      "In December 2023, 315,000 people were internally displaced in Haiti; by October 2025, there were more than 1.4 million.",
  },
  "casualties quarterly": {
    title: "Since 2024, the UN counted more than 1,200 people killed in Haiti in each of 6 quarters; for April–June 2024 it gave only a count of the killed and injured together",
    summary:
      "From October–December 2023 to July–September 2025, the UN counted between 1,104 and at least 1,732 people killed per quarter in Haiti. In July–September 2025, 1,247 people were killed and 710 injured. For April–June 2024 it reported only 1,379 people killed or injured, counted together.",
  },
  "casualties yearly": {
    title: "At least 5,601 people were killed in Haiti in 2024, more than in 2023",
    summary:
      "UN figures put the number of people killed in Haiti at 4,451 in 2023 and at least 5,601 or 5,626 in 2024. Where two figures are given, UN counts differ. For 2023 it also reported 4,789 homicides.",
  },
};

const cards = [
  { id: "deployed", value: "980", context: "of 2,500 planned", date: "As of December 8, 2025" },
  { id: "contingents", value: "6", context: "of 11 that pledged or sent personnel", date: "As of December 8, 2025" },
  { id: "pledged", value: "more than 3,100", context: undefined, date: "As of January 2025" },
  { id: "displaced", value: "more than 1.4 million", context: "up from 315,000 in December 2023", date: "As of October 2025" },
  { id: "killed-2024", value: "at least 5,601", context: undefined, date: "As of December 2024" },
  { id: "killed-2023", value: "4,451", context: undefined, date: "As of December 2023" },
  { id: "killed-latest-quarter", value: "1,247", context: "and 710 injured", date: "As of September 2025" },
  { id: "funding", value: "$85 million", context: "of $110.3 million pledged", date: "As of December 2024" },
];

describe('the shipped figures', () => {
  for (const [view, build] of Object.entries(views)) {
    it(`${view}: title and summary`, () => {
      const spec = build();
      expect(spec.title).to.equal(shipped[view]?.title);
      expect(spec.summary).to.equal(shipped[view]?.summary);
    });
  }

  it('key figures: every card\'s value, comparison and date', () => {
    const spec = buildKeyFiguresSpec(mssDataset, { figures: [...KEY_FIGURE_IDS] }, ctx);
    expect(spec.cards.map((c) => ({ id: c.id, value: c.value, context: c.context, date: c.dateText }))).to.deep.equal(cards);
  });

  it('serialise to the JSON they were released as, byte for byte', async () => {
    // SHA-256 of `dist/mss-dataset.json` as built before the dataset was split into modules (the build writes
    // the validated dataset). A change to a figure or a source changes it: update it together with the
    // changelog entry for that change.
    const result = validateDataset(mssDataset);
    const json = `${JSON.stringify(result.ok && result.data, null, 2)}\n`;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
    const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    // Changed on purpose by the corrections in the changelog's "Unreleased → Corrections" (2023's two metrics,
    // 2024's undated 5,626, no Guyana pledge, approximate "around 200" and "700", the seed claims' findings).
    // Then by the seed claims written in French, Creole and Spanish beside the English.
    expect(hex).to.equal('9916054e4dc8fc39979eb7407ce2fca6caadb251c950d84d51de15036eea9b60');
  });

  it('are as of 8 December 2025, from 54 sources', () => {
    expect(mssDataset.meta?.asOf).to.equal('2025-12-08');
    expect(Object.keys(mssDataset.sources)).to.have.length(54);
  });
});
