import { expect } from '@open-wc/testing';
import {
  DEFAULT_KEY_FIGURES,
  KEY_FIGURE_IDS,
  buildKeyFiguresSpec,
  headlineNumber,
  parseKeyFigureIds,
  type KeyFigureCard,
  type KeyFiguresSpec,
} from '../../src/charts/key-figures.js';
import type { BuildContext, ChartTheme } from '../../src/charts/spec.js';
import { sourcesOf } from '../../src/data/figure.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import type { MssDataset } from '../../src/data/types.js';
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

const build = (figures?: string | readonly string[], data: MssDataset = frozenData, locale = 'en'): KeyFiguresSpec =>
  buildKeyFiguresSpec(data, figures === undefined ? {} : { figures }, ctx(locale));

function card(id: string, locale = 'en', data: MssDataset = frozenData): KeyFigureCard {
  const found = build(id, data, locale).cards[0];
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

const ids = (c: KeyFigureCard) => c.sources.map((s) => s.id);
const casualty = (id: string) => frozenData.casualties?.find((c) => c.id === id);

describe('buildKeyFiguresSpec', () => {
  describe('cards', () => {
    it('deployed: the latest head-count of the force against the planned strength', () => {
      const c = card('deployed');
      const snapshot = frozenData.strength?.find((s) => s.date === '2025-12-08');
      expect(snapshot?.total).to.deep.include({ kind: 'exact', value: 980 });
      expect(c.value).to.equal('980');
      expect(c.label).to.equal('personnel deployed');
      expect(c.context).to.equal('of 2,500 planned');
      expect(c.ratio).to.deep.equal({ part: 980, whole: 2500 });
      expect(c.approximate).to.equal(false);
      expect(c.disputed).to.equal(false);
      expect(c.asOf).to.equal('2025-12-08');
      expect(c.dateText).to.equal('As of December 8, 2025');
      expect(ids(c)).to.deep.equal([
        'businessday-reuters-2025-12-09-un-expands-mission',
        'stening-simpson-2024-06-kenyan-police-land',
        'eagle-news-feed-2024-09-30-mission-renewed',
      ]);
    });

    it('displaced: the latest count keeps its "more than" and is shown compact', () => {
      const c = card('displaced');
      const latest = frozenData.displacement?.find((d) => d.date === '2025-10');
      expect(latest?.idps).to.deep.include({ kind: 'approximate', qualifier: 'more-than', value: 1_400_000 });
      expect(c.value).to.equal('more than 1.4 million');
      expect(c.valueParts).to.deep.equal({ before: 'more than ', number: '1.4 million', after: '' });
      expect(c.approximate).to.equal(true);
      expect(c.disputed).to.equal(false);
      expect(c.context).to.equal('up from 315,000 in December 2023');
      expect(c.asOf).to.equal('2025-10');
      expect(c.dateText).to.equal('As of October 2025');
      expect(ids(c)).to.deep.equal(['news-ghana-2025-10-displacement-record', 'donare-iom-2025-01-one-million-displaced']);
    });

    it('killed-2024: "at least 5,601" leads, and the 5,626 BINUH count is shown beside it', () => {
      const c = card('killed-2024');
      const record = casualty('2024');
      expect(record?.count.kind).to.equal('disputed');
      expect(c.value).to.equal('at least 5,601');
      expect(c.valueParts.before).to.equal('at least ');
      expect(c.label).to.equal('people killed in 2024');
      expect(c.disputed).to.equal(true);
      expect(c.approximate).to.equal(true);
      expect(c.dispute).to.equal('Sources differ: 5,626 (later BINUH count, undated; the MENAFN (KUNA) report is quoted only for 5,601)');
      // 7 January 2025 dates the 5,601 only: the card, which shows both, is dated by the year it counts.
      expect(c.asOf).to.equal('2024-12');
      expect(c.dateText).to.equal('As of December 2024');
      expect(ids(c)).to.deep.equal(['menafn-kuna-2025-01-5600-killed']);
    });

    it('killed-2023: the killings OHCHR documented, with the homicides of police data named as a different count', () => {
      const c = card('killed-2023');
      expect(c.value).to.equal('4,451');
      expect(c.approximate).to.equal(false);
      expect(c.disputed).to.equal(false);
      expect(c).not.to.have.property('dispute');
      expect(c.detail).to.equal("A different UN count: 4,789 homicides (from Haitian police data, in the UN Secretary-General's report)");
      expect(c.asOf).to.equal('2023-12');
      expect(ids(c)).to.have.members(['haitian-times-2024-01-24-un-report-2023', 'pledge-times-france24-2024-cataclysm']);
    });

    it('killed-latest-quarter: the newest quarter of people killed, with the injured of the same report', () => {
      const c = card('killed-latest-quarter');
      const record = casualty('2025-q3');
      expect(record?.count).to.deep.include({ value: 1247 });
      expect(c.value).to.equal('1,247');
      expect(c.label).to.equal('people killed between July and September 2025');
      expect(c.context).to.equal('and 710 injured');
      expect(c.asOf).to.equal('2025-09');
      expect(ids(c)).to.deep.equal(['anews-2025-11-12-1247-killed']);
    });

    it('killed-latest-quarter never counts a "killed or injured" quarter as killed', () => {
      const data: MssDataset = {
        ...frozenData,
        casualties: [casualty('2024-q1')!, casualty('2024-q2')!],
      };
      expect(casualty('2024-q2')?.metric).to.equal('killed-or-injured');
      const c = card('killed-latest-quarter', 'en', data);
      expect(c.value).to.equal('1,660');
      expect(c.label).to.equal('people killed between January and March 2024');
    });

    it('contingents: the countries that sent personnel, of those that pledged or sent', () => {
      const c = card('contingents');
      const sent = new Set((frozenData.deployments ?? []).map((d) => d.country));
      const pledgedOrSent = new Set([...sent, ...(frozenData.pledges ?? []).map((p) => p.country)]);
      expect(sent.size).to.equal(6);
      // Guyana is not a pledge: only the seed article names it.
      expect(pledgedOrSent.size).to.equal(11);
      expect(c.value).to.equal('6');
      expect(c.label).to.equal('countries have sent personnel');
      expect(c.context).to.equal('of 11 that pledged or sent personnel');
      expect(c.detail).to.equal('Kenya, Jamaica, Belize, Bahamas, Guatemala, and El Salvador');
      expect(c.asOf).to.equal('2025-12-08');
      // Each country is cited by its first arrival.
      expect(ids(c)).to.include('diaspora-messenger-2024-06-flag-off');
      expect(ids(c)).not.to.include('kdrtv-2025-12-fifth-contingent');
      expect(ids(c)).to.include('village-voice-2023-09-27-antigua-barbuda');
    });

    it('pledged: over 3,100 pledged, qualifier kept', () => {
      const c = card('pledged');
      expect(c.value).to.equal('more than 3,100');
      expect(c.approximate).to.equal(true);
      expect(c.asOf).to.equal('2025-01');
      expect(ids(c)).to.deep.equal(['legalbrief-reuters-2025-01-kenya-reinforcements']);
    });

    it('funding: money received by the trust fund against what was pledged at the same date, and the US freeze', () => {
      const c = card('funding');
      expect(c.value).to.equal('$85 million');
      expect(c.context).to.equal('of $110.3 million pledged');
      expect(c.ratio).to.deep.equal({ part: 85_000_000, whole: 110_300_000 });
      expect(c.detail).to.equal('On February 4, 2025 the United States froze $13.3 million it had not yet paid.');
      expect(c.asOf).to.equal('2024-12');
      expect(ids(c)).to.deep.equal(['kbc-2025-02-juma-funding-freeze', 'urdupoint-afp-2025-02-us-freezes-funding']);
    });

    it('cites every source of every figure on a card, and only sources the dataset has', () => {
      const spec = build(KEY_FIGURE_IDS.join(' '));
      const specIds = spec.sources.map((s) => s.id);
      for (const c of spec.cards) {
        expect(c.sources.length, c.id).to.be.greaterThan(0);
        for (const s of c.sources) {
          expect(frozenData.sources[s.id], s.id).to.exist;
          expect(specIds).to.include(s.id);
        }
      }
      const record = casualty('2024');
      for (const id of record ? sourcesOf(record.count) : []) expect(ids(spec.cards[4]!)).to.include(id);
    });

    it('leads a disputed figure with its lowest report, wherever it sits in the data', () => {
      const data: MssDataset = {
        ...frozenData,
        casualties: [
          {
            id: 'x',
            period: { from: '2024-01', to: '2024-12', grain: 'year' },
            metric: 'killed',
            count: {
              kind: 'disputed',
              reports: [
                { kind: 'exact', value: 5626, sources: ['menafn-kuna-2025-01-5600-killed'] },
                { kind: 'approximate', qualifier: 'at-least', value: 5601, sources: ['haitian-times-2024-01-24-un-report-2023'] },
              ],
            },
          },
        ],
      };
      const c = card('killed-2024', 'en', data);
      expect(c.value).to.equal('at least 5,601');
      expect(c.dispute).to.equal('Sources differ: 5,626 according to MENAFN (KUNA)');
      expect(c.dateText).to.equal('As of December 2024');
    });
  });

  describe('figures', () => {
    it('defaults to deployed, displaced and killed-2024', () => {
      expect(DEFAULT_KEY_FIGURES).to.deep.equal(['deployed', 'displaced', 'killed-2024']);
      expect(build().cards.map((c) => c.id)).to.deep.equal(['deployed', 'displaced', 'killed-2024']);
      expect(build('').cards.map((c) => c.id)).to.deep.equal(['deployed', 'displaced', 'killed-2024']);
    });

    it('keeps the order given, with spaces or commas, without repeats', () => {
      expect(build('funding, killed-2023  contingents,funding').cards.map((c) => c.id)).to.deep.equal([
        'funding',
        'killed-2023',
        'contingents',
      ]);
      expect(build(['displaced', 'deployed']).cards.map((c) => c.id)).to.deep.equal(['displaced', 'deployed']);
      expect(parseKeyFigureIds(' Deployed\nPLEDGED ')).to.deep.equal(['deployed', 'pledged']);
    });

    it('throws on an unknown id, naming it and the ids it knows', () => {
      expect(() => build('deployed killed-2025')).to.throw(/Unknown key figure "killed-2025".*deployed, contingents, pledged/);
      expect(() => parseKeyFigureIds('displacement')).to.throw(/"displacement"/);
    });

    it('throws when the data lacks a figure a card was asked for', () => {
      const data: MssDataset = { sources: frozenData.sources, displacement: frozenData.displacement ?? [] };
      expect(() => build('displaced killed-2024', data)).to.throw(/no count of people killed in 2024/);
      expect(() => build('funding', data)).to.throw(/`funding`/);
    });

    it('leaves out default cards the data has no figure for, and throws when none is left', () => {
      const data: MssDataset = { sources: frozenData.sources, displacement: frozenData.displacement ?? [] };
      expect(build(undefined, data).cards.map((c) => c.id)).to.deep.equal(['displaced']);
      expect(() => build(undefined, { sources: {} })).to.throw(/none of the default key figures/);
    });
  });

  describe('words, table and sources', () => {
    it('titles by subject and summarises the dates, mentioning disputes', () => {
      const spec = build();
      expect(spec.title).to.equal("Haiti's crisis and the Kenya-led mission, in figures");
      expect(spec.summary).to.equal(
        'Reported figures from December 2024 to December 2025, each with its date and sources. Where sources differ, every figure is shown.',
      );
      expect(build('deployed funding').title).to.equal('The Kenya-led mission in Haiti, in figures');
      expect(build('displaced').title).to.equal("Haiti's crisis in figures");
      expect(build('displaced').summary).to.equal('Reported figures as of October 2025, each with its sources.');
      expect(spec.asOf).to.equal('2025-12-08');
      expect(build('killed-2023 displaced').asOf).to.equal('2025-10');
    });

    it('puts the exact figures in the table, one row per figure shown', () => {
      const spec = build('deployed displaced killed-2024 funding');
      const rows = spec.table.rows.map((r) => r.map((c) => c.text));
      expect(spec.table.columns.map((c) => c.label)).to.deep.equal(['Figure', 'Value', 'Date', 'Sources']);
      expect(rows).to.deep.include(['Personnel deployed', '980', 'December 8, 2025', 'BusinessDay (Reuters)']);
      expect(rows).to.deep.include(['Planned strength', '2,500', 'June 2024', 'Stening Simpson and Eagle News Feed']);
      expect(rows).to.deep.include(['People displaced inside Haiti', 'more than 1,400,000', 'October 2025', 'News Ghana']);
      expect(rows).to.deep.include(['People killed in 2024', 'at least 5,601 or 5,626 (reports differ)', 'December 2024', 'MENAFN (KUNA)']);
      const y2023 = build('killed-2023').table.rows.map((r) => r.map((c) => c.text));
      expect(y2023).to.deep.equal([
        ['People killed in 2023', '4,451', 'December 2023', 'Pledge Times (France 24)'],
        ['Homicides, same period', '4,789', 'December 2023', 'The Haitian Times'],
      ]);
      expect(rows).to.deep.include(["Received by the mission's UN trust fund", '$85,000,000', 'December 2024', 'KBC']);
      expect(spec.table.rows[0]?.[1]?.value).to.equal(980);
      expect(spec.table.rowSources.length).to.equal(spec.table.rows.length);
    });

    it('explains disputed and approximate figures in the notes, with who reported each value', () => {
      const notes = build('displaced killed-2024 killed-2023').notes;
      expect(notes).to.deep.include({ key: true, text: 'People displaced inside Haiti: News Ghana reported “more than 1,400,000”, without an exact number.' });
      expect(notes.find((n) => n.text.startsWith('People killed in 2024'))?.text).to.contain('at least 5,601 (OHCHR, 7 January 2025) and 5,626 (later BINUH count, undated; the MENAFN (KUNA) report is quoted only for 5,601), as reported by MENAFN (KUNA).');
      expect(notes.map((n) => n.text)).to.include('People killed in 2023: killings documented by the UN human rights office (OHCHR).');
    });

    it('speaks French: numbers, dates and sentences', () => {
      const spec = build(undefined, frozenData, 'fr');
      const [deployed, displaced, killed] = spec.cards;
      expect(deployed?.context).to.match(/^sur 2\s500 prévus$/);
      expect(deployed?.dateText).to.equal('Au 8 décembre 2025');
      expect(displaced?.value).to.equal('plus de 1,4 million');
      expect(displaced?.dateText).to.equal('En octobre 2025');
      expect(killed?.value).to.match(/^au moins 5\s601$/);
      // The report's note is translated in the dataset, so the French card uses its words.
      expect(killed?.dispute).to.match(/^Les sources divergent\s: 5\s626 \(décompte ultérieur du BINUH, sans date ; le texte cité de MENAFN \(KUNA\) ne donne que 5\s601\)$/);
      expect(spec.title).to.equal('La crise en Haïti et la mission menée par le Kenya, en chiffres');
    });

    it('writes "1.4 million" only where nothing is rounded off', () => {
      expect(headlineNumber(1_400_000, 'en').text).to.equal('1.4 million');
      expect(headlineNumber(1_041_000, 'en').text).to.equal('1,041,000');
      expect(headlineNumber(110_300_000, 'en').text).to.equal('110.3 million');
      expect(headlineNumber(315_000, 'en').text).to.equal('315,000');
      expect(headlineNumber(5601, 'en').text).to.equal('5,601');
    });
  });
});
