// Property tests of the sentences the builders write: over generated datasets (missing periods, ties,
// approximate and disputed values, single records, empty sections), every claim a title, summary, card or
// correction makes ("more than", "at least", "quadrupled", "the most", counts) holds of the records it was
// built from, recomputed here from the records, and every language makes the same claim with the same
// numbers. The notes on approximate and disputed values name every report with its qualifier and publisher,
// and the key-figure cards head with the lowest report and list the others. The quarterly casualties title
// has its own file (casualties-title.test.mjs).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bundleSource, ctx, LANGUAGES } from './lib/bundle.mjs';

// A fixed seed: the same 600 datasets every run, so a count of claims made cannot flake on a busy machine;
// a failure prints its seed and shrunk counterexample.
fc.configureGlobal({ seed: 20251208 });

let m;
let dispose;
before(async () => {
  ({ module: m, dispose } = await bundleSource({
    'src/charts/displacement.ts': ['buildDisplacementSpec'],
    'src/charts/displacement.strings.ts': ['displacementStrings'],
    'src/charts/pledges.ts': ['buildPledgesSpec'],
    'src/charts/pledges.strings.ts': ['pledgesStrings'],
    'src/charts/contingent.ts': ['buildContingentSpec'],
    'src/charts/contingent.strings.ts': ['contingentStrings'],
    'src/charts/casualties.ts': ['buildCasualtiesSpec'],
    'src/charts/casualties.strings.ts': ['casualtiesStrings'],
    'src/charts/key-figures.ts': ['buildKeyFiguresSpec', 'headlineNumber'],
    'src/charts/key-figures.strings.ts': ['keyFiguresStrings'],
    'src/charts/timeline.ts': ['buildTimelineSpec'],
    'src/charts/timeline.strings.ts': ['timelineStrings'],
    'src/charts/corrections.ts': ['correctionItems', 'correctionText'],
    'src/i18n/format.ts': ['formatIsoDate', 'formatNumber', 'formatReport', 'countryName'],
    'src/i18n/strings.ts': ['stringsFor'],
  }));
});
after(() => dispose?.());

const RUNS = { numRuns: 150 };
const SOURCES = { s: { publisher: 'UN', title: 'Report' }, t: { publisher: 'IOM', title: 'Round' } };

// ---------------------------------------------------------------------------------------------------
// Generated figures: values from a small set, so ties and exact multiples come often

const QUALIFIERS = ['about', 'nearly', 'at-least', 'more-than', 'below'];
const report = (value) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('exact'), value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('approximate'), qualifier: fc.constantFrom(...QUALIFIERS), value }) },
  );
const figure = (value) =>
  fc
    .oneof(
      { weight: 4, arbitrary: report(value) },
      { weight: 1, arbitrary: fc.array(report(value), { minLength: 2, maxLength: 3 }).map((reports) => ({ kind: 'disputed', reports })) },
    )
    .map((f) => (f.kind === 'disputed' ? { kind: 'disputed', reports: f.reports.map((r) => ({ ...r, sources: ['s'] })) } : { ...f, sources: ['s'] }));
/** A figure whose reports may come from different publishers (UN, IOM), so a note must name each. */
const sourcedFigure = (value) =>
  fc.tuple(figure(value), fc.array(fc.constantFrom('s', 't'), { minLength: 3, maxLength: 3 })).map(([f, ids]) =>
    f.kind === 'disputed' ? { ...f, reports: f.reports.map((r, i) => ({ ...r, sources: [ids[i]] })) } : { ...f, sources: [ids[0]] },
  );
const reportsOf = (f) => (f.kind === 'disputed' ? f.reports : [f]);
/** The readings of a figure: each value a source gave. */
const low = (f) => Math.min(...reportsOf(f).map((r) => r.value));
const high = (f) => Math.max(...reportsOf(f).map((r) => r.value));

/** The least the true value can be, by what each report says ("more than" is strict); none if a report sets none. */
function floorOf(f) {
  let bound;
  for (const r of reportsOf(f)) {
    if (r.kind === 'approximate' && !['at-least', 'more-than'].includes(r.qualifier)) return undefined;
    const b = { value: r.value, strict: r.kind === 'approximate' && r.qualifier === 'more-than' };
    if (!bound || b.value < bound.value || (b.value === bound.value && !b.strict)) bound = b;
  }
  return bound;
}
/** The most the true value can be ("nearly" and "below" are strict); none if a report sets none. */
function ceilingOf(f) {
  let bound;
  for (const r of reportsOf(f)) {
    if (r.kind === 'approximate' && !['nearly', 'below'].includes(r.qualifier)) return undefined;
    const b = { value: r.value, strict: r.kind === 'approximate' };
    if (!bound || b.value > bound.value || (b.value === bound.value && !b.strict)) bound = b;
  }
  return bound;
}
/** Certainly a > b: a's floor above b's ceiling, or equal with a strict bound. */
const certainlyAbove = (a, b) => !!a && !!b && (a.value > b.value || (a.value === b.value && (a.strict || b.strict)));
const month = (i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
/** The numbers of a text, read with any language's group separator ("1,310", "1 310", "1.310"). */
const digits = (text) => (text.match(/\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+(?!\d)|\d+/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));
const sorted = (numbers) => [...numbers].sort((a, b) => a - b);

// ---------------------------------------------------------------------------------------------------

describe('the displacement title', () => {
  const data = fc
    .uniqueArray(fc.integer({ min: 0, max: 35 }), { minLength: 1, maxLength: 5 })
    .chain((months) =>
      fc.tuple(...months.sort((a, b) => a - b).map((i) => figure(fc.constantFrom(100_000, 200_000, 300_000, 400_000, 600_000, 800_000, 1_200_000, 1_250_000)).map((idps) => ({ date: month(i), idps })))),
    )
    .map((displacement) => ({ sources: SOURCES, displacement }));

  it('claims "rose", "fell" or "N times" only when every reading of the figures bears it out, in every language', () => {
    let comparisons = 0;
    fc.assert(
      fc.property(data, (d) => {
        const first = d.displacement[0];
        const latest = d.displacement.at(-1);
        const claims = (locale) => {
          const s = m.displacementStrings(locale);
          const since = { text: m.formatIsoDate(first.date, locale), day: false };
          const out = new Map([
            [s.titleRose(since), { kind: 'rose' }],
            [s.titleFell(since), { kind: 'fell' }],
          ]);
          for (let times = 2; times <= 12; times++) for (const strict of [false, true]) out.set(s.titleMultiple({ times, strict, since }), { kind: 'times', times, strict });
          return out;
        };
        const en = m.buildDisplacementSpec(d, {}, ctx('en')).title;
        const claim = claims('en').get(en);
        for (const locale of LANGUAGES) {
          const title = m.buildDisplacementSpec(d, {}, ctx(locale)).title;
          assert.deepEqual(claims(locale).get(title), claim, `${locale}: ${title} | en: ${en}`);
        }
        if (!claim) return;
        comparisons++;
        assert.notEqual(first, latest);
        const floor = floorOf(latest.idps);
        const ceiling = ceilingOf(first.idps);
        if (claim.kind === 'rose') assert.ok(certainlyAbove(floor, ceiling), en);
        if (claim.kind === 'fell') assert.ok(certainlyAbove(floorOf(first.idps), ceilingOf(latest.idps)), en);
        if (claim.kind === 'times') {
          const scaled = ceiling && { value: ceiling.value * claim.times, strict: ceiling.strict };
          if (claim.strict) assert.ok(certainlyAbove(floor, scaled), en);
          else assert.ok(floor && scaled && floor.value >= scaled.value, en);
        }
      }),
      RUNS,
    );
    assert.ok(comparisons > 15, `only ${comparisons} titles compared two figures`);
  });
});

describe('the pledges title and summary', () => {
  const COUNTRIES = ['KE', 'JM', 'BZ', 'BS', 'GT', 'SV', 'BJ'];
  const amount = fc.oneof(
    { weight: 5, arbitrary: figure(fc.constantFrom(0, 100, 200, 300, 400)) },
    { weight: 1, arbitrary: fc.constant({ kind: 'undisclosed', sources: ['s'] }) },
  );
  const data = fc
    .record({
      pledgers: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 5 }),
      senders: fc.array(fc.record({ country: fc.constantFrom(...COUNTRIES), date: fc.integer({ min: 18, max: 35 }) }), { maxLength: 5 }),
    })
    .chain(({ pledgers, senders }) =>
      fc.record({
        pledges: fc.tuple(...pledgers.map((country) => amount.map((personnel) => ({ country, personnel, date: '2024-02' })))),
        deployments: fc.tuple(
          ...senders.map((s, i) =>
            figure(fc.constantFrom(50, 100, 200, 300)).map((personnel) => ({ id: `d${i}`, date: month(s.date), country: s.country, personnel, service: 'police', label: 'Contingent' })),
          ),
        ),
      }),
    )
    .map(({ pledges, deployments }) => ({ sources: SOURCES, pledges, deployments }));

  it('says how far the sending fell short, or that it did not, only as every reading allows', () => {
    const seen = new Set();
    fc.assert(
      fc.property(data, (d) => {
        const disclosed = d.pledges.filter((p) => p.personnel.kind !== 'undisclosed');
        const pledgedLow = disclosed.reduce((sum, p) => sum + low(p.personnel), 0);
        const pledgedHigh = disclosed.reduce((sum, p) => sum + high(p.personnel), 0);
        const sentLow = d.deployments.reduce((sum, a) => sum + low(a.personnel), 0);
        const sentHigh = d.deployments.reduce((sum, a) => sum + high(a.personnel), 0);
        const en = m.buildPledgesSpec(d, {}, ctx('en'));
        for (const locale of LANGUAGES) {
          const s = m.pledgesStrings(locale);
          const spec = locale === 'en' ? en : m.buildPledgesSpec(d, {}, ctx(locale));
          const kind = { [s.titleFarShort]: 'far-short', [s.titleShort]: 'short', [s.titleMet]: 'met', [s.titlePlain]: 'plain' }[spec.title];
          assert.ok(kind, `${locale}: ${spec.title}`);
          seen.add(kind);
          if (kind === 'far-short') assert.ok(sentHigh <= (pledgedLow * 2) / 3, `${spec.title}: sent ${sentHigh}, pledged ${pledgedLow}`);
          if (kind === 'short') assert.ok(sentHigh < pledgedLow, `${spec.title}: sent ${sentHigh}, pledged ${pledgedLow}`);
          if (kind === 'met') assert.ok(sentLow >= pledgedHigh && disclosed.length === d.pledges.length, `${spec.title}: sent ${sentLow}, pledged ${pledgedHigh}`);
          // The summary's counts, recomputed: pledgers, undisclosed pledges, senders, the arrivals' sum.
          const senders = new Set(d.deployments.filter((a) => high(a.personnel) > 0).map((a) => a.country));
          const counts = sorted(digits(spec.summary));
          for (const n of [d.pledges.length, senders.size, sentLow, sentHigh]) assert.ok(counts.includes(n), `${locale} summary lacks ${n}: ${spec.summary}`);
          assert.deepEqual(counts, sorted(digits(en.summary)), `${locale}: ${spec.summary}`);
        }
      }),
      RUNS,
    );
    assert.ok(seen.size >= 2, `titles seen: ${[...seen]}`);
  });

  it('names the country "which pledged the most" only when its pledge is above every other one', () => {
    fc.assert(
      fc.property(data, (d) => {
        for (const locale of LANGUAGES) {
          const summary = m.buildPledgesSpec(d, {}, ctx(locale)).summary;
          for (const p of d.pledges) {
            const name = m.countryName(p.country, locale);
            const idle = !d.deployments.some((a) => a.country === p.country && high(a.personnel) > 0);
            if (!idle || !summary.includes(name) || p.personnel.kind === 'undisclosed') continue;
            const others = d.pledges.filter((q) => q !== p && q.personnel.kind !== 'undisclosed');
            assert.ok(others.every((q) => low(p.personnel) > high(q.personnel)), `${locale}: ${summary}`);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('the contingent titles and summaries', () => {
  const COUNTRIES = ['KE', 'JM', 'BZ', 'GT'];
  const data = fc
    .array(fc.record({ country: fc.constantFrom(...COUNTRIES), date: fc.integer({ min: 18, max: 35 }), personnel: figure(fc.constantFrom(50, 100, 200, 400)) }), { minLength: 1, maxLength: 6 })
    .map((list) => ({
      sources: SOURCES,
      deployments: list.map((a, i) => ({ id: `d${i}`, date: month(a.date), country: a.country, personnel: a.personnel, service: 'police', label: `Contingent ${i + 1}` })),
    }));

  it('says a country sent most only when its fewest outnumber all the others together, in every language', () => {
    let leaders = 0;
    fc.assert(
      fc.property(data, (d) => {
        const claims = (locale) => new Map([...new Set(d.deployments.map((a) => a.country))].map((c) => [m.contingentStrings(locale).titleLeader(m.countryName(c, locale)), c]));
        const leader = claims('en').get(m.buildContingentSpec(d, { view: 'arrivals' }, ctx('en')).title);
        for (const locale of LANGUAGES) {
          const spec = m.buildContingentSpec(d, { view: 'arrivals' }, ctx(locale));
          assert.equal(claims(locale).get(spec.title), leader, `${locale}: ${spec.title}`);
          // Counts of contingents and countries, the same in every language.
          const counts = digits(spec.summary);
          assert.ok(counts.includes(d.deployments.length) && counts.includes(new Set(d.deployments.map((a) => a.country)).size), spec.summary);
        }
        if (!leader) return;
        leaders++;
        const mine = d.deployments.filter((a) => a.country === leader).reduce((sum, a) => sum + low(a.personnel), 0);
        const others = d.deployments.filter((a) => a.country !== leader).reduce((sum, a) => sum + high(a.personnel), 0);
        assert.ok(mine > others, `${leader}: ${mine} against ${others}`);
      }),
      RUNS,
    );
    assert.ok(leaders > 10, `only ${leaders} titles named a leader`);
  });

  // Each noun after a count, singular and plural; Creole nouns do not change.
  const NOUNS = {
    en: [['contingent', 'contingents'], ['country', 'countries']],
    fr: [['contingent', 'contingents'], ['contingent venu', 'contingents venus']],
    ht: [],
    es: [['contingente', 'contingentes'], ['país', 'países']],
  };
  const oneMonth = data.chain((d) => fc.boolean().map((same) => (same ? { ...d, deployments: d.deployments.map((a) => ({ ...a, date: d.deployments[0].date })) } : d)));

  it('names one month once, two months as a span, and a count of one in the singular, in every language', () => {
    let singles = 0;
    fc.assert(
      fc.property(oneMonth, (d) => {
        const months = [...new Set(d.deployments.map((a) => a.date))].sort();
        if (d.deployments.length === 1) singles++;
        for (const locale of LANGUAGES) {
          const summary = m.buildContingentSpec(d, { view: 'arrivals' }, ctx(locale)).summary;
          const first = m.formatIsoDate(months[0], locale);
          const last = m.formatIsoDate(months.at(-1), locale);
          const s = m.contingentStrings(locale);
          const count = (n) => ({ text: m.formatNumber(n, locale), plural: n === 1 ? 'one' : 'other' });
          const args = { from: first, contingents: count(2), countries: count(2), leader: 'X', leaderContingents: count(2), leaderPersonnel: '0' };
          // The span's words ("Between … and …") come from the template itself, so every language is checked alike.
          const spanWords = s.summaryArrivals({ ...args, to: last }).split(first)[0];
          if (months.length === 1) {
            assert.equal(summary.split(first).length, 2, `${locale}: ${summary}`);
            assert.ok(!summary.startsWith(spanWords), `${locale} names a span of one month: ${summary}`);
          } else {
            assert.ok(summary.startsWith(`${spanWords}${first}`) && summary.includes(last), `${locale}: ${summary}`);
          }
          for (const [singular, plural] of NOUNS[locale]) {
            for (const [, n, noun] of summary.matchAll(new RegExp(`(\\d+) (${plural}|${singular})(?![\\p{L}])`, 'gu'))) {
              assert.equal(noun, Number(n) === 1 ? singular : plural, `${locale}: ${summary}`);
            }
          }
        }
      }),
      RUNS,
    );
    assert.ok(singles > 10, `only ${singles} datasets had a single arrival`);
  });
});

describe('the yearly casualties title', () => {
  const data = fc
    .uniqueArray(fc.integer({ min: 2020, max: 2025 }), { minLength: 1, maxLength: 4 })
    .chain((years) => fc.tuple(...years.sort().map((year) => figure(fc.constantFrom(4000, 4451, 5000, 5601)).map((count) => ({ year, count })))))
    .map((list) => ({
      sources: SOURCES,
      casualties: list.map(({ year, count }) => ({ id: `y${year}`, period: { from: `${year}-01`, to: `${year}-12`, grain: 'year' }, metric: 'killed', count })),
    }));

  it('says "at least" only of a floor every report gives, and "more than in" a year only when certainly above it', () => {
    let compared = 0;
    fc.assert(
      fc.property(data, (d) => {
        const latest = d.casualties.at(-1);
        const previous = d.casualties.at(-2);
        const en = m.buildCasualtiesSpec(d, { view: 'yearly' }, ctx('en')).title;
        const named = (locale, title) => previous !== undefined && title.includes(String(previous.period.from.slice(0, 4))) && title.includes(String(latest.period.from.slice(0, 4)));
        for (const locale of LANGUAGES) {
          const title = m.buildCasualtiesSpec(d, { view: 'yearly' }, ctx(locale)).title;
          assert.deepEqual(sorted(digits(title)), sorted(digits(en)), `${locale}: ${title} | en: ${en}`);
          const ui = m.stringsFor(locale);
          const atLeast = ui.qualifier['at-least']('').trim();
          // Where counts differ, "at least" (or "more than") the lowest only when every report gives that floor;
          // otherwise every count.
          const floor = latest.count.kind === 'disputed' ? floorOf(latest.count) : undefined;
          if (floor && !floor.strict) assert.ok(title.toLocaleLowerCase(locale).includes(atLeast.toLocaleLowerCase(locale)), `${locale}: ${title}`);
          if (latest.count.kind === 'disputed' && !floor) {
            for (const r of latest.count.reports) assert.ok(digits(title).includes(r.value), `${locale} lacks ${r.value}: ${title}`);
          }
          if (named(locale, title)) {
            compared++;
            assert.ok(certainlyAbove(floorOf(latest.count), ceilingOf(previous.count)), `${locale}: ${title}`);
          }
        }
      }),
      RUNS,
    );
    assert.ok(compared > 10, `only ${compared} titles compared two years`);
  });
});

describe('the correction box', () => {
  const data = fc
    .array(fc.record({ verdict: fc.constantFrom('confirmed', 'disputed', 'outdated', 'unverified'), cites: fc.boolean() }), { maxLength: 5 })
    .map((claims) => ({
      meta: { title: 'Data', asOf: '2025-12', seedArticle: 'seed' },
      sources: { ...SOURCES, seed: { publisher: 'Seed', title: 'Article' } },
      seedClaims: claims.map((c, i) => ({
        id: `c${i}`,
        claim: `Claim ${i}`,
        verdict: c.verdict,
        finding: `Finding ${i}.`,
        sources: c.cites ? ['seed', 's'] : ['seed'],
      })),
    }));

  it('lists every claim found out of date or disputed, once, with its finding and only the later sources', () => {
    fc.assert(
      fc.property(data, (d) => {
        const items = m.correctionItems(d);
        const corrected = d.seedClaims.filter((c) => c.verdict === 'outdated' || c.verdict === 'disputed');
        assert.deepEqual(items.map((i) => i.id), corrected.map((c) => c.id));
        for (const [i, item] of items.entries()) {
          const text = m.correctionText(item);
          assert.ok(text.includes(`“${corrected[i].claim}”`) && text.includes(corrected[i].finding), text);
          assert.ok(!item.sources.some((s) => s.id === 'seed'), 'the seed article is what is corrected, not a source of the correction');
          assert.equal(text.includes('Sources: UN.'), corrected[i].sources.includes('s'), text);
        }
      }),
      RUNS,
    );
  });
});

describe('the displaced card', () => {
  const data = fc
    .uniqueArray(fc.integer({ min: 0, max: 35 }), { minLength: 1, maxLength: 4 })
    .chain((months) => fc.tuple(...months.sort((a, b) => a - b).map((i) => figure(fc.constantFrom(315_000, 1_000_000, 1_400_000, 1_041_000)).map((idps) => ({ date: month(i), idps })))))
    .map((displacement) => ({ sources: SOURCES, displacement }));

  it('heads with the lowest report in its own words, lists the others, and says "up from" only of a certain rise', () => {
    let rises = 0;
    fc.assert(
      fc.property(data, (d) => {
        const latest = d.displacement.at(-1);
        const earliest = d.displacement[0];
        const reports = reportsOf(latest.idps);
        const lead = reports.reduce((a, b) => (b.value < a.value ? b : a));
        for (const locale of LANGUAGES) {
          const card = m.buildKeyFiguresSpec(d, { figures: 'displaced' }, ctx(locale)).cards[0];
          const ui = m.stringsFor(locale);
          const number = m.headlineNumber(lead.value, locale).text;
          assert.equal(card.value, lead.kind === 'approximate' ? ui.qualifier[lead.qualifier](number) : number, locale);
          assert.equal(card.approximate, lead.kind === 'approximate');
          assert.equal(card.disputed, latest.idps.kind === 'disputed');
          // Every other report is named in the card's dispute line.
          for (const r of reports.filter((x) => x !== lead)) assert.ok(card.dispute?.includes(m.headlineNumber(r.value, locale).text), `${locale}: ${card.dispute}`);
          assert.equal(card.context !== undefined, earliest !== latest, locale);
          if (locale === 'en' && card.context?.startsWith('up from')) {
            rises++;
            assert.ok(certainlyAbove(floorOf(latest.idps), ceilingOf(earliest.idps)), card.context);
          }
        }
      }),
      RUNS,
    );
    assert.ok(rises > 10, `only ${rises} cards said "up from"`);
  });
});

describe('the quarterly casualties summary', () => {
  const data = fc
    .uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 2, maxLength: 6 })
    .chain((slots) => fc.tuple(...slots.sort((a, b) => a - b).map((i) => figure(fc.constantFrom(1104, 1520, 1617, 1732)).map((count) => ({ i, count })))))
    .map((list) => ({
      sources: SOURCES,
      casualties: list.map(({ i, count }) => {
        const year = 2023 + Math.floor(i / 4);
        const q = (i % 4) + 1;
        return { id: `q${i}`, period: { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}`, to: `${year}-${String(q * 3).padStart(2, '0')}`, grain: 'quarter' }, metric: 'killed', count };
      }),
    }));

  it('names "the most" killed in a quarter only when its count is certainly above every other quarter\'s', () => {
    let peaks = 0;
    fc.assert(
      fc.property(data, (d) => {
        const summary = m.buildCasualtiesSpec(d, { view: 'quarterly' }, ctx('en')).summary;
        const peak = /the most in ([^.]+)\./.exec(summary)?.[1];
        for (const locale of LANGUAGES.slice(1)) {
          const other = m.buildCasualtiesSpec(d, { view: 'quarterly' }, ctx(locale)).summary;
          // Every language names a peak, or none: the peak's year is in the summary once more than without it.
          assert.equal(sorted(digits(other)).join(), sorted(digits(summary)).join(), `${locale}: ${other} | en: ${summary}`);
        }
        if (!peak) return;
        peaks++;
        const top = d.casualties.find((c) => peakName(c) === peak);
        assert.ok(top, `no quarter is named ${peak}`);
        for (const c of d.casualties) if (c !== top) assert.ok(certainlyAbove(floorOf(top.count), ceilingOf(c.count)), `${summary}`);
      }),
      RUNS,
    );
    assert.ok(peaks > 5, `only ${peaks} summaries named a peak`);
  });
});

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "October–December 2024": how the English summary names a quarter. */
function peakName(c) {
  const [year, from] = c.period.from.split('-').map(Number);
  return `${MONTHS[from - 1]}–${MONTHS[from + 1]} ${year}`;
}

// ---------------------------------------------------------------------------------------------------
// Notes on approximate and disputed values

/** A report in the reader's words, its qualifier included ("about 200", "environ 200"), recomputed from the record. */
function reportWords(r, locale) {
  const number = m.formatNumber(r.value, locale);
  return r.kind === 'approximate' ? m.stringsFor(locale).qualifier[r.qualifier](number) : number;
}
const PUBLISHER = { s: 'UN', t: 'IOM' };

/**
 * Every disputed figure has a key note naming each of its reports, qualifier included, and each report's
 * publisher; every approximate one (where `approximate` asks) a key note with its qualified value; and no
 * more notes claim reports differ (`connective`, the words between a value and its publisher) than there are
 * disputed figures.
 */
function checkNotes(notes, figures, locale, { connective, approximate = false }) {
  const keys = notes.filter((n) => n.key).map((n) => n.text);
  for (const f of figures) {
    if (f.kind === 'disputed') {
      const covering = keys.filter((k) => f.reports.every((r) => k.includes(reportWords(r, locale)) && k.includes(PUBLISHER[r.sources[0]])));
      assert.ok(covering.length > 0, `${locale}: no note names every report of ${JSON.stringify(f.reports)}: ${keys.join(' | ')}`);
    } else if (approximate && f.kind === 'approximate') {
      assert.ok(keys.some((k) => k.includes(reportWords(f, locale))), `${locale}: no note names ${reportWords(f, locale)}: ${keys.join(' | ')}`);
    }
  }
  if (connective) {
    const claiming = keys.filter((k) => k.includes(connective)).length;
    assert.ok(claiming <= figures.filter((f) => f.kind === 'disputed').length, `${locale}: ${claiming} notes say reports differ: ${keys.join(' | ')}`);
  }
}
/** The words a `reportBy` template puts between a value and its publishers (" according to "). */
const connectiveOf = (reportBy) => reportBy('\u0000', '\u0000').split('\u0000')[1];

describe('the notes on approximate and disputed values', () => {
  const values = fc.constantFrom(50, 100, 200, 400);
  const settings = { ...RUNS, numRuns: 100 };

  it('contingent arrivals: a note per disputed arrival names every report and its publisher, in every language', () => {
    let disputed = 0;
    const data = fc
      .array(fc.record({ country: fc.constantFrom('KE', 'JM', 'GT'), date: fc.integer({ min: 18, max: 35 }), personnel: sourcedFigure(values) }), { minLength: 1, maxLength: 5 })
      .map((list) => ({ sources: SOURCES, deployments: list.map((a, i) => ({ id: `d${i}`, date: month(a.date), country: a.country, personnel: a.personnel, service: 'police', label: `Contingent ${i + 1}` })) }));
    fc.assert(
      fc.property(data, (d) => {
        const figures = d.deployments.map((a) => a.personnel);
        disputed += figures.filter((f) => f.kind === 'disputed').length;
        for (const locale of LANGUAGES) {
          const { notes } = m.buildContingentSpec(d, { view: 'arrivals' }, ctx(locale));
          checkNotes(notes, figures, locale, { connective: connectiveOf(m.contingentStrings(locale).reportBy) });
        }
      }),
      settings,
    );
    assert.ok(disputed > 20, `only ${disputed} disputed arrivals`);
  });

  it('displacement: approximate figures with their qualifier, disputed ones with every report, in every language', () => {
    const data = fc
      .uniqueArray(fc.integer({ min: 0, max: 35 }), { minLength: 1, maxLength: 5 })
      .chain((months) => fc.tuple(...months.sort((a, b) => a - b).map((i) => sourcedFigure(fc.constantFrom(100_000, 315_000, 578_074)).map((idps) => ({ date: month(i), idps })))))
      .map((displacement) => ({ sources: SOURCES, displacement }));
    fc.assert(
      fc.property(data, (d) => {
        for (const locale of LANGUAGES) {
          const { notes } = m.buildDisplacementSpec(d, {}, ctx(locale));
          checkNotes(notes, d.displacement.map((r) => r.idps), locale, { connective: connectiveOf(m.displacementStrings(locale).reportBy), approximate: true });
        }
      }),
      settings,
    );
  });

  it('quarterly and yearly casualties: a note per disputed count names every report, in every language', () => {
    const data = fc
      .uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 5 })
      .chain((slots) => fc.tuple(...slots.sort((a, b) => a - b).map((i) => sourcedFigure(fc.constantFrom(1104, 1520, 1617)).map((count) => ({ i, count })))))
      .map((list) => ({
        sources: SOURCES,
        casualties: list.map(({ i, count }) => {
          const year = 2023 + Math.floor(i / 4);
          const q = (i % 4) + 1;
          return { id: `q${i}`, period: { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}`, to: `${year}-${String(q * 3).padStart(2, '0')}`, grain: 'quarter' }, metric: 'killed', count };
        }),
      }));
    fc.assert(
      fc.property(data, (d) => {
        for (const locale of LANGUAGES) {
          const { notes } = m.buildCasualtiesSpec(d, { view: 'quarterly' }, ctx(locale));
          checkNotes(notes, d.casualties.map((c) => c.count), locale, { connective: connectiveOf(m.casualtiesStrings(locale).reportBy) });
        }
      }),
      settings,
    );
  });

  it('pledges: a note per disputed pledge names every report and its publisher, in every language', () => {
    const data = fc
      .uniqueArray(fc.constantFrom('KE', 'JM', 'BZ', 'GT'), { minLength: 1, maxLength: 4 })
      .chain((countries) => fc.tuple(...countries.map((country) => sourcedFigure(values).map((personnel) => ({ country, personnel, date: '2024-02' })))))
      .map((pledges) => ({ sources: SOURCES, pledges, deployments: [] }));
    fc.assert(
      fc.property(data, (d) => {
        for (const locale of LANGUAGES) {
          const { notes } = m.buildPledgesSpec(d, {}, ctx(locale));
          checkNotes(notes, d.pledges.map((p) => p.personnel), locale, { connective: connectiveOf(m.pledgesStrings(locale).reportBy) });
        }
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// The key-figure cards not covered above (the displaced card is)

/**
 * A card's headline is the lowest report in its own words (qualifier included) and its dispute line names
 * every other report; its key note names every report of a disputed figure, or an approximate one's
 * qualified value, and no note on a figure of one report says reports differ.
 */
function checkCard(spec, figure, locale, format = (n) => m.headlineNumber(n, locale).text) {
  const card = spec.cards[0];
  const ui = m.stringsFor(locale);
  const reports = reportsOf(figure);
  const lead = reports.reduce((a, b) => (b.value < a.value ? b : a));
  const words = (r) => (r.kind === 'approximate' ? ui.qualifier[r.qualifier](format(r.value)) : format(r.value));
  assert.equal(card.value, words(lead), `${locale}: ${card.value}`);
  assert.equal(card.approximate, lead.kind === 'approximate', locale);
  assert.equal(card.disputed, figure.kind === 'disputed', locale);
  const others = reports.filter((r) => r !== lead);
  assert.equal(card.dispute !== undefined, others.length > 0, `${locale}: ${card.dispute}`);
  for (const r of others) assert.ok(card.dispute.includes(words(r)), `${locale} dispute line lacks ${words(r)}: ${card.dispute}`);
  const s = m.keyFiguresStrings(locale);
  checkNotes(spec.notes, [figure], locale, { approximate: true });
  // A note lists reports as "400 according to UN, 391 according to IOM" or, from one outlet, "400, 391, as reported by UN".
  const listing = [connectiveOf(s.reportBy), connectiveOf(s.reportsSameOutlet)];
  const claiming = spec.notes.filter((n) => n.key && listing.some((words) => n.text.includes(words))).length;
  assert.equal(claiming, figure.kind === 'disputed' ? 1 : 0, `${locale}: ${spec.notes.map((n) => n.text).join(' | ')}`);
}

describe('the key-figure cards', () => {
  const settings = { ...RUNS, numRuns: 100 };
  const build = (d, id, locale) => m.buildKeyFiguresSpec(d, { figures: id }, ctx(locale));
  const values = fc.constantFrom(391, 980, 1_000, 2_500);

  it('deployed: the latest head-count of the force, with its qualifier and every other report', () => {
    const data = fc
      .record({ total: sourcedFigure(values), earlier: sourcedFigure(values), planned: fc.option(sourcedFigure(values)) })
      .map(({ total, earlier, planned }) => ({
        sources: SOURCES,
        strength: [
          { date: '2024-12', total: earlier, sources: ['s'] },
          { date: '2025-06', total, sources: ['s'] },
        ],
        references: planned ? [{ id: 'plan', kind: 'planned-strength', date: '2024-01', value: planned, label: 'Plan' }] : [],
      }));
    fc.assert(fc.property(data, (d) => LANGUAGES.forEach((locale) => checkCard(build(d, 'deployed', locale), d.strength[1].total, locale))), settings);
  });

  it('pledged: the latest pledged total, with its qualifier and every other report', () => {
    const data = fc
      .tuple(sourcedFigure(values), sourcedFigure(values))
      .map(([older, latest]) => ({
        sources: SOURCES,
        references: [
          { id: 'p1', kind: 'pledged-total', date: '2024-02', value: older, label: 'Pledged' },
          { id: 'p2', kind: 'pledged-total', date: '2025-02', value: latest, label: 'Pledged' },
        ],
      }));
    fc.assert(fc.property(data, (d) => LANGUAGES.forEach((locale) => checkCard(build(d, 'pledged', locale), d.references[1].value, locale))), settings);
  });

  it('killed-2023: the count for 2023, not another year, with its qualifier and every other report', () => {
    const year = (y, count) => ({ id: `y${y}`, period: { from: `${y}-01`, to: `${y}-12`, grain: 'year' }, metric: 'killed', count });
    const data = fc
      .tuple(sourcedFigure(fc.constantFrom(4451, 4789, 5601)), sourcedFigure(fc.constantFrom(4451, 4789, 5601)))
      .map(([y2023, y2024]) => ({ sources: SOURCES, casualties: [year(2023, y2023), year(2024, y2024)] }));
    fc.assert(fc.property(data, (d) => LANGUAGES.forEach((locale) => checkCard(build(d, 'killed-2023', locale), d.casualties[0].count, locale))), settings);
  });

  it('killed-latest-quarter: the latest quarter\'s count, with its qualifier and every other report', () => {
    const quarter = (i, count) => {
      const y = 2024 + Math.floor(i / 4);
      const q = (i % 4) + 1;
      return { id: `q${i}`, period: { from: `${y}-${String(q * 3 - 2).padStart(2, '0')}`, to: `${y}-${String(q * 3).padStart(2, '0')}`, grain: 'quarter' }, metric: 'killed', count };
    };
    const data = fc
      .uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 })
      .chain((slots) => fc.tuple(...slots.map((i) => sourcedFigure(fc.constantFrom(1104, 1520, 1617)).map((count) => quarter(i, count)))))
      .map((casualties) => ({ sources: SOURCES, casualties }));
    fc.assert(
      fc.property(data, (d) => {
        const latest = d.casualties.reduce((a, b) => (b.period.to > a.period.to ? b : a));
        for (const locale of LANGUAGES) checkCard(build(d, 'killed-latest-quarter', locale), latest.count, locale);
      }),
      settings,
    );
  });

  it('funding: the latest money received, in dollars, with its qualifier and every other report', () => {
    const money = fc.constantFrom(13_300_000, 96_800_000, 110_000_000, 21_650_000);
    const data = fc
      .record({ received: sourcedFigure(money), pledged: fc.option(sourcedFigure(money)) })
      .map(({ received, pledged }) => ({
        sources: SOURCES,
        funding: [{ date: '2025-03', kind: 'received', amountUsd: received }, ...(pledged ? [{ date: '2025-03', kind: 'pledged', amountUsd: pledged }] : [])],
      }));
    fc.assert(
      fc.property(data, (d) => {
        for (const locale of LANGUAGES) {
          const s = m.keyFiguresStrings(locale);
          const dollars = (n) => s.usd(m.headlineNumber(n, locale).text, m.headlineNumber(n, locale).compact);
          const spec = build(d, 'funding', locale);
          // Each amount's notes go under its own name: the received money's are checked against the card, the
          // pledged total's as notes of their own.
          const under = (name) => spec.notes.filter((n) => n.text.startsWith(name));
          checkCard({ ...spec, notes: under(s.fundingLabel.charAt(0).toLocaleUpperCase(locale) + s.fundingLabel.slice(1)) }, d.funding[0].amountUsd, locale, dollars);
          if (d.funding[1]) checkNotes(under(s.rowFundingPledged), [d.funding[1].amountUsd], locale, { approximate: true });
          assert.equal(spec.notes.filter((n) => n.key).length, d.funding.filter((f) => f.amountUsd.kind !== 'exact').length, locale);
        }
      }),
      settings,
    );
  });

  it('contingents: counts each sending country once, names them all, and says "country" only of one', () => {
    const data = fc
      .record({
        arrivals: fc.array(fc.record({ country: fc.constantFrom('KE', 'JM', 'BZ', 'GT'), date: fc.integer({ min: 18, max: 35 }) }), { minLength: 1, maxLength: 6 }),
        pledgers: fc.uniqueArray(fc.constantFrom('KE', 'JM', 'BZ', 'BS', 'SV'), { maxLength: 4 }),
      })
      .map(({ arrivals, pledgers }) => ({
        sources: SOURCES,
        deployments: arrivals.map((a, i) => ({ id: `d${i}`, date: month(a.date), country: a.country, personnel: { kind: 'exact', value: 100, sources: ['s'] }, service: 'police', label: `Contingent ${i + 1}` })),
        pledges: pledgers.map((country) => ({ country, personnel: { kind: 'exact', value: 100, sources: ['s'] }, date: '2024-02' })),
      }));
    fc.assert(
      fc.property(data, (d) => {
        const sent = new Set(d.deployments.map((a) => a.country));
        const either = new Set([...sent, ...d.pledges.map((p) => p.country)]);
        for (const locale of LANGUAGES) {
          const card = build(d, 'contingents', locale).cards[0];
          assert.equal(card.value, m.formatNumber(sent.size, locale));
          assert.equal(card.label, m.keyFiguresStrings(locale).contingentsLabel(sent.size === 1 ? 'one' : 'other'), locale);
          for (const c of sent) assert.ok(card.detail.includes(m.countryName(c, locale)), `${locale}: ${card.detail}`);
          for (const c of either) if (!sent.has(c)) assert.ok(!card.detail.includes(m.countryName(c, locale)), `${locale}: ${card.detail}`);
          assert.equal(card.context === undefined, d.pledges.length === 0, locale);
          if (card.context) assert.deepEqual(digits(card.context), [either.size], `${locale}: ${card.context}`);
          assert.ok(!card.approximate && !card.disputed && card.dispute === undefined);
        }
      }),
      settings,
    );
  });
});

describe('the displacement summary', () => {
  const data = fc
    .uniqueArray(fc.integer({ min: 0, max: 35 }), { minLength: 1, maxLength: 5 })
    .chain((months) =>
      fc.tuple(
        ...months
          .sort((a, b) => a - b)
          .map((i) => fc.record({ date: fc.constantFrom(month(i), `${month(i)}-15`), idps: sourcedFigure(fc.constantFrom(100_000, 315_000, 578_074, 1_041_000)) })),
      ),
    )
    .map((displacement) => ({ sources: SOURCES, displacement }));

  it('names the earliest and the latest figure, every report with its qualifier, at their dates, in that order, and nothing else', () => {
    let singles = 0;
    fc.assert(
      fc.property(data, (d) => {
        const first = d.displacement[0];
        const latest = d.displacement.at(-1);
        if (first === latest) singles++;
        const named = first === latest ? [first] : [first, latest];
        for (const locale of LANGUAGES) {
          const summary = m.buildDisplacementSpec(d, {}, ctx(locale)).summary;
          const dates = named.map((r) => m.formatIsoDate(r.date, locale));
          for (const r of named.flatMap((x) => reportsOf(x.idps))) assert.ok(summary.includes(reportWords(r, locale)), `${locale} lacks ${reportWords(r, locale)}: ${summary}`);
          // Exactly these numbers: each report once per record named, and the dates' days and years.
          const expected = named.flatMap((r, i) => [...reportsOf(r.idps).map((x) => x.value), ...digits(dates[i])]);
          assert.deepEqual(sorted(digits(summary)), sorted(expected), `${locale}: ${summary}`);
          assert.ok(summary.indexOf(dates[0]) < summary.lastIndexOf(dates.at(-1)) || named.length === 1, `${locale}: ${summary}`);
          if (named.length === 1) assert.equal(summary.split(dates[0]).length, 2, `${locale} names one date twice: ${summary}`);
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
    assert.ok(singles > 5, `only ${singles} datasets had one figure`);
  });
});

describe('the timeline', () => {
  const values = fc.constantFrom(50, 100, 200, 400);
  const data = fc
    .tuple(
      fc.array(fc.record({ country: fc.constantFrom('KE', 'JM', 'GT'), date: fc.integer({ min: 0, max: 35 }), personnel: sourcedFigure(values) }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 35 }), { maxLength: 3 }),
    )
    .map(([arrivals, milestones]) => ({
      sources: SOURCES,
      deployments: arrivals.map((a, i) => ({ id: `d${i}`, date: month(a.date), country: a.country, personnel: a.personnel, service: 'police', label: `Contingent ${i + 1}` })),
      milestones: milestones.map((date, i) => ({ id: `m${i}`, date: `${month(date)}-15`, event: `Event ${i}`, sources: ['s'] })),
    }));

  it('lists every record once, gives each arrival every report with its qualifier, notes each disputed or approximate one, and names the years it covers, in every language', () => {
    let disputed = 0;
    fc.assert(
      fc.property(data, (d) => {
        const figures = d.deployments.map((a) => a.personnel);
        disputed += figures.filter((f) => f.kind === 'disputed').length;
        const years = [...d.deployments, ...d.milestones].map((r) => Number(r.date.slice(0, 4)));
        for (const locale of LANGUAGES) {
          const spec = m.buildTimelineSpec(d, {}, ctx(locale));
          assert.equal(spec.entries.length, d.deployments.length + d.milestones.length);
          for (const [i, f] of figures.entries()) {
            const entry = spec.entries.find((e) => e.id === `d${i}`);
            for (const r of reportsOf(f)) assert.ok(entry.figure.includes(reportWords(r, locale)), `${locale}: ${entry.figure} lacks ${reportWords(r, locale)}`);
            assert.equal(entry.disputed, f.kind === 'disputed');
          }
          checkNotes(spec.notes, figures, locale, { connective: connectiveOf(m.timelineStrings(locale).reportBy), approximate: true });
          const [from, to] = [Math.min(...years), Math.max(...years)];
          assert.ok(spec.summary.includes(String(from)) && spec.summary.includes(String(to)), `${locale}: ${spec.summary}`);
          assert.deepEqual(digits(spec.summary), from === to ? [from] : [from, to], `${locale}: the summary names other numbers: ${spec.summary}`);
        }
      }),
      { ...RUNS, numRuns: 100 },
    );
    assert.ok(disputed > 20, `only ${disputed} disputed arrivals`);
  });
});
