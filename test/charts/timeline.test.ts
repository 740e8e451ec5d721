import { expect } from '@open-wc/testing';
import { TIMELINE_KINDS, buildTimelineSpec, parseTimelineKinds, type TimelineOptions, type TimelineSpec } from '../../src/charts/timeline.js';
import type { BuildContext, ChartTheme } from '../../src/charts/spec.js';
import { compareIsoDates } from '../../src/data/selectors.js';
import type { MssDataset } from '../../src/data/types.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import '../../src/i18n/all-words.js';

const theme: ChartTheme = {
  text: '#1f1f1f',
  muted: '#5c6670',
  grid: '#e1e4e8',
  background: 'transparent',
  accent: '#0b5cad',
  series: ['#c4510a'],
  disputedFill: '#5c6670',
  hatch: (color) => color,
  fontFamily: 'system-ui',
  fontSize: 12,
};
const ctx = (locale = 'en'): BuildContext => ({ locale, theme, compact: false, reducedMotion: true });
const build = (options: TimelineOptions = {}, locale = 'en', data: MssDataset = frozenData): TimelineSpec =>
  buildTimelineSpec(data, options, ctx(locale));
const entry = (spec: TimelineSpec, id: string) => {
  const found = spec.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe('buildTimelineSpec', () => {
  it('lists every milestone, arrival and funding record once, in date order', () => {
    const spec = build();
    const milestones = frozenData.milestones ?? [];
    const deployments = frozenData.deployments ?? [];
    const funding = frozenData.funding ?? [];
    // Three milestones are one record's sentence (first and fifth contingents, the US freeze): merged, not repeated.
    expect(spec.entries.length).to.equal(milestones.length + deployments.length + funding.length - 3);
    const dates = spec.entries.map((e) => e.date);
    expect([...dates].sort(compareIsoDates)).to.deep.equal(dates);
    expect(new Set(spec.entries.map((e) => e.id)).size).to.equal(spec.entries.length);
    expect(spec.points.map((p) => p.index)).to.deep.equal(spec.entries.map((_e, i) => i));
  });

  it('gives each kind its events: Security Council decisions are the resolutions and the renewal', () => {
    expect(build({ kinds: 'resolutions' }).entries.map((e) => e.id)).to.deep.equal(['resolution-2699', 'mandate-renewed-2024', 'resolution-2793']);
    expect(build({ kinds: 'milestones' }).entries.map((e) => e.id)).to.deep.equal(['mss-mandate-expires']);
    const funding = build({ kinds: 'funding' }).entries;
    expect(funding.every((e) => e.kind === 'funding')).to.equal(true);
    expect(funding.map((e) => e.date)).to.deep.equal(['2024-02-29', '2024-02-29', '2024-04-30', '2024-12', '2024-12', '2025-02-04']);
    const arrivals = build({ kinds: ['arrivals'] }).entries;
    expect(arrivals.length).to.equal(frozenData.deployments?.length);
  });

  it('merges a milestone with the record that carries its figure, keeping both sources', () => {
    const first = entry(build(), 'first-contingent');
    expect(first.kind).to.equal('arrivals');
    expect(first.text).to.equal('The first Kenyan contingent lands in Port-au-Prince');
    expect(first.figure).to.equal('Personnel: 400 or 200 (reports differ)');
    expect(first.disputed).to.equal(true);
    expect(first.sources.map((s) => s.id)).to.include.members(['le-nouvelliste-2024-07-first-contingent', 'diaspora-messenger-2024-06-flag-off']);
    const freeze = entry(build(), 'us-funding-freeze');
    expect(freeze.figure).to.equal('Amount: $13,300,000');
  });

  it('keeps figures exact and qualifiers in place, in every language', () => {
    expect(entry(build(), 'ke-2').figure).to.equal('Personnel: about 200');
    expect(entry(build(), 'ke-2').approximate).to.equal(true);
    expect(entry(build({}, 'fr'), 'ke-2').figure).to.equal('Effectif : environ 200');
    expect(entry(build({}, 'es'), 'ke-4').figure).to.match(/^Efectivos: 144 o 200/);
    expect(entry(build({}, 'ht'), 'ke-4').figure).to.match(/^Efektif: 144 oswa 200/);
    // Whole dollars: $110,300,000, never "$110.3 million" rounded.
    expect(entry(build(), 'funding-pledged-2024-12').figure).to.equal('Amount: $110,300,000');
  });

  it('writes dates as precisely as the dataset and marks approximate ones', () => {
    const spec = build();
    const month = entry(spec, 'funding-received-2024-12');
    expect(month.date).to.equal('2024-12');
    expect(month.dateText).to.equal('around December 2024');
    expect(entry(spec, 'resolution-2699').dateText).to.equal('October 2, 2023');
    expect(entry(build({}, 'fr'), 'resolution-2699').dateText).to.equal('2 octobre 2023');
    expect(entry(build({}, 'ht'), 'funding-received-2024-12').dateText).to.equal('anviwon desanm 2024');
    // French and Spanish take an article before a day, none before a month.
    expect(entry(build({}, 'fr'), 'funding-deposited-2024-04-30').dateText).to.equal('vers le 30 avril 2024');
    expect(entry(build({}, 'fr'), 'funding-received-2024-12').dateText).to.equal('vers décembre 2024');
    expect(entry(build({}, 'es'), 'funding-deposited-2024-04-30').dateText).to.equal('hacia el 30 de abril de 2024');
    const keyNotes = spec.notes.filter((n) => n.key).map((n) => n.text);
    expect(keyNotes).to.include('Money received by the mission\'s UN trust fund (around December 2024) — the date is approximate.');
    expect(keyNotes.some((n) => n.startsWith('The first Kenyan contingent lands in Port-au-Prince (June 25, 2024) — sources differ: 400 according to Diaspora Messenger'))).to.equal(true);
  });

  it('limits the dates with from and to, keeping an event whose month overlaps', () => {
    const spec = build({ from: '2024-12-15', to: '2025-01' });
    expect(spec.entries.map((e) => e.date)).to.deep.equal(['2024-12', '2024-12', '2024-12-28', '2025-01-03', '2025-01-03', '2025-01-04', '2025-01-18']);
    expect(spec.summary).to.equal('Dated events from 2024 to 2025: contingent arrivals and funding of the mission, each with its sources.');
    expect(build({ from: '2025', kinds: 'resolutions' }).summary).to.equal('Dated events of 2025: Security Council decisions, each with its sources.');
  });

  it('marks where each year starts, for the axis', () => {
    const spec = build();
    expect(spec.entries.filter((e) => e.yearStart).map((e) => e.year)).to.deep.equal(['2023', '2024', '2025']);
  });

  it('builds a table row per entry with its sources, and cites only what it shows', () => {
    const spec = build({ kinds: 'resolutions' });
    expect(spec.table.rows.map((r) => r[0]?.value)).to.deep.equal(['2023-10-02', '2024-09-30', '2025-09-30']);
    expect(spec.sources.map((s) => s.id)).to.deep.equal([
      'un-press-sc15432-2023-10-02',
      'seed-article',
      'eagle-news-feed-2024-09-30-mission-renewed',
      'menafn-ians-2025-09-gang-suppression-force',
    ]);
  });

  it('rejects unknown kinds, bad dates and an empty range with a message in the language', () => {
    expect(() => build({ kinds: 'milestones battles' })).to.throw('Unknown kind “battles” in kinds');
    expect(() => build({ kinds: 'x' }, 'fr')).to.throw('Type inconnu « x »');
    expect(() => build({ from: '2024-13' })).to.throw('The from attribute “2024-13” is not a date');
    expect(() => build({ to: 'soon' })).to.throw('The to attribute “soon” is not a date');
    expect(() => build({ from: '2030' })).to.throw('No event of the chosen kinds falls between these dates.');
    expect(parseTimelineKinds(' Funding, arrivals funding')).to.deep.equal(['funding', 'arrivals']);
    expect(TIMELINE_KINDS).to.deep.equal(['milestones', 'arrivals', 'resolutions', 'funding']);
  });

  it('shows a milestone of own data as a milestone, or a decision when its id names a resolution', () => {
    const data: MssDataset = {
      sources: { s: { publisher: 'P', title: 'T', confidence: 'H' } },
      milestones: [
        { id: 'resolution-9999', date: '2026-01', event: 'A decision', sources: ['s'] },
        { id: 'handover', date: '2026-02-03', event: 'A handover', sources: ['s'] },
      ],
    };
    const spec = build({}, 'en', data);
    expect(spec.entries.map((e) => [e.id, e.kind, e.dateText])).to.deep.equal([
      ['resolution-9999', 'resolutions', 'January 2026'],
      ['handover', 'milestones', 'February 3, 2026'],
    ]);
  });
});
