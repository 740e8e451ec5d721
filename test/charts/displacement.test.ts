import { expect } from '@open-wc/testing';
import type { Scale, ScriptableLineSegmentContext, TooltipItem } from 'chart.js';
import {
  buildDisplacementSpec,
  claimedFigure,
  displacementRows,
  layoutLabels,
  type DisplacementOptions,
} from '../../src/charts/displacement.js';
import type { BuildContext, ChartSpec, ChartTheme } from '../../src/charts/spec.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { dateToTime } from '../../src/data/selectors.js';
import type { Displacement, MssDataset } from '../../src/data/types.js';
import '../../src/i18n/all-words.js';

const theme: ChartTheme = {
  text: '#1f1f1f',
  muted: '#5c6670',
  grid: '#e1e4e8',
  background: 'transparent',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a'],
  disputedFill: '#5c6670',
  hatch: (color) => color,
  fontFamily: 'system-ui',
  fontSize: 12,
};
const ctx = (locale = 'en', compact = false): BuildContext => ({ locale, theme, compact, reducedMotion: true });
const build = (options: DisplacementOptions = {}, locale = 'en', compact = false, data: MssDataset = frozenData): ChartSpec =>
  buildDisplacementSpec(data, options, ctx(locale, compact));

/* eslint-disable @typescript-eslint/no-explicit-any -- reading Chart.js options the builder returns as plain objects */
const datasets = (spec: ChartSpec) => spec.config.data.datasets as any[];
const annotations = (spec: ChartSpec) => (spec.config.options as any).plugins.annotation.annotations as Record<string, any>;
const tooltip = (spec: ChartSpec) => (spec.config.options as any).plugins.tooltip.callbacks;
const scales = (spec: ChartSpec) => (spec.config.options as any).scales;
/* eslint-enable @typescript-eslint/no-explicit-any */

const item = (datasetIndex: number, dataIndex: number) => ({ datasetIndex, dataIndex }) as TooltipItem<'line'>;
const withDisplacement = (displacement: Displacement[]): MssDataset => ({ ...frozenData, displacement });
const exactAt = (date: string, value: number): Displacement => ({ date, idps: { kind: 'exact', value, sources: ['reliefweb-iom-2024-06-round-7'] } });

describe('buildDisplacementSpec', () => {
  describe('points', () => {
    it('draws one point per reported figure, in date order, at the date and the (lowest) value', () => {
      const line = datasets(build())[0];
      expect(line.data.map((p: { y: number }) => p.y)).to.deep.equal([315000, 362551, 578074, 702973, 1041000, 1300000, 1400000, 1400000]);
      expect(line.data.map((p: { x: number }) => p.x)).to.deep.equal(
        ['2023-12', '2024-03', '2024-06', '2024-09', '2024-12', '2025-06', '2025-09-30', '2025-10'].map(dateToTime),
      );
      expect(line.data.length).to.equal(frozenData.displacement?.length);
    });

    it('sorts figures given out of order', () => {
      const rows = displacementRows(withDisplacement([exactAt('2024-06', 2), exactAt('2023-12', 1)]));
      expect(rows.map((r) => r.low)).to.deep.equal([1, 2]);
    });

    it('marks approximate figures with hollow markers and a dashed segment into them', () => {
      const line = datasets(build())[0];
      // Nearly 1.3 million, at least 1.4 million and more than 1.4 million are the last three figures.
      expect(line.pointBackgroundColor).to.deep.equal([...Array(5).fill(theme.accent), '#ffffff', '#ffffff', '#ffffff']);
      expect(line.pointBorderColor).to.equal(theme.accent);
      const dash = (p1DataIndex: number) => line.segment.borderDash({ p1DataIndex } as ScriptableLineSegmentContext);
      expect(dash(4)).to.equal(undefined);
      expect(dash(5)).to.deep.equal([6, 4]);
      expect(dash(7)).to.deep.equal([6, 4]);
    });

    it('fills hollow markers with the chart background when there is one', () => {
      const dark = { ...theme, background: 'rgb(23, 25, 28)', text: 'rgb(236, 236, 236)' };
      const spec = buildDisplacementSpec(frozenData, {}, { ...ctx(), theme: dark });
      expect(datasets(spec)[0].pointBackgroundColor[5]).to.equal('rgb(23, 25, 28)');
    });

    it('keeps the qualifier and reads month-precision dates as months in tooltips', () => {
      const { title, label, footer } = tooltip(build());
      expect(title([item(0, 2)])).to.equal('June 2024');
      expect(title([item(0, 6)])).to.equal('September 30, 2025');
      expect(label(item(0, 5))).to.equal('People displaced: nearly 1,300,000');
      expect(label(item(0, 6))).to.equal('People displaced: at least 1,400,000 (BINUH)');
      expect(label(item(0, 2))).to.equal('People displaced: 578,074 (IOM DTM Round 7)');
      expect(footer([item(0, 2)])).to.equal('Source: ReliefWeb (IOM)');
    });

    it('describes every point for keyboard users, in reading order, the claim in its place', () => {
      const points = build().points;
      expect(points).to.have.length(9);
      expect(points[0]?.text).to.equal('December 2023: 315,000 people displaced. Source: donare.info (IOM).');
      expect(points[5]?.datasetIndex).to.equal(1);
      expect(points[5]?.text).to.match(/^Seed article, January 2025: more than 500,000 people displaced/);
      expect(points[6]?.text).to.equal('June 2025: nearly 1,300,000 people displaced. Source: A News (Anadolu).');
    });
  });

  describe('axes', () => {
    it('puts the time axis on a linear scale from the first to the last reported month', () => {
      const x = scales(build()).x;
      expect(x.type).to.equal('linear');
      expect(x.min).to.equal(Date.UTC(2023, 11, 1));
      expect(x.max).to.equal(Date.UTC(2025, 10, 1));
      expect(x.ticks.callback(Date.UTC(2024, 5, 1))).to.equal('Jun 2024');
    });

    it('places ticks on the first day of a month, January-aligned, as many as fit', () => {
      const x = scales(build()).x;
      const axis = { maxWidth: 600, width: 600, ticks: [] as { value: number }[] } as unknown as Scale;
      x.afterBuildTicks(axis);
      expect(axis.ticks.map((t) => t.value)).to.deep.equal([0, 3, 6, 9, 12, 15, 18, 21].map((m) => Date.UTC(2024, m, 1)));
      const narrow = { maxWidth: 240, width: 240, ticks: [] } as unknown as Scale;
      x.afterBuildTicks(narrow);
      expect(narrow.ticks.length).to.be.within(2, 4);
      for (const t of narrow.ticks) expect(new Date(t.value).getUTCDate()).to.equal(1);
    });

    it('writes value ticks compactly in the locale', () => {
      expect(scales(build()).y.ticks.callback(1_400_000)).to.equal('1.4M');
      expect(scales(build({}, 'fr')).y.ticks.callback(1_500_000)).to.match(/^1,5\sM$/);
      expect(scales(build()).y.ticks.callback(500_000)).to.equal('500K');
    });

    it('leaves head-room above the data for the milestone labels, whatever the plot height', () => {
      for (const compact of [false, true]) {
        const spec = build({}, 'en', compact);
        const labels = Object.values(annotations(spec)).filter((a) => a.label && a.borderColor === 'transparent');
        const bandBottom = Math.max(...labels.map((a) => a.label.yAdjust)) + 12;
        for (const height of [240, 320, 480, 800]) {
          const axis = { max: 1_400_000, chart: { height } } as unknown as Scale;
          scales(spec).y.afterDataLimits(axis);
          const plot = height - 34;
          const highest = (1 - 1_400_000 / axis.max) * plot;
          expect(highest, `${compact ? 'compact' : 'wide'} at ${height}px`).to.be.greaterThan(bandBottom);
        }
      }
    });
  });

  describe('milestones', () => {
    it('marks the mission milestones within the figures’ span, each at its date', () => {
      const a = annotations(build());
      expect(a['milestone-first-contingent']).to.include({ type: 'line', scaleID: 'x', value: Date.UTC(2024, 5, 25) });
      expect(a['milestone-us-funding-freeze']?.value).to.equal(Date.UTC(2025, 1, 4));
      expect(a['milestone-resolution-2793']?.value).to.equal(Date.UTC(2025, 8, 30));
      expect(a['milestone-mss-mandate-expires']?.value).to.equal(Date.UTC(2025, 9, 2));
      expect(a['milestone-mandate-renewed-2024']?.value).to.equal(Date.UTC(2024, 8, 30));
      // Before the first figure and after the last: not on this axis unless asked for.
      expect(a['milestone-resolution-2699']).to.equal(undefined);
      expect(a['milestone-fifth-contingent']).to.equal(undefined);
    });

    it('shows only the milestones asked for', () => {
      const a = annotations(build({ milestones: ['us-funding-freeze'] }));
      const lines = Object.keys(a).filter((k) => k.startsWith('milestone-') && !k.startsWith('milestone-label'));
      expect(lines).to.deep.equal(['milestone-us-funding-freeze']);
    });

    it('labels them with their translated short labels on wide screens, the resolution and mandate end as one', () => {
      const texts = (locale: string) =>
        Object.entries(annotations(build({}, locale)))
          .filter(([k]) => k.startsWith('milestone-label-'))
          .map(([, a]) => a.label.content);
      expect(texts('en')).to.have.length(4);
      expect(texts('en')[0]).to.equal('First contingent');
      expect(texts('en')[2]).to.equal('US funding freeze');
      expect(texts('en')[3]).to.match(/^Gang Suppression Force/);
      expect(texts('fr')[0]).to.equal('Premier contingent');
      expect(texts('es')[2]).to.equal('Congelación de fondos de EE. UU.');
      expect(texts('ht')[3]).to.match(/^Fòs Sipresyon Gang/);
    });

    it('numbers them on phones, with the text in the notes', () => {
      const spec = build({}, 'en', true);
      const labels = Object.entries(annotations(spec)).filter(([k]) => k.startsWith('milestone-label-'));
      expect(labels.map(([, a]) => a.label.content)).to.deep.equal(['1', '2', '3', '4']);
      expect(spec.notes).to.deep.include({ key: false, text: '1 — June 25, 2024: The first Kenyan contingent lands in Port-au-Prince.' });
      expect(spec.notes.find((n) => n.text.startsWith('4 — '))?.text).to.contain('September 30, 2025: Resolution 2793 creates the Gang Suppression Force').and.to.contain(
        "October 2, 2025: The Multinational Security Support mission's mandate expires",
      );
    });

    it('never lets two labels of one row overlap at 320 px or on a 480 px container', () => {
      for (const [compact, width] of [[true, 240], [false, 400]] as const) {
        for (const locale of ['en', 'fr', 'ht', 'es']) {
          const spec = build({}, locale, compact);
          const x = scales(spec).x;
          const boxes = Object.entries(annotations(spec))
            .filter(([k]) => k.startsWith('milestone-label-'))
            .map(([, a]) => {
              const at = ((a.value - x.min) / (x.max - x.min)) * width;
              const w = a.label.content.length * a.label.font.size * 0.6 + 4;
              const left = a.label.textAlign === 'left' ? at : a.label.textAlign === 'right' ? at - w : at - w / 2;
              return { row: a.label.yAdjust, left, right: left + w };
            });
          for (const a of boxes) {
            expect(a.left, `${locale} label inside the plot`).to.be.at.least(0);
            expect(a.right).to.be.at.most(width + 0.001);
            for (const b of boxes) {
              if (a === b || a.row !== b.row) continue;
              expect(a.right <= b.left || b.right <= a.left, `${locale} ${compact ? 'phone' : 'wide'} labels overlap`).to.equal(true);
            }
          }
        }
      }
    });
  });

  describe('layoutLabels', () => {
    it('stacks labels that would collide, keeps apart ones on one row, and turns labels inward at the edges', () => {
      const layout = layoutLabels([0.02, 0.2, 0.6, 0.99], ['aaaaaaaa', 'bbbbbbbb', 'cc', 'dddddddd'], { width: 300, fontSize: 10, maxRows: 3 });
      expect(layout?.rows).to.deep.equal([0, 1, 0, 0]);
      expect(layout?.align).to.deep.equal(['left', 'center', 'center', 'right']);
      expect(layout?.rowCount).to.equal(2);
    });

    it('gives up when more rows than allowed are needed', () => {
      expect(layoutLabels([0.5, 0.5, 0.5], ['a long label', 'a long label', 'a long label'], { width: 300, fontSize: 12, maxRows: 2 })).to.equal(undefined);
    });
  });

  describe('the seed article’s claim', () => {
    it('reads the claimed figure from the claim’s words', () => {
      expect(claimedFigure('More than 500,000 Haitians have been forced from their homes.')).to.deep.equal({ value: 500000, qualifier: 'more-than' });
      expect(claimedFigure('at least 3,661 killed')).to.deep.equal({ value: 3661, qualifier: 'at-least' });
      expect(claimedFigure('1,041,000 displaced')).to.deep.equal({ value: 1041000 });
      expect(claimedFigure('no figure here')).to.equal(undefined);
    });

    it('is a distinct marker at the article’s date and the claimed value', () => {
      const claim = datasets(build())[1];
      expect(claim.type).to.equal('scatter');
      expect(claim.pointStyle).to.equal('rectRot');
      expect(claim.backgroundColor).to.equal(theme.series[0]);
      expect(claim.data).to.deep.equal([{ x: dateToTime('2025-01'), y: 500000 }]);
    });

    it('is joined to where the figure belongs in time: June 2024, the first count above 500,000', () => {
      const a = annotations(build())['seed-claim'];
      expect(a).to.include({ type: 'line', xMin: dateToTime('2024-06'), xMax: dateToTime('2025-01'), yMin: 500000, yMax: 500000 });
      expect(a.label.content).to.deep.equal(['Seed article, Jan 2025:', '“more than 500,000”']);
    });

    it('explains in a note, with sources, that it was out of date', () => {
      const note = build().notes.find((n) => n.text.startsWith('The seed article'));
      expect(note?.key).to.equal(false);
      expect(note?.text).to.equal(
        "The seed article, “Trump supports Kenya's mission in Haiti-Ruto” (January 2025), said more than 500,000 Haitians had been forced from their homes (diamond). That was out of date: it matches the count of 578,074 for June 2024 (ReliefWeb (IOM)), while the count for December 2024 was already 1,041,000 (donare.info (IOM), published January 14, 2025).",
      );
      expect(build({}, 'fr').notes.some(({ text }) => text.includes('« Trump supports') && /578\s074/.test(text) && /1\s041\s000/.test(text))).to.equal(true);
    });

    it('says in the tooltip what was claimed and what was counted', () => {
      const { title, label, footer } = tooltip(build());
      expect(title([item(1, 0)])).to.equal('January 2025');
      expect(label(item(1, 0))).to.equal('Claimed: more than 500,000 displaced. Out of date: the count for December 2024 was already 1,041,000.');
      expect(footer([item(1, 0)])).to.equal('Source: Kenyan news report (outlet not recorded)');
    });

    it('cites the article and both counts', () => {
      const ids = build().sources.map((s) => s.id);
      expect(ids).to.include.members(['seed-article', 'reliefweb-iom-2024-06-round-7', 'donare-iom-2025-01-one-million-displaced']);
    });

    it('can be left out', () => {
      const spec = build({ seedClaim: false });
      expect(datasets(spec)).to.have.length(1);
      expect(annotations(spec)['seed-claim']).to.equal(undefined);
      expect(spec.notes.some((n) => n.text.includes('seed article'))).to.equal(false);
      expect(spec.sources.map((s) => s.id)).not.to.include('seed-article');
    });
  });

  describe('words', () => {
    it('titles the chart with what the figures support, in each language', () => {
      expect(build().title).to.equal('Displacement in Haiti has more than quadrupled since December 2023');
      expect(build({}, 'fr').title).to.equal('Le nombre de déplacés en Haïti a plus que quadruplé depuis décembre 2023');
      expect(build({}, 'es').title).to.equal('El número de desplazados en Haití se ha más que cuadruplicado desde diciembre de 2023');
      expect(build({}, 'ht').title).to.equal('Depi desanm 2023, kantite moun ki deplase ann Ayiti vin plis pase kat fwa pi gwo');
    });

    it('claims no more than the lowest bound of the latest figure against the first', () => {
      const title = (latest: Displacement) => build({}, 'en', false, withDisplacement([exactAt('2023-12', 315000), latest])).title;
      expect(title(exactAt('2024-12', 630000))).to.equal('Displacement in Haiti has doubled since December 2023');
      expect(title(exactAt('2024-12', 630001))).to.equal('Displacement in Haiti has more than doubled since December 2023');
      expect(title(exactAt('2024-12', 400000))).to.equal('Displacement in Haiti has risen since December 2023');
      expect(title(exactAt('2024-12', 200000))).to.equal('Displacement in Haiti has fallen since December 2023');
      // "Nearly 1.3 million" gives no floor: the title states the figure instead of a multiple.
      expect(title({ date: '2025-06', idps: { kind: 'approximate', qualifier: 'nearly', value: 1300000, sources: ['anews-2025-06-11-record-displacement'] } })).to.equal(
        'Nearly 1.3 million people were displaced in Haiti in June 2025',
      );
      // A disputed latest count compares its lowest report.
      expect(
        title({
          date: '2024-12',
          idps: {
            kind: 'disputed',
            reports: [
              { kind: 'exact', value: 1041000, sources: ['donare-iom-2025-01-one-million-displaced'] },
              { kind: 'exact', value: 950000, sources: ['reliefweb-iom-2024-06-round-7'] },
            ],
          },
        }),
      ).to.equal('Displacement in Haiti has more than tripled since December 2023');
    });

    it('sums up the first and latest figures with their dates', () => {
      expect(build().summary).to.equal(
        'In December 2023, 315,000 people were internally displaced in Haiti; by October 2025, there were more than 1.4 million.',
      );
      expect(build({}, 'fr').summary).to.match(/^En décembre 2023, 315\s000 personnes .* en octobre 2025, elles étaient plus de 1,4 million\.$/);
      expect(build({}, 'es').summary).to.equal('En diciembre de 2023 había 315.000 desplazados internos en Haití; en octubre de 2025, más de 1,4 millones.');
      expect(build({}, 'ht').summary).to.contain('plis pase 1,4 milyon');
    });

    it('never rounds a figure off to say it in millions', () => {
      const spec = build({}, 'en', false, withDisplacement([exactAt('2023-12', 315000), exactAt('2024-12', 1041000)]));
      expect(spec.summary).to.contain('1,041,000');
    });

    it('notes every approximate figure with its qualifier and date in one key line (sources are in the tooltip and table)', () => {
      const note = build().notes[0];
      expect(note).to.deep.equal({
        key: true,
        text: 'Hollow dots, dashed lines: approximate figures: nearly 1,300,000 (June 2025); at least 1,400,000 (September 30, 2025); more than 1,400,000 (October 2025).',
      });
    });

    it('notes a disputed figure with every report and draws it hollow at its lowest report', () => {
      const data = withDisplacement([
        exactAt('2023-12', 315000),
        {
          date: '2024-12',
          idps: {
            kind: 'disputed',
            reports: [
              { kind: 'exact', value: 1041000, sources: ['donare-iom-2025-01-one-million-displaced'] },
              { kind: 'approximate', qualifier: 'about', value: 1000000, sources: ['reliefweb-iom-2024-06-round-7'] },
            ],
          },
        },
      ]);
      const spec = build({ seedClaim: false }, 'en', false, data);
      expect(datasets(spec)[0].data[1].y).to.equal(1000000);
      expect(datasets(spec)[0].pointBackgroundColor[1]).to.equal('#ffffff');
      expect(spec.notes).to.deep.include({ key: true, text: 'December 2024: 1,041,000 according to donare.info (IOM) and about 1,000,000 according to ReliefWeb (IOM); the line follows the lowest report.' });
    });
  });

  describe('table and sources', () => {
    it('has one row per figure, with the exact figure, its qualifier, report and sources', () => {
      const { table } = build();
      expect(table.rows).to.have.length(frozenData.displacement?.length ?? -1);
      const text = table.rows.map((r) => r.map((c) => c.text));
      expect(text[0]).to.deep.equal(['December 2023', '315,000', 'exact count', '—', 'donare.info (IOM)']);
      expect(text[2]).to.deep.equal(['June 2024', '578,074', 'exact count', 'IOM DTM Round 7', 'ReliefWeb (IOM)']);
      expect(text[4]?.[3]).to.equal('published January 14, 2025');
      expect(text[5]).to.deep.equal(['June 2025', 'nearly 1,300,000', 'nearly', 'A 24% increase since December 2024.', 'A News (Anadolu)']);
      expect(text[6]?.[2]).to.equal('at least');
      // The CSV keeps the number and the qualifier in separate columns.
      expect(table.rows[7]?.map((c) => c.value)).to.deep.equal(['2025-10', 1400000, 'more-than', undefined, undefined]);
      expect(table.rowSources[7]).to.deep.equal(['news-ghana-2025-10-displacement-record']);
    });

    it('keeps English-only notes out of other languages’ tables', () => {
      const row = build({}, 'fr').table.rows[5];
      expect(row?.[3]?.text).to.equal('—');
      expect(row?.[2]?.text).to.equal('près de');
    });

    it('cites every source of the figures and the milestones shown', () => {
      const ids = build().sources.map((s) => s.id);
      for (const d of frozenData.displacement ?? []) {
        const sources = d.idps.kind === 'disputed' ? d.idps.reports.flatMap((r) => r.sources) : d.idps.sources;
        expect(ids).to.include.members(sources);
      }
      expect(ids).to.include('urdupoint-afp-2025-02-us-freezes-funding');
      expect(ids).to.include('menafn-ians-2025-09-gang-suppression-force');
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('dates the figures as of the dataset', () => {
      expect(build().asOf).to.equal(frozenData.meta?.asOf);
    });

    it('throws a plain error when the data has no displacement figures', () => {
      expect(() => build({}, 'en', false, { sources: {} })).to.throw(Error, /no displacement figures/);
    });
  });
});
