import { expect } from '@open-wc/testing';
import type { TooltipItem } from 'chart.js';
import { buildPledgesSpec, PLEDGES_DATASETS, wrapName } from '../../src/charts/pledges.js';
import type { BuildContext, ChartSpec, ChartTheme } from '../../src/charts/spec.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { pledgedVsDeployed } from '../../src/data/selectors.js';
import type { MssDataset } from '../../src/data/types.js';
import '../../src/i18n/all-words.js';

const theme: ChartTheme = {
  text: '#111111',
  muted: '#666666',
  grid: '#dddddd',
  background: '#ffffff',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a'],
  disputedFill: 'hatch(#666666)',
  // A string per colour, so tests can tell a hatched part from a solid one.
  hatch: (color) => `hatch(${color})`,
  fontFamily: 'sans-serif',
  fontSize: 12,
};
const ctx = (over: Partial<BuildContext> = {}): BuildContext => ({ locale: 'en', theme, compact: false, reducedMotion: true, ...over });

/** Codes in the order the chart shows them (largest disclosed pledge first, undisclosed ones last). */
const ORDER = ['BJ', 'KE', 'JM', 'GT', 'BS', 'SV', 'BZ', 'AG', 'BB', 'BD', 'TD'];
// Guyana is named only by the seed article, which no other source bears out: it is not a pledge.
const UNDISCLOSED = ['AG', 'BB', 'BD', 'TD'];

interface AnyDataset {
  label: string;
  data: (number | null)[];
  backgroundColor: unknown;
  borderColor?: unknown;
}
type Annotation = Record<string, unknown> & { content?: string | string[] };
type Callbacks = {
  title: (items: Partial<TooltipItem<'bar'>>[]) => string;
  label: (item: Partial<TooltipItem<'bar'>>) => string | string[];
  footer: (items: Partial<TooltipItem<'bar'>>[]) => string | string[];
};

function parts(spec: ChartSpec) {
  const config = spec.config as unknown as {
    data: { labels: (string | string[])[]; datasets: AnyDataset[] };
    options: {
      indexAxis: string;
      scales: { x: { max: number; min: number } };
      plugins: {
        annotation: { annotations: Record<string, Annotation> };
        tooltip: { callbacks: Callbacks; filter: (item: { datasetIndex: number }) => boolean };
      };
    };
  };
  return {
    labels: config.data.labels,
    datasets: config.data.datasets,
    options: config.options,
    annotations: config.options.plugins.annotation.annotations,
    tooltip: config.options.plugins.tooltip,
  };
}

const en = buildPledgesSpec(frozenData, {}, ctx());
/** Row of a country in the chart: the first row is left empty for the reference-line labels. */
const rowOf = (code: string) => ORDER.indexOf(code) + 1;

describe('buildPledgesSpec', () => {
  it('draws horizontal bars, one row per country, names in the page language, sorted by pledge', () => {
    const { labels, options } = parts(en);
    expect(options.indexAxis).to.equal('y');
    expect(pledgedVsDeployed(frozenData).map((r) => r.country)).to.deep.equal(ORDER);
    expect(labels).to.deep.equal([
      '',
      'Benin',
      'Kenya',
      'Jamaica',
      'Guatemala',
      'Bahamas',
      'El Salvador',
      'Belize',
      'Antigua & Barbuda',
      'Barbados',
      'Bangladesh',
      'Chad',
    ]);
    const fr = parts(buildPledgesSpec(frozenData, {}, ctx({ locale: 'fr' }))).labels;
    expect(fr.slice(1, 4)).to.deep.equal(['Bénin', 'Kenya', 'Jamaïque']);
    expect(fr[rowOf('AG')]).to.equal('Antigua-et-Barbuda');
  });

  it('draws each pledge to its lowest report and hatches the rest up to the highest', () => {
    const { datasets } = parts(en);
    const pledged = datasets[PLEDGES_DATASETS.pledged]!;
    const extra = datasets[PLEDGES_DATASETS.pledgedDisputed]!;
    expect(pledged.data[rowOf('BJ')]).to.equal(1500);
    expect(extra.data[rowOf('BJ')]).to.equal(500);
    expect(pledged.data[rowOf('JM')]).to.equal(200);
    expect(extra.data[rowOf('JM')]).to.equal(50);
    expect(pledged.data[rowOf('KE')]).to.equal(1000);
    expect(extra.data[rowOf('KE')]).to.equal(null);
    expect(pledged.data[rowOf('SV')]).to.equal(78);
    expect((extra.backgroundColor as string[])[rowOf('BJ')]).to.equal('hatch(#666666)');
    // The pledge is pale; what was sent is solid in the same colour.
    expect((pledged.backgroundColor as string[])[rowOf('BJ')]).to.equal('rgba(102, 102, 102, 0.3)');
  });

  it('never draws an undisclosed pledge as zero: no bar, a marker that says so', () => {
    const { datasets, annotations, tooltip } = parts(en);
    for (const code of UNDISCLOSED) {
      const row = rowOf(code);
      expect(datasets[PLEDGES_DATASETS.pledged]!.data[row], code).to.equal(null);
      expect(datasets[PLEDGES_DATASETS.pledgedDisputed]!.data[row], code).to.equal(null);
      const marker = annotations[`undisclosed-${code}`]!;
      expect(marker.type).to.equal('label');
      expect(marker.yValue).to.equal(row);
      expect(marker.content).to.equal('pledged, number not disclosed');
      expect(marker.font).to.deep.include({ style: 'italic' });
      expect(marker.xValue).to.equal(0);
      expect(tooltip.callbacks.label({ dataIndex: row })).to.deep.equal(['Pledged: number not disclosed', 'Sent: 0']);
    }
    const cells = en.table.rows.filter((r) => UNDISCLOSED.some((c) => r[0]!.value === c));
    expect(cells).to.have.length(4);
    for (const cell of cells) {
      expect(cell[1]!.text).to.equal('number not disclosed');
      expect(cell[1]!.value).to.equal('');
    }
    // On a phone the words take two lines.
    const compact = parts(buildPledgesSpec(frozenData, {}, ctx({ compact: true }))).annotations;
    expect(compact['undisclosed-AG']!.content).to.deep.equal(['pledged,', 'number not disclosed']);
  });

  it('adds up arrivals per country, Kenya in the accent colour with its disputed part hatched', () => {
    const { datasets } = parts(en);
    const sent = datasets[PLEDGES_DATASETS.sent]!;
    const sentExtra = datasets[PLEDGES_DATASETS.sentDisputed]!;
    expect(sent.data[rowOf('KE')]).to.equal(991);
    expect(sentExtra.data[rowOf('KE')]).to.equal(256);
    expect(sent.data[rowOf('GT')]).to.equal(150);
    expect(sent.data[rowOf('BS')]).to.equal(65);
    expect(sent.data[rowOf('JM')]).to.equal(24);
    expect(sent.data[rowOf('BJ')]).to.equal(null);
    const colors = sent.backgroundColor as string[];
    expect(colors[rowOf('KE')]).to.equal(theme.accent);
    expect(colors[rowOf('GT')]).to.equal(theme.muted);
    expect((sentExtra.backgroundColor as string[])[rowOf('KE')]).to.equal(`hatch(${theme.accent})`);
    const total = (ds: AnyDataset) => ds.data.reduce<number>((a, v) => a + (v ?? 0), 0);
    expect(total(sent)).to.equal(1310);
    expect(total(sent) + total(sentExtra)).to.equal(1566);
  });

  it('labels the bar ends: what was sent, or "none sent" where the sent bar would start', () => {
    const { annotations } = parts(en);
    expect(annotations['sent-KE']).to.deep.include({ content: '991–1,247 sent', xValue: 1247, yValue: rowOf('KE') });
    expect(annotations['sent-JM']).to.deep.include({ content: '24 sent', xValue: 250 });
    expect(annotations['sent-BJ']).to.deep.include({ content: 'none sent', xValue: 0 });
  });

  it('draws the planned strength and the reported pledge total as labelled reference lines inside the axis', () => {
    const { annotations, options } = parts(en);
    expect(annotations['ref-planned-strength']).to.deep.include({ type: 'line', xMin: 2500, xMax: 2500 });
    expect(annotations['ref-pledged-total']).to.deep.include({ type: 'line', xMin: 3100, xMax: 3100 });
    expect(annotations['ref-planned-strength-label']!.content).to.equal('Planned strength: 2,500');
    expect(annotations['ref-pledged-total-label']!.content).to.equal('Pledged: more than 3,100');
    // The lines run down the country rows; their labels share the empty first row.
    expect(annotations['ref-planned-strength']).to.deep.include({ yMin: 0.5, yMax: 11.5 });
    expect(options.scales.x.min).to.equal(0);
    expect(options.scales.x.max).to.be.at.least(3100);
    const compact = parts(buildPledgesSpec(frozenData, {}, ctx({ compact: true }))).annotations;
    expect(compact['ref-planned-strength-label']!.content).to.equal('Planned: 2,500');
  });

  it('leaves out the empty label row when the data has no reference levels', () => {
    const { labels, datasets, annotations } = parts(buildPledgesSpec({ ...frozenData, references: [] }, {}, ctx()));
    expect(labels).to.have.length(11);
    expect(labels[0]).to.equal('Benin');
    expect(datasets[PLEDGES_DATASETS.pledged]!.data[0]).to.equal(1500);
    expect(Object.keys(annotations).some((k) => k.startsWith('ref-'))).to.equal(false);
  });

  it('gives one tooltip per country with the pledge, what was sent, and every source of a dispute', () => {
    const { tooltip } = parts(en);
    const row = rowOf('BJ');
    expect(tooltip.filter({ datasetIndex: PLEDGES_DATASETS.rows })).to.equal(true);
    expect(tooltip.filter({ datasetIndex: PLEDGES_DATASETS.pledged })).to.equal(false);
    expect(tooltip.callbacks.title([{ dataIndex: row }])).to.equal('Benin');
    expect(tooltip.callbacks.label({ dataIndex: row })).to.deep.equal([
      'Pledged: about 1,500 or 2,000 (reports differ)',
      'Sent: 0',
    ]);
    const footer = tooltip.callbacks.footer([{ dataIndex: row }]) as string[];
    expect(footer[0]).to.contain('about 1,500 according to Radio station website (SoCast) (Reuters)');
    expect(footer[0]).to.contain('2,000 according to Radio Jamaica News');
    const kenya = tooltip.callbacks.footer([{ dataIndex: rowOf('KE') }]) as string[];
    expect(kenya[0]).to.equal('Pledge: Tuko and Stening Simpson');
    expect(kenya[1]).to.match(/^Arrivals: Diaspora Messenger, Le Nouvelliste, /);
    expect(tooltip.callbacks.title([{ dataIndex: 0 }])).to.equal('');
  });

  it('states the finding in the title and the key numbers in the summary', () => {
    expect(en.title).to.equal('Pledges far exceeded the personnel sent');
    expect(en.summary).to.equal(
      '11 countries pledged personnel, 4 of them without saying how many, and 6 have sent personnel. ' +
        'Their reported arrivals add up to between 1,310 and 1,566 personnel, against a planned strength of 2,500. ' +
        'Benin, which pledged the most, has sent no one.',
    );
  });

  it('writes the title and summary in French, Haitian Creole and Spanish', () => {
    const fr = buildPledgesSpec(frozenData, {}, ctx({ locale: 'fr' }));
    expect(fr.title).to.equal('Les promesses ont largement dépassé les effectifs envoyés');
    expect(fr.summary).to.contain('11 pays ont promis du personnel, dont 4 sans dire combien, et 6 en ont envoyé.');
    expect(fr.summary).to.match(/entre 1\u202f310 et 1\u202f566 personnes, pour un effectif prévu de 2\u202f500/);
    const ht = buildPledgesSpec(frozenData, {}, ctx({ locale: 'ht' }));
    expect(ht.title).to.equal('Peyi yo te pwomèt pi plis moun pase sa yo voye');
    expect(ht.summary).to.contain('11 peyi te pwomèt voye moun');
    const es = buildPledgesSpec(frozenData, {}, ctx({ locale: 'es' }));
    expect(es.title).to.equal('Las promesas superaron con creces al personal enviado');
    expect(es.summary).to.contain('11 países prometieron personal, 4 de ellos sin decir cuánto, y 6 han enviado alguno.');
    expect(es.notes.map((n) => n.text).join(' ')).to.contain('Radio Jamaica News');
  });

  it('changes the title when the arrivals are close to or above the pledges', () => {
    const pledges = (frozenData.pledges ?? []).filter((p) => p.country === 'KE');
    const deployments = (frozenData.deployments ?? []).filter((d) => d.country === 'KE');
    const noRefs = { ...frozenData, pledges, deployments, references: [] };
    // Kenya alone pledged 1,000; its arrivals add up to 991–1,247: neither certainly short of the pledge nor
    // certainly at it, so the title claims neither.
    expect(buildPledgesSpec(noRefs, {}, ctx()).title).to.equal('Personnel pledged and sent, by country');
    const smaller: MssDataset = {
      ...noRefs,
      pledges: [{ ...pledges[0]!, personnel: { kind: 'exact', value: 991, sources: ['tuko-2025-02-fourth-contingent'] } }],
    };
    expect(buildPledgesSpec(smaller, {}, ctx()).title).to.equal('Countries sent at least the personnel they pledged');
    const bigger: MssDataset = {
      ...noRefs,
      pledges: [{ ...pledges[0]!, personnel: { kind: 'exact', value: 1500, sources: ['tuko-2025-02-fourth-contingent'] } }],
    };
    expect(buildPledgesSpec(bigger, {}, ctx()).title).to.equal('Fewer personnel were sent than were pledged');
  });

  it('explains in notes what "sent" counts, each dispute with its sources, the undisclosed pledges and the references', () => {
    const notes = en.notes.map((n) => n.text).join('\n');
    expect(en.notes.filter((n) => n.key).map((n) => n.text.slice(0, 24))).to.deep.equal([
      'The pledge by Benin is d',
      'The pledge by Jamaica is',
      'Arrivals from Kenya add ',
    ]);
    expect(en.notes[0]?.text).to.contain('including teams that later went home');
    expect(en.notes[0]?.text).to.contain('the maritime team (HMBS Bahamas) from Bahamas, 59 personnel, left on February 8, 2025');
    expect(en.notes[0]?.text).to.contain('head-count was 980 on December 8, 2025, according to BusinessDay (Reuters)');
    expect(notes).to.contain(
      'The pledge by Benin is disputed: about 1,500 according to Radio station website (SoCast) (Reuters) and 2,000 according to Radio Jamaica News.',
    );
    expect(notes).to.contain('The pledge by Jamaica is disputed: 200 according to Breaking Latest and 250 according to Prensa Latina.');
    expect(notes).to.contain('Arrivals from Kenya add up to between 991 and 1,247');
    expect(notes).to.contain('first contingent and fourth contingent');
    expect(notes).to.contain('Antigua & Barbuda, Barbados, Bangladesh, and Chad pledged personnel without saying how many');
    expect(notes).to.contain('The mission was planned at 2,500 personnel, according to Stening Simpson and Eagle News Feed.');
    expect(notes).to.contain('Countries together pledged more than 3,100 personnel, according to Legalbrief (Reuters)');
  });

  it('tabulates every country with its pledge, the arrivals and the sources of each', () => {
    const { table } = en;
    expect(table.columns.map((c) => c.label)).to.deep.equal(['Country', 'Pledged', 'Sent (arrivals added up)', 'Sources']);
    expect(table.rows.map((r) => r[0]!.value)).to.deep.equal(ORDER);
    const benin = table.rows[0]!;
    expect(benin.map((c) => c.text).slice(0, 3)).to.deep.equal(['Benin', 'about 1,500 or 2,000 (reports differ)', '0']);
    expect(benin[3]!.text).to.contain('2,000 according to Radio Jamaica News');
    const kenya = table.rows[1]!;
    expect(kenya[1]).to.deep.equal({ text: '1,000', value: 1000 });
    expect(kenya[2]!.text).to.equal('991–1,247');
    expect(table.rows[3]![2]).to.deep.equal({ text: '150', value: 150 });
    expect(table.rowSources[0]).to.deep.equal(['reuters-2024-02-29-pledges', 'radio-jamaica-2024-02-benin-2000']);
  });

  it('cites every source of the pledges, arrivals, references and notes, and the data date', () => {
    const ids = new Set(en.sources.map((s) => s.id));
    for (const id of [
      'reuters-2024-02-29-pledges',
      'radio-jamaica-2024-02-benin-2000',
      'seed-article',
      'village-voice-2023-09-27-antigua-barbuda',
      'tribune242-2025-02-24-rbdf-team-returns',
      'stening-simpson-2024-06-kenyan-police-land',
      'eagle-news-feed-2024-09-30-mission-renewed',
      'legalbrief-reuters-2025-01-kenya-reinforcements',
      'businessday-reuters-2025-12-09-un-expands-mission',
    ]) {
      expect(ids.has(id), id).to.equal(true);
    }
    expect(en.asOf).to.equal('2025-12-08');
  });

  it('describes each country for keyboard users, in reading order', () => {
    expect(en.points).to.have.length(11);
    expect(en.points.every((p) => p.datasetIndex === PLEDGES_DATASETS.rows)).to.equal(true);
    expect(en.points.map((p) => p.index)).to.deep.equal(ORDER.map((c) => rowOf(c)));
    expect(en.points[0]!.text).to.match(/^Benin: pledged about 1,500 or 2,000 \(reports differ\); sent 0\. Sources: /);
    expect(en.points[7]!.text).to.match(/^Antigua & Barbuda: pledged number not disclosed; sent 0\./);
  });

  it('wraps long country names on phones', () => {
    expect(wrapName('Kenya')).to.equal('Kenya');
    expect(wrapName('Antigua & Barbuda')).to.deep.equal(['Antigua &', 'Barbuda']);
    expect(wrapName('Antigua-et-Barbuda')).to.deep.equal(['Antigua-', 'et-Barbuda']);
    const compact = parts(buildPledgesSpec(frozenData, {}, ctx({ compact: true })));
    expect(compact.labels[rowOf('AG')]).to.deep.equal(['Antigua &', 'Barbuda']);
  });

  it('can put another country in the accent colour', () => {
    const { datasets } = parts(buildPledgesSpec(frozenData, { highlight: 'JM' }, ctx()));
    const colors = datasets[PLEDGES_DATASETS.sent]!.backgroundColor as string[];
    expect(colors[rowOf('JM')]).to.equal(theme.accent);
    expect(colors[rowOf('KE')]).to.equal(theme.muted);
  });

  it('throws a plain error when the data has no pledges', () => {
    expect(() => buildPledgesSpec({ sources: {}, deployments: frozenData.deployments ?? [] }, {}, ctx())).to.throw(
      Error,
      'The data has no personnel pledges',
    );
  });
});
