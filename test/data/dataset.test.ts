import { expect } from '@open-wc/testing';
import { reportsOf, sourcesOf } from '../../src/data/figure.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { citedSourceIds, findRecords } from '../../src/data/selectors.js';
import type { Figure, PledgeAmount, Report } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';

const data = mssDataset;
const deployment = (id: string) => data.deployments!.find((d) => d.id === id)!;
const pledge = (country: string) => data.pledges!.find((p) => p.country === country)!;
const displacement = (date: string) => data.displacement!.find((d) => d.date === date)!;
const casualty = (id: string) => data.casualties!.find((c) => c.id === id)!;

/** The reports of a figure as [kind, qualifier, value, sources] for compact comparison. */
const reports = (figure: Figure) =>
  reportsOf(figure).map((r: Report) => [r.kind, r.kind === 'approximate' ? r.qualifier : null, r.value, r.sources]);

describe('the default dataset', () => {
  it('validates', () => {
    const result = validateDataset(data);
    expect(result.ok, result.ok ? '' : JSON.stringify(result.errors.slice(0, 5))).to.equal(true);
  });

  it('survives a JSON round trip unchanged', () => {
    const copy: unknown = JSON.parse(JSON.stringify(data));
    const result = validateDataset(copy);
    expect(result.ok && result.data).to.deep.equal(copy);
  });

  it('has every section filled', () => {
    for (const section of [
      'deployments',
      'pledges',
      'references',
      'strength',
      'displacement',
      'casualties',
      'funding',
      'milestones',
      'seedClaims',
    ] as const) {
      expect(data[section], section).to.be.an('array').that.is.not.empty;
    }
    expect(Object.keys(data.sources)).to.have.length.above(40);
    expect(data.meta).to.deep.include({ asOf: '2025-12-08', seedArticle: 'seed-article' });
  });

  it('cites only sources it has, and has no source nobody cites', () => {
    const cited = citedSourceIds([data]);
    const known = Object.keys(data.sources);
    expect(cited.filter((id) => !known.includes(id))).to.deep.equal([]);
    expect(known.filter((id) => !cited.includes(id))).to.deep.equal([]);
  });

  it('gives every source a publisher, a title, a confidence and, except the seed, an https address', () => {
    for (const [id, source] of Object.entries(data.sources)) {
      expect(source.publisher.trim(), id).not.to.equal('');
      expect(source.title.trim(), id).not.to.equal('');
      expect(source.confidence, id).to.be.oneOf(['H', 'M', 'L']);
      if (id !== 'seed-article') expect(source.url, id).to.match(/^https:\/\//);
    }
    expect(data.sources['seed-article']).to.include({ title: "Trump supports Kenya's mission in Haiti-Ruto" });
  });

  it('uses each address once', () => {
    const urls = Object.values(data.sources).flatMap((s) => (s.url ? [s.url] : []));
    expect(new Set(urls).size).to.equal(urls.length);
  });

  it('resolves every seed-claim reference to a record', () => {
    for (const claim of data.seedClaims!) {
      for (const ref of claim.about ?? []) expect(findRecords(data, ref), `${claim.id} → ${ref}`).not.to.be.empty;
    }
  });

  it('keeps texts in the four languages for labels and milestones', () => {
    const texts = [
      ...data.deployments!.map((d) => d.label),
      ...data.milestones!.flatMap((m) => [m.event, m.short!]),
      ...data.references!.map((r) => r.label),
    ];
    for (const text of texts) expect(text).to.have.all.keys('en', 'fr', 'ht', 'es');
  });
});

describe('figures checked against FIGURES.md', () => {
  it('keeps the first contingent disputed: 400 flagged off against 200 landed, with both sides sourced', () => {
    const first = deployment('ke-1');
    expect(first).to.include({ date: '2024-06-25', country: 'KE', service: 'police' });
    expect(reports(first.personnel)).to.deep.equal([
      ['exact', null, 400, ['diaspora-messenger-2024-06-flag-off']],
      ['exact', null, 200, ['le-nouvelliste-2024-07-first-contingent', 'independent-ap-2024-07-second-contingent']],
    ]);
  });

  it('keeps the fourth contingent disputed: 144 against 200', () => {
    expect(reports(deployment('ke-4').personnel)).to.deep.equal([
      ['exact', null, 144, ['kenyans-2025-02-144-officers']],
      ['exact', null, 200, ['buzzing-hub-ap-2025-02-fourth-contingent']],
    ]);
    expect(data.sources['buzzing-hub-ap-2025-02-fourth-contingent']).to.include({ confidence: 'L', via: 'AP' });
  });

  it('records the other arrivals as reported', () => {
    // HaitiLibre: "around 200".
    expect(deployment('ke-2').personnel).to.deep.include({ kind: 'approximate', qualifier: 'about', value: 200 });
    expect(sourcesOf(deployment('ke-2').personnel)).to.include('haitilibre-2024-07-second-contingent');
    expect(deployment('jm-1')).to.deep.include({ service: 'mixed', breakdown: { military: 20, police: 4 } });
    expect(deployment('bs-2')).to.include({ date: '2024-12-28', until: '2025-02-08' });
    expect(deployment('bs-2').personnel).to.deep.include({ value: 59 });
    expect(deployment('gt-2').personnel).to.deep.include({ value: 75 });
    expect(deployment('ke-3')).to.include({ date: '2025-01-18' });
    expect(deployment('ke-3').personnel).to.deep.include({ value: 217 });
    expect(deployment('ke-5')).to.include({ date: '2025-12-08' });
    expect(deployment('ke-5').personnel).to.deep.include({ value: 230 });
    expect(data.deployments!.map((d) => d.country)).to.include.members(['KE', 'JM', 'BZ', 'BS', 'GT', 'SV']);
  });

  it('has no pledge for Guyana, which only the seed article names', () => {
    expect(data.pledges!.map((p) => p.country)).not.to.include('GY');
    expect(data.seedClaims!.find((c) => c.id === 'pledge-guyana')).to.deep.include({ verdict: 'unverified', sources: ['seed-article'] });
  });

  it('never stores an undisclosed pledge as zero', () => {
    for (const country of ['BD', 'BB', 'TD', 'AG']) {
      const amount: PledgeAmount = pledge(country).personnel;
      expect(amount.kind, country).to.equal('undisclosed');
      expect(amount, country).not.to.have.property('value');
    }
    expect(data.pledges!.flatMap((p) => (p.personnel.kind === 'undisclosed' ? [] : reportsOf(p.personnel)))).to.satisfy(
      (all: Report[]) => all.every((r) => r.value > 0),
    );
  });

  it('keeps the disputed pledges of Benin and Jamaica, and the Bahamas at 150', () => {
    expect(reports(pledge('BJ').personnel as Figure)).to.deep.equal([
      ['approximate', 'about', 1500, ['reuters-2024-02-29-pledges']],
      ['exact', null, 2000, ['radio-jamaica-2024-02-benin-2000']],
    ]);
    expect(reports(pledge('JM').personnel as Figure).map((r) => r[2])).to.deep.equal([200, 250]);
    expect(pledge('BS').personnel).to.deep.include({ kind: 'exact', value: 150 });
  });

  it('keeps the reference levels', () => {
    const ref = (id: string) => data.references!.find((r) => r.id === id)!;
    expect(ref('planned-strength').value).to.deep.include({ kind: 'exact', value: 2500 });
    expect(sourcesOf(ref('planned-strength').value)).to.have.length(2);
    expect(ref('pledged-total').value).to.deep.include({ kind: 'approximate', qualifier: 'more-than', value: 3100 });
    expect(ref('gsf-ceiling').value).to.deep.include({ kind: 'exact', value: 5550 });
  });

  it('keeps the head-counts, disputed where they disagree', () => {
    const at = (date: string) => data.strength!.find((s) => s.date === date)!;
    expect(at('2025-01-04').total).to.deep.include({ kind: 'exact', value: 590 });
    expect(at('2025-01-04').breakdown).to.have.length(6);
    expect(reports(at('2025-02-04').total!).map((r) => r.slice(0, 3))).to.deep.equal([
      ['exact', null, 859],
      ['approximate', 'more-than', 900],
    ]);
    expect(at('2025-06')).to.include({ dateApproximate: true });
    expect(at('2025-06').breakdown!.find((b) => b.countries.length === 2)).to.deep.include({ countries: ['BS', 'BZ'] });
    expect(at('2025-09').total).to.equal(undefined);
    expect(at('2025-12-08').total).to.deep.include({ kind: 'exact', value: 980 });
  });

  it('types qualified displacement figures as approximate', () => {
    expect(displacement('2024-09').idps).to.deep.include({ kind: 'exact', value: 702_973 });
    expect(displacement('2024-12')).to.deep.include({ published: '2025-01-14' });
    expect(displacement('2025-06').idps).to.deep.include({ kind: 'approximate', qualifier: 'nearly', value: 1_300_000 });
    expect(displacement('2025-09-30').idps).to.deep.include({
      kind: 'approximate',
      qualifier: 'at-least',
      value: 1_400_000,
    });
    expect(displacement('2025-10').idps).to.deep.include({ kind: 'approximate', qualifier: 'more-than', value: 1_400_000 });
    expect(data.displacement!.map((d) => d.date)).to.deep.equal([
      '2023-12',
      '2024-03',
      '2024-06',
      '2024-09',
      '2024-12',
      '2025-06',
      '2025-09-30',
      '2025-10',
    ]);
  });

  it('keeps the two 2023 counts in their own metrics, and both values of the disputed 2024 toll', () => {
    // 4,451 killings documented by OHCHR; 4,789 homicides from police data (UN Secretary-General's report).
    expect(casualty('2023')).to.deep.include({ metric: 'killed', count: { kind: 'exact', value: 4451, sources: ['pledge-times-france24-2024-cataclysm'] } });
    expect(casualty('2023-homicides')).to.deep.include({
      metric: 'homicides',
      count: { kind: 'exact', value: 4789, sources: ['haitian-times-2024-01-24-un-report-2023'] },
    });
    expect(casualty('2023-homicides').period).to.deep.equal(casualty('2023').period);
    expect(reports(casualty('2024').count).map((r) => r.slice(0, 3))).to.deep.equal([
      ['approximate', 'at-least', 5601],
      ['exact', null, 5626],
    ]);
    // 7 January 2025 is the date of the 5,601 only: no date on the record for both values to inherit.
    expect(casualty('2024')).not.to.have.property('published');
  });

  it('keeps what each casualty count counts', () => {
    expect(casualty('2024-q2')).to.include({ metric: 'killed-or-injured' });
    expect(casualty('2024-q2').count).to.deep.include({ value: 1379 });
    expect(casualty('2024-q1').injured).to.deep.include({ value: 845 });
    expect(casualty('2025-q3').injured).to.deep.include({ value: 710 });
    expect(casualty('2024-jan-sep').count).to.deep.include({ kind: 'approximate', qualifier: 'at-least', value: 3661 });
    expect(casualty('2024-10-to-2025-06').count).to.deep.include({ qualifier: 'more-than', value: 4800 });
  });

  it('checks every claim of the seed article', () => {
    const verdicts = Object.fromEntries(data.seedClaims!.map((c) => [c.id, c.verdict]));
    expect(verdicts).to.include({
      approval: 'confirmed',
      'first-contingent-400': 'disputed',
      'second-contingent-200': 'confirmed',
      'third-contingent-217': 'confirmed',
      'children-killed-100': 'unverified',
      'displaced-500000': 'outdated',
    });
    for (const claim of data.seedClaims!) expect(claim.sources[0], claim.id).to.equal('seed-article');
  });
});
