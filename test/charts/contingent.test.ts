/**
 * The contingent builder on frozen data (test/fixtures/data): each claim of its words is checked against
 * the records, recomputed here, not against the builder's own reasoning.
 */
import { expect } from '@open-wc/testing';
import type { ChartDataset } from 'chart.js';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { SPARSE_BAR_SLOTS, buildContingentSpec, countryTotals, type ContingentView } from '../../src/charts/contingent.js';
import { staticChartModel } from '../../src/static-chart/model.js';
import { estimateMeasure } from '../../src/static-chart/measure.js';
import { formatIsoDate } from '../../src/i18n/format.js';
import type { BuildContext, ChartSpec, ChartTheme } from '../../src/charts/spec.js';
import { figureRange } from '../../src/data/figure.js';
import { arrivalsByContingent } from '../../src/data/selectors.js';
import type { Deployment, MssDataset } from '../../src/data/types.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import '../../src/i18n/all-words.js';

const theme: ChartTheme = {
  text: '#111111',
  muted: '#666666',
  grid: '#dddddd',
  background: '#ffffff',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94'],
  disputedFill: 'hatch(#666666)',
  hatch: (color) => `hatch(${color})`,
  fontFamily: 'sans-serif',
  fontSize: 12,
};
const ctx = (locale = 'en', compact = false): BuildContext => ({ locale, theme, compact, reducedMotion: true });
const build = (view: ContingentView, data: MssDataset = frozenData, locale = 'en', compact = false): ChartSpec =>
  buildContingentSpec(data, { view }, ctx(locale, compact));
const datasets = (spec: ChartSpec) => spec.config.data.datasets as ChartDataset<'bar', (number | null)[]>[];
const deployments = frozenData.deployments ?? [];
const withDeployments = (list: Deployment[]): MssDataset => ({ ...frozenData, deployments: list });
const range = (d: Deployment) => figureRange(d.personnel);

describe('buildContingentSpec', () => {
  it('throws a clear error without arrivals', () => {
    expect(() => build('arrivals', { sources: {} })).to.throw(/no contingent arrivals/);
    expect(() => build('cumulative', { sources: {}, deployments: [] })).to.throw(/no contingent arrivals/);
  });

  describe('arrivals', () => {
    const spec = build('arrivals');
    const countries = [...new Set([...deployments].sort((a, b) => a.date.localeCompare(b.date)).map((d) => d.country))];

    it('stacks one bar per arrival date, one dataset per country, Kenya in the accent colour', () => {
      expect(spec.config.data.labels).to.have.length(new Set(deployments.map((d) => d.date)).size);
      const certain = datasets(spec).slice(0, countries.length);
      expect(certain.map((d) => d.label)).to.deep.equal(countries.map((c) => new Intl.DisplayNames('en', { type: 'region' }).of(c)));
      expect(certain[countries.indexOf('KE')]?.backgroundColor).to.equal(theme.accent);
    });

    it('draws the lowest report solid and the part only some sources report hatched, adding up to the highest', () => {
      const dates = [...new Set(arrivalsByContingent(frozenData).map((a) => a.date))];
      for (const [i, country] of countries.entries()) {
        const solid = datasets(spec)[i]?.data ?? [];
        const hatched = datasets(spec).find((d) => d.label?.startsWith(`${datasets(spec)[i]?.label} —`))?.data;
        dates.forEach((date, j) => {
          const rows = deployments.filter((d) => d.country === country && d.date === date);
          const low = rows.reduce((sum, d) => sum + range(d).low, 0);
          const high = rows.reduce((sum, d) => sum + range(d).high, 0);
          expect(solid[j] ?? 0, `${country} ${date}`).to.equal(low);
          expect((solid[j] ?? 0) + (hatched?.[j] ?? 0), `${country} ${date}`).to.equal(high);
        });
      }
    });

    it('says Kenya sent most only while its fewest outnumber every other country\'s most together', () => {
      const totals = countryTotals(arrivalsByContingent(frozenData));
      const kenya = totals.find((t) => t.country === 'KE');
      const others = totals.filter((t) => t.country !== 'KE').reduce((sum, t) => sum + t.high, 0);
      expect(kenya && kenya.low > others).to.equal(true);
      expect(spec.title).to.equal('Kenya has sent most of the personnel who arrived in Haiti');
      // Jamaica's contingent grown to Kenya's size: no country has most, the title says only what it shows.
      const grown = deployments.map((d) => (d.country === 'JM' ? { ...d, personnel: { kind: 'exact' as const, value: 1_000, sources: ['seed-article'] } } : d));
      expect(build('arrivals', withDeployments(grown)).title).to.equal('Personnel who arrived in Haiti, by contingent');
    });

    it('counts contingents and countries in the summary, and the leader\'s personnel as a range', () => {
      const kenya = deployments.filter((d) => d.country === 'KE');
      const low = kenya.reduce((sum, d) => sum + range(d).low, 0);
      const high = kenya.reduce((sum, d) => sum + range(d).high, 0);
      expect(spec.summary).to.contain(`${deployments.length} contingents from ${countries.length} countries`);
      expect(spec.summary).to.contain(`Kenya's ${kenya.length} contingents brought ${low.toLocaleString('en')}–${high.toLocaleString('en')}`);
    });

    it('has a key note per disputed arrival and a note per contingent that went home', () => {
      const disputed = deployments.filter((d) => d.personnel.kind === 'disputed');
      const home = deployments.filter((d) => d.until);
      expect(spec.notes.filter((n) => n.key)).to.have.length(disputed.length);
      expect(spec.notes.filter((n) => !n.key)).to.have.length(home.length);
    });

    it('has a table row and a keyboard point per arrival, and cites every arrival\'s sources', () => {
      expect(spec.table.rows).to.have.length(deployments.length);
      expect(spec.points).to.have.length(deployments.length);
      const cited = new Set(arrivalsByContingent(frozenData).flatMap((a) => a.sources));
      expect(spec.sources.map((s) => s.id)).to.have.members([...cited]);
      expect(spec.asOf).to.equal(frozenData.meta?.asOf);
    });

    it('lays the bars flat on a phone', () => {
      expect(build('arrivals', frozenData, 'en', true).config.options?.indexAxis).to.equal('y');
      expect(spec.config.options?.indexAxis).to.equal('x');
    });

    it('reads a single arrival', () => {
      const one = build('arrivals', withDeployments([deployments[0] as Deployment]));
      expect(one.table.rows).to.have.length(1);
      const { low, high } = range(deployments[0] as Deployment);
      expect(one.summary).to.contain(low === high ? `brought ${low}` : `brought ${low}–${high}`);
      expect(one.points).to.have.length(1);
    });

    it('writes a single arrival in the singular, with its one month, in every language', () => {
      const data = withDeployments([deployments[0] as Deployment]);
      const month = (deployments[0] as Deployment).date.slice(0, 7);
      const words: Record<string, RegExp[]> = {
        en: [/^In [A-Z]\w+ \d{4}, 1 contingent from 1 country arrived/, /'s 1 contingent brought/],
        fr: [/^En \S+ \d{4}, 1 contingent venu de 1 pays est arrivé/, / : 1 contingent, /],
        ht: [/^Nan \S+ \d{4}, 1 kontenjan ki soti nan 1 peyi/],
        es: [/^En \S+ de \d{4} llegó a Haití 1 contingente de 1 país; 1 contingente de .+ aportó/],
      };
      for (const [locale, patterns] of Object.entries(words)) {
        const summary = build('arrivals', data, locale).summary;
        for (const pattern of patterns) expect(summary, locale).to.match(pattern);
        expect(summary, locale).not.to.match(/\b(contingents|countries|contingentes|países|Between|Entre|Ant)\b/);
      }
      // Two arrivals in one month: one date, the plural.
      const two = build('arrivals', withDeployments([0, 1].map((i) => ({ ...(deployments[i] as Deployment), date: `${month}-0${i + 1}` }))));
      expect(two.summary).to.match(/^In [A-Z]\w+ \d{4}, 2 contingents from (1 country|2 countries) arrived/);
    });
  });

  describe('cumulative', () => {
    const spec = build('cumulative');
    const heads = (frozenData.strength ?? []).filter((s) => s.total);
    const latest = [...heads].sort((a, b) => a.date.localeCompare(b.date)).at(-1);

    it('adds the arrivals up, less the contingents that went home: lowest and highest readings', () => {
      const stayed = deployments.filter((d) => !d.until);
      const low = stayed.reduce((sum, d) => sum + range(d).low, 0);
      const high = stayed.reduce((sum, d) => sum + range(d).high, 0);
      expect(spec.summary).to.contain(`${low.toLocaleString('en')}–${high.toLocaleString('en')} personnel`);
    });

    it('titles the latest head-count, and ends the series with the head-count markers the keyboard reaches', () => {
      const total = latest?.total;
      expect(total?.kind).to.equal('exact');
      expect(spec.title).to.contain(`${total && figureRange(total).low}`);
      const last = spec.config.data.datasets.length - 1;
      expect(spec.config.data.datasets[last]?.label).to.equal('Reported head-count of the force');
      expect(spec.points.length).to.be.greaterThan(0);
      for (const p of spec.points) expect(p.datasetIndex).to.equal(last);
    });

    it('says only what it can without a head-count', () => {
      const none = build('cumulative', { ...frozenData, strength: [] });
      expect(none.title).to.equal('Personnel who arrived in Haiti, added up over time');
      expect(none.points).to.deep.equal([]);
    });
  });

  it('builds both views in every language, with the same numbers', () => {
    for (const view of ['arrivals', 'cumulative'] as const) {
      const digits = (text: string) => (text.match(/\d/g) ?? []).join('');
      const en = build(view);
      for (const locale of ['fr', 'ht', 'es']) {
        const other = build(view, frozenData, locale);
        expect(other.title).to.not.equal(en.title);
        expect(digits(other.title), `${view} ${locale}`).to.equal(digits(en.title));
      }
    }
  });

  describe('arrivals at many dates (listed bars)', () => {
    // One contingent per day: as many dates as rows, so dates × countries passes SPARSE_BAR_SLOTS.
    const many = withDeployments(
      Array.from({ length: 600 }, (_, i) => ({ ...(deployments[i % deployments.length] as Deployment), id: `row-${i}`, date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10) })),
    );
    for (const compact of [false, true]) {
      it(`lists only each dataset's bars, parsing off, at the right dates (${compact ? 'compact' : 'wide'})`, () => {
        const spec = build('arrivals', many, 'en', compact);
        const labels = spec.config.data.labels as string[];
        expect(labels.length * spec.legend.length).to.be.at.least(SPARSE_BAR_SLOTS);
        expect(spec.config.options?.parsing).to.equal(false);
        expect(spec.config.options?.normalized).to.equal(true);
        const sets = spec.config.data.datasets as unknown as ChartDataset<'bar', { x: number; y: number }[]>[];
        const index = compact ? 'y' : 'x';
        const value = compact ? 'x' : 'y';
        const certain = sets.filter((ds) => !String(ds.label).includes('—'));
        // Every contingent's bar, once, at its own date, with its lowest reading.
        expect(certain.reduce((n, ds) => n + ds.data.length, 0)).to.equal(600);
        const rows = arrivalsByContingent(many);
        const first = certain.find((ds) => ds.data.some((p) => p[index] === 0))!;
        expect(first.data.find((p) => p[index] === 0)![value]).to.equal(rows.find((r) => r.date === '2000-01-01')!.low);
        // The keyboard's points: in date order, each the bar at its position in its dataset.
        const positions = spec.points.map((p) => (sets[p.datasetIndex]!.data[p.index]!)[index]);
        expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
        expect(positions.length).to.equal(600);
        // The tooltip's date comes from the bar's parsed index, not its position in the dataset.
        const title = (spec.config.options?.plugins?.tooltip?.callbacks?.title as (items: TooltipItem<'bar'>[]) => string);
        const bar = certain[1]!.data[3]!;
        const date = new Date(Date.UTC(2000, 0, 1 + bar[index])).toISOString().slice(0, 10);
        expect(title([{ parsed: bar, dataIndex: 3 } as unknown as TooltipItem<'bar'>])).to.equal(formatIsoDate(date, 'en'));
        // The static chart reads the listed bars along the same axis.
        const model = staticChartModel(spec.config as ChartConfiguration, theme, { width: 640, height: 360, measure: estimateMeasure });
        expect(model.horizontal).to.equal(compact);
        expect(model.bars.length).to.be.at.least(600);
        // A bar at every date (read across, the values would give a few hundred centres at most).
        expect(new Set(model.bars.map((b) => Math.round(b.c))).size).to.equal(600);
      });
    }
  });
});
