import { expect } from '@open-wc/testing';
import type { TooltipItem } from 'chart.js';
import { buildCasualtiesSpec, casualtyRows, everyQuarterClaim, type CasualtiesView } from '../../src/charts/casualties.js';
import type { BuildContext, ChartSpec, ChartTheme } from '../../src/charts/spec.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import type { Casualty, MssDataset } from '../../src/data/types.js';
import { formatNumber } from '../../src/i18n/format.js';
import '../../src/i18n/all-words.js';

// Hatched fills are patterns in the browser; here they are strings that say so, so the tests can tell them apart.
const theme: ChartTheme = {
  text: '#1f1f1f',
  muted: '#5c6670',
  grid: '#e1e4e8',
  background: 'transparent',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94'],
  disputedFill: 'hatch(#5c6670)',
  hatch: (color) => `hatch(${color})`,
  fontFamily: 'system-ui',
  fontSize: 12,
};
const ctx = (locale = 'en', compact = false): BuildContext => ({ locale, theme, compact, reducedMotion: true });
const build = (view: CasualtiesView = 'quarterly', locale = 'en', compact = false, data: MssDataset = frozenData): ChartSpec =>
  buildCasualtiesSpec(data, { view }, ctx(locale, compact));

/* eslint-disable @typescript-eslint/no-explicit-any -- reading Chart.js options the builder returns as plain objects */
const datasets = (spec: ChartSpec) => spec.config.data.datasets as any[];
const annotations = (spec: ChartSpec) => (spec.config.options as any).plugins.annotation.annotations as Record<string, any>;
const tooltip = (spec: ChartSpec) => (spec.config.options as any).plugins.tooltip.callbacks;
const options = (spec: ChartSpec) => spec.config.options as any;
/* eslint-enable @typescript-eslint/no-explicit-any */
const item = (datasetIndex: number, dataIndex: number) => ({ datasetIndex, dataIndex }) as TooltipItem<'bar'>;

const casualties = frozenData.casualties ?? [];
const record = (id: string): Casualty => {
  const found = casualties.find((c) => c.id === id);
  if (!found) throw new Error(`no casualty record ${id}`);
  return found;
};
const withCasualties = (list: Casualty[]): MssDataset => ({ ...frozenData, casualties: list });
const replaced = (id: string, next: Casualty): MssDataset => withCasualties(casualties.map((c) => (c.id === id ? next : c)));
const column = (spec: ChartSpec, label: string) => spec.table.columns.findIndex((c) => c.label === label);

describe('buildCasualtiesSpec — quarterly', () => {
  const spec = build();
  const quarters = casualties
    .filter((c) => c.period.grain === 'quarter')
    .sort((a, b) => a.period.from.localeCompare(b.period.from));

  it('draws one category per quarter of the data, in order, from Q4 2023 to Q3 2025', () => {
    expect(quarters.length).to.equal(8);
    expect(spec.config.data.labels).to.deep.equal([
      ['Q4', '2023'],
      ['Q1', '2024'],
      ['Q2', '2024'],
      ['Q3', '2024'],
      ['Q4', '2024'],
      ['Q1', '2025'],
      ['Q2', '2025'],
      ['Q3', '2025'],
    ]);
  });

  it('keeps each bar in its own metric: killed bars solid, the killed-or-injured quarter hatched in its own dataset', () => {
    const [killed, other, ...rest] = datasets(spec);
    expect(rest).to.have.length(0);
    expect(killed.data).to.deep.equal([1104, 1660, null, 1223, 1732, 1617, 1520, 1247]);
    expect(killed.backgroundColor).to.equal(theme.series[0]);
    expect(killed.stack).to.equal('killed');
    expect(other.data).to.deep.equal([null, null, 1379, null, null, null, null, null]);
    expect(other.backgroundColor).to.equal(`hatch(${theme.muted})`);
    expect(other.borderWidth).to.be.greaterThan(0);
    // Different stacks: a killed-or-injured count is never piled onto or added to a count of the killed.
    expect(other.stack).to.not.equal(killed.stack);
    const countedColumn = column(spec, 'What is counted');
    expect(spec.table.rows.map((r) => r[countedColumn]?.value)).to.deep.equal(quarters.map((q) => q.metric));
  });

  it('never draws the injured, nor adds them to the killed', () => {
    const drawn = datasets(spec).flatMap((d) => d.data as (number | null)[]);
    for (const q of quarters.filter((c) => c.injured)) {
      const injured = q.injured?.kind === 'disputed' ? undefined : q.injured?.value;
      const killed = q.count.kind === 'disputed' ? undefined : q.count.value;
      expect(drawn).to.not.include(injured);
      expect(drawn).to.not.include((killed ?? 0) + (injured ?? 0));
    }
    const injuredColumn = column(spec, 'Injured');
    expect(spec.table.rows.map((r) => r[injuredColumn]?.text)).to.deep.equal(['—', '845', '—', '—', 'at least 411', '—', 'at least 609', '710']);
  });

  it('labels the killed-or-injured bar as such, and keeps "at least" on approximate bars', () => {
    const labels = annotations(spec);
    expect(labels['label-2024-q2']?.content).to.deep.equal(['1,379', 'killed or', 'injured']);
    expect(labels['label-2024-q4']?.content).to.deep.equal(['at least', '1,732']);
    expect(labels['label-2023-q4']?.content).to.deep.equal(['1,104']);
    // Labels sit above their bar, at its top.
    expect(labels['label-2024-q2']?.yValue).to.equal(1379);
    expect(labels['label-2024-q2']?.yAdjust).to.be.lessThan(0);
  });

  it('says in the tooltip what each bar counts, with the injured and the source', () => {
    const { label, title, footer } = tooltip(spec);
    expect(title([item(1, 2)])).to.equal('April–June 2024 (Q2 2024)');
    expect(label(item(1, 2))).to.deep.equal(['Killed or injured: 1,379', 'Not a count of the killed']);
    expect(label(item(0, 4))).to.deep.equal(['Killed: at least 1,732', 'Injured: at least 411 (not in the bar)']);
    expect(footer([item(0, 4)])).to.equal('Source: donare.info');
    expect(footer([item(1, 2)])).to.equal("Source: L'Actualité");
  });

  it('computes the title from counts of the killed only: every quarter since 2024 above 1,200', () => {
    const killedSince2024 = quarters.filter((q) => q.metric === 'killed' && q.period.from >= '2024');
    const lowest = Math.min(...killedSince2024.map((q) => (q.count.kind === 'disputed' ? 0 : q.count.value)));
    expect(lowest).to.equal(1223);
    // Said of the 6 quarters since 2024 with a count of the killed; April–June 2024 has only killed-or-injured.
    expect(spec.title).to.equal(
      'Since 2024, the UN counted more than 1,200 people killed in Haiti in each of 6 quarters; for April–June 2024 it gave only a count of the killed and injured together',
    );
  });

  it('does not count the 2024 Q2 killed-or-injured figure as killed, in the title or the summary', () => {
    // Were a 900 read as "killed", the title's threshold would fall to 800; as killed-or-injured it changes nothing.
    const q2 = record('2024-q2');
    const lowKilledOrInjured = build('quarterly', 'en', false, replaced('2024-q2', { ...q2, count: { kind: 'exact', value: 900, sources: ['lactualite-2024-q2-binuh'] } }));
    expect(lowKilledOrInjured.title).to.equal(spec.title);
    expect(lowKilledOrInjured.summary).to.contain('between 1,104 and at least 1,732');
    const asKilled = build('quarterly', 'en', false, replaced('2024-q2', { ...q2, metric: 'killed', count: { kind: 'exact', value: 900, sources: ['lactualite-2024-q2-binuh'] } }));
    expect(asKilled.title).to.equal('Since 2023, the UN counted more than 800 people killed in Haiti in each of 8 quarters');
    expect(asKilled.summary).to.contain('between 900 and at least 1,732');
  });

  it('writes the summary from the data: range, latest quarter with its injured, and the other metric', () => {
    // No peak: October–December 2024 ("at least 1,732") is not certainly above April–June 2025 ("at least 1,520").
    expect(spec.summary).to.equal(
      'From October–December 2023 to July–September 2025, the UN counted between 1,104 and at least 1,732 people killed per quarter in Haiti. ' +
        'In July–September 2025, 1,247 people were killed and 710 injured. ' +
        'For April–June 2024 it reported only 1,379 people killed or injured, counted together.',
    );
  });

  it('names the peak quarter when its count is certainly above every other one', () => {
    const q2025 = casualties.find((c) => c.id === '2025-q2')!;
    const exact = replaced('2025-q2', { ...q2025, count: { kind: 'exact', value: 1520, sources: ['caribbean-times-2025-q2-1520-killed'] } });
    expect(build('quarterly', 'en', false, exact).summary).to.contain('per quarter in Haiti, the most in October–December 2024.');
    expect(build('quarterly', 'fr', false, exact).summary).to.contain('avec un pic en octobre-décembre 2024');
  });

  it('explains the killed-or-injured quarter, the "at least" counts and the injured in the notes', () => {
    expect(spec.notes[0]).to.deep.equal({
      key: true,
      text: "April–June 2024: 1,379 people killed or injured, counted together (L'Actualité). Hatched: not a count of the killed, left out of every count of people killed.",
    });
    const atLeast = spec.notes.find((n) => n.text.startsWith('“At least”'));
    expect(atLeast).to.deep.equal({ key: true, text: '“At least” marks counts the UN gave as minimums of the cases it documented: October–December 2024 and April–June 2025.' });
    const injured = spec.notes.find((n) => n.text.includes('never added to the killed'));
    expect(injured?.key).to.equal(false);
  });

  it('tells the spans that are neither quarters nor years in a note, and never draws them', () => {
    const note = spec.notes.find((n) => n.text.includes('neither quarters nor years'))?.text;
    expect(note).to.contain('at least 3,661 people killed in January–September 2024 (Digital Journal (AFP), published September 27, 2024)');
    expect(note).to.contain('more than 4,800 people killed in October 2024 – June 2025 (Africanews');
    const drawn = datasets(spec).flatMap((d) => d.data as (number | null)[]);
    expect(drawn).to.not.include(3661);
    expect(drawn).to.not.include(4800);
  });

  it("explains the seed article's claims against the UN's counts", () => {
    const claim = spec.notes.find((n) => n.text.includes('3,600'))?.text;
    expect(claim).to.equal(
      // A paraphrase of the article, so no quotation marks; 2024's counts carry no date (5,626 has none).
      'The seed article says: According to the UN, more than 3,600 people have been killed in Haiti since January 2024. This is out of date. ' +
        'The UN had counted at least 3,661 people killed in January–September 2024, published September 27, 2024. ' +
        'It later counted at least 5,601 or 5,626 people killed in 2024.',
    );
    const children = spec.notes.find((n) => n.text.includes('children'))?.text;
    expect(children).to.contain('This is unverified: no other source was found.');
    const ids = spec.sources.map((s) => s.id);
    expect(ids).to.include.members(['seed-article', 'digital-journal-afp-2024-09-27-3661-killed', 'lactualite-2024-q2-binuh', 'anews-2025-11-12-1247-killed']);
  });

  it('describes every bar for keyboard users, in reading order', () => {
    expect(spec.points.map((p) => p.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(spec.points[2]).to.deep.equal({
      datasetIndex: 1,
      index: 2,
      text: "April–June 2024: 1,379 people killed or injured, counted together. Not a count of the killed. Source: L'Actualité.",
    });
    expect(spec.points[7]?.text).to.equal('July–September 2025: 1,247 people killed, and 710 injured. Source: A News (Anadolu).');
  });

  it('lays bars horizontally on phones, with room after each bar for its label', () => {
    const phone = build('quarterly', 'en', true);
    expect(options(phone).indexAxis).to.equal('y');
    expect(phone.config.data.labels?.[0]).to.equal('Q4 2023');
    const max = options(phone).scales.x.max as number;
    expect(max).to.be.greaterThan(1732 * 1.5);
    expect(annotations(phone)['label-2024-q2']?.content).to.deep.equal(['1,379', 'killed or injured']);
    expect(annotations(phone)['label-2024-q4']?.content).to.deep.equal(['at least 1,732']);
  });

  it('speaks French, Haitian Creole and Spanish with the numbers of each locale', () => {
    const fr = build('quarterly', 'fr');
    expect(fr.title).to.equal(
      `Depuis 2024, l’ONU a compté plus de ${formatNumber(1200, 'fr')} personnes tuées en Haïti lors de chacun de 6 trimestres ; pour avril-juin 2024, elle n’a publié qu’un bilan des morts et des blessés confondus`,
    );
    expect(fr.config.data.labels?.[0]).to.deep.equal(['T4', '2023']);
    expect(fr.summary).to.contain(`au moins ${formatNumber(1732, 'fr')}`);
    const ht = build('quarterly', 'ht');
    expect(ht.title).to.contain('Depi 2024');
    expect(ht.summary).to.contain('oktòb–desanm 2023');
    const es = build('quarterly', 'es');
    expect(es.title).to.equal(
      `Desde 2024, la ONU contó más de ${formatNumber(1200, 'es')} personas muertas en Haití en cada uno de 6 trimestres; para abril-junio de 2024 solo dio un recuento de muertos y heridos juntos`,
    );
    expect(es.notes[0]?.text).to.match(/^Abril-junio de 2024: /);
  });
});

describe('buildCasualtiesSpec — yearly', () => {
  const spec = build('yearly');

  it('draws a disputed year as a range, and 2023\'s homicides as their own hatched bar beside the killed', () => {
    expect(spec.config.data.labels).to.deep.equal(['2023', '2024']);
    const [low, homicides, extra, ...rest] = datasets(spec);
    expect(rest).to.have.length(0);
    expect(low.data).to.deep.equal([4451, 5601]);
    expect(low.backgroundColor).to.equal(theme.series[0]);
    // 4,789 homicides (police data) are another metric: their own stack, never the top of 2023's killed.
    expect(homicides.data).to.deep.equal([4789, null]);
    expect(homicides.stack).to.not.equal(low.stack);
    expect(homicides.backgroundColor).to.equal(`hatch(${theme.series[2]})`);
    expect(extra.data).to.deep.equal([null, 5626 - 5601]);
    expect(extra.backgroundColor).to.equal(`hatch(${theme.series[0]})`);
    expect(extra.stack).to.equal(low.stack);
    expect(annotations(spec)['label-2023']?.content).to.deep.equal(['4,451']);
    expect(annotations(spec)['label-2023-homicides']?.content).to.deep.equal(['4,789', 'homicides']);
    expect(annotations(spec)['label-2024']?.content).to.deep.equal(['at least 5,601 or 5,626']);
    expect(spec.legend.map((l) => l.label)).to.deep.equal([
      'People killed (lowest count)',
      'Homicides (a different count)',
      'Reports differ: up to the highest count',
    ]);
  });

  it('lists every count with its metric and sources in the table, and no date the 5,626 has not got', () => {
    const rows = spec.table.rows.map((r) => r.map((c) => c.text));
    expect(rows.slice(0, 4).map((r) => [r[0], r[2], r[3], r[4], r[5]])).to.deep.equal([
      ['2023', 'People killed', '4,451', 'Pledge Times (France 24)', ''],
      ['2023', 'Homicides', '4,789', 'The Haitian Times', 'January 24, 2024'],
      ['2024', 'People killed', 'at least 5,601', 'MENAFN (KUNA)', ''],
      ['2024', 'People killed', '5,626', 'MENAFN (KUNA)', ''],
    ]);
    expect(rows[0]?.[6]).to.contain('OHCHR');
    expect(rows[1]?.[6]).to.contain("UN Secretary-General's report");
    expect(rows[3]?.[6]).to.contain('undated');
    expect(spec.table.rows[2]?.[3]?.value).to.equal(5601);
    expect(spec.table.rowSources[0]).to.deep.equal(['pledge-times-france24-2024-cataclysm']);
  });

  it('puts the spans in the table as other periods, not as bars', () => {
    const spans = spec.table.rows.filter((r) => r[1]?.value === 'span').map((r) => [r[0]?.text, r[3]?.text]);
    expect(spans).to.deep.equal([
      ['January–September 2024', 'at least 3,661'],
      ['October 2024 – June 2025', 'more than 4,800'],
    ]);
    const drawn = datasets(spec).flatMap((d) => d.data as (number | null)[]);
    expect(drawn).to.not.include(3661);
  });

  it('names the other metric and explains the dispute in the notes, with both values and their sources', () => {
    expect(spec.notes.filter((n) => n.key)).to.have.length(2);
    expect(spec.notes[0]?.text).to.equal(
      '2023: 4,789 homicides (The Haitian Times). Hatched: not a count of the killed, left out of every count of people killed.',
    );
    expect(spec.notes[1]?.text).to.equal(
      '2024: at least 5,601 (OHCHR, 7 January 2025; source: MENAFN (KUNA)) or 5,626 (Later BINUH count, undated; the MENAFN (KUNA) report is quoted only for 5,601; source: MENAFN (KUNA)).',
    );
  });

  it('states the title and the summary from the data, keeping "at least"', () => {
    expect(spec.title).to.equal('At least 5,601 people were killed in Haiti in 2024, more than in 2023');
    expect(spec.summary).to.equal(
      'UN figures put the number of people killed in Haiti at 4,451 in 2023 and at least 5,601 or 5,626 in 2024. Where two figures are given, UN counts differ. ' +
        'For 2023 it also reported 4,789 homicides.',
    );
    // "More than in 2023" only when the lowest count of 2024 tops the highest of 2023's killed (4,451; the
    // 4,789 homicides are another metric and take no part).
    const close = replaced('2024', { ...record('2024'), count: { kind: 'exact', value: 4400, sources: ['menafn-kuna-2025-01-5600-killed'] } });
    expect(build('yearly', 'en', false, close).title).to.equal('4,400 people were killed in Haiti in 2024');
    const above = replaced('2024', { ...record('2024'), count: { kind: 'exact', value: 4600, sources: ['menafn-kuna-2025-01-5600-killed'] } });
    expect(build('yearly', 'en', false, above).title).to.equal('4,600 people were killed in Haiti in 2024, more than in 2023');
  });

  it('shows the tooltip with every report and its publisher', () => {
    const { label, footer } = tooltip(spec);
    expect(label(item(0, 0))).to.deep.equal(['4,451 — Pledge Times (France 24)']);
    expect(label(item(1, 0))).to.deep.equal(['4,789 — The Haitian Times']);
    expect(label(item(0, 1))).to.deep.equal(['at least 5,601 — MENAFN (KUNA)', '5,626 — MENAFN (KUNA)']);
    expect(footer([item(0, 1)])).to.equal('(reports differ)');
  });

  it('splits a disputed label over two lines on phones', () => {
    const phone = build('yearly', 'en', true);
    expect(annotations(phone)['label-2024']?.content).to.deep.equal(['at least 5,601', 'or 5,626']);
    expect(options(phone).indexAxis).to.equal('x');
  });
});

describe('buildCasualtiesSpec — data it cannot chart', () => {
  it('throws a plain error when there are no casualty counts', () => {
    expect(() => build('quarterly', 'en', false, withCasualties([]))).to.throw(/no casualty counts/);
    expect(() => build('quarterly', 'en', false, { sources: frozenData.sources })).to.throw(/no casualty counts/);
  });

  it('throws when the view has no counts of its grain', () => {
    const quartersOnly = withCasualties(casualties.filter((c) => c.period.grain === 'quarter'));
    expect(() => build('yearly', 'en', false, quartersOnly)).to.throw(/no yearly casualty counts/);
    const yearsOnly = withCasualties(casualties.filter((c) => c.period.grain === 'year'));
    expect(() => build('quarterly', 'en', false, yearsOnly)).to.throw(/no quarterly casualty counts/);
  });

  it('throws when a quarter has no month to place it', () => {
    const bad = withCasualties([{ ...record('2024-q1'), period: { from: '2024', to: '2024', grain: 'quarter' } }]);
    expect(() => build('quarterly', 'en', false, bad)).to.throw(/"2024-q1" starts on 2024/);
  });
});

describe('everyQuarterClaim', () => {
  const quarters = casualtyRows(frozenData).filter((r) => r.period.grain === 'quarter');
  const killed = quarters.filter((r) => r.metric === 'killed');
  const short = (claim: ReturnType<typeof everyQuarterClaim>) => claim && { ...claim, gaps: claim.gaps.map((g) => g.id) };

  it('finds the start year with the highest round hundred every count tops, and the quarters without a count of the killed', () => {
    expect(short(everyQuarterClaim(quarters))).to.deep.equal({ since: 2024, threshold: 1200, quarters: 6, gaps: ['2024-q2'] });
    expect(short(everyQuarterClaim(killed))).to.deep.equal({ since: 2024, threshold: 1200, quarters: 6, gaps: [] });
  });

  it('makes no claim over a quarter given as "about" a number, which is no lower bound', () => {
    const rows = killed.map((r) => (r.id === '2024-q3' ? { ...r, count: { kind: 'approximate' as const, qualifier: 'about' as const, value: 1223, sources: ['x'] } } : r));
    // 2024 onwards now holds an "about" count; 2025 alone has too few quarters; so no claim at all.
    expect(everyQuarterClaim(rows)).to.equal(undefined);
  });

  it('says "topped" only above the lowest count: a count of exactly 1,200 gives 1,100', () => {
    const rows = killed.map((r) => (r.id === '2024-q3' ? { ...r, count: { kind: 'exact' as const, value: 1200, sources: ['x'] } } : r));
    expect(short(everyQuarterClaim(rows))).to.deep.equal({ since: 2023, threshold: 1100, quarters: 7, gaps: [] });
  });
});
