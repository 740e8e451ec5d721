// Property tests of the sentences the builders write: over generated datasets (missing periods, ties,
// approximate and disputed values, single records, empty sections), every claim a title, summary, card or
// correction makes ("more than", "at least", "quadrupled", "the most", counts) holds of the records it was
// built from, recomputed here from the records, and every language makes the same claim with the same
// numbers. The quarterly casualties title has its own file (casualties-title.test.mjs).
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
    'src/charts/corrections.ts': ['correctionItems', 'correctionText'],
    'src/i18n/format.ts': ['formatIsoDate', 'formatNumber', 'countryName'],
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
