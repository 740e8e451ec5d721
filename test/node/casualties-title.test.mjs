// Property tests of the casualties chart's quarterly title: whatever quarterly data it is given, every claim
// the title makes ("since", "more than", "each of N quarters", the quarters with no count of the killed)
// holds of the records, in every language; and no language's template drops a part the English one has.
//
// Node has no TypeScript loader, so the builder is bundled with esbuild to a temporary module first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { LANGUAGES, theme } from './lib/bundle.mjs';
import { dropped } from './lib/templates.mjs';

// A fixed seed: the same 600 datasets every run, so a count of claims made cannot flake on a busy machine;
// a failure prints its seed and shrunk counterexample.
fc.configureGlobal({ seed: 20251208 });

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

let m;
let tempDir;
before(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'mss-casualties-title-'));
  const entry = join(tempDir, 'entry.ts');
  await writeFile(
    entry,
    [
      `export { buildCasualtiesSpec, casualtyRows, everyQuarterClaim } from ${JSON.stringify(join(root, 'src/charts/casualties.ts'))};`,
      `export { casualtiesStrings } from ${JSON.stringify(join(root, 'src/charts/casualties.strings.ts'))};`,
      `export { stringsFor } from ${JSON.stringify(join(root, 'src/i18n/strings.ts'))};`,
      `export { mssDataset } from ${JSON.stringify(join(root, 'src/data/mss-dataset.ts'))};`,
    ].join('\n'),
  );
  const outfile = join(tempDir, 'casualties.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
  m = await import(pathToFileURL(outfile).href);
});
after(() => rm(tempDir, { recursive: true, force: true }));

// ---------------------------------------------------------------------------------------------------
// Generated quarterly data

// Round hundreds often: a count of exactly 1,200 is where "more than 1,200" would stop being true.
const value = fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 30 }).map((n) => n * 100), fc.integer({ min: 90, max: 110 }));
const report = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('exact'), value }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('approximate'),
      qualifier: fc.constantFrom('about', 'nearly', 'at-least', 'at-least', 'more-than', 'more-than', 'below'),
      value,
    }),
  },
);
const figure = fc.oneof(
  { weight: 5, arbitrary: report },
  {
    weight: 1,
    arbitrary: fc.array(report, { minLength: 2, maxLength: 3 }).map((reports) => ({ kind: 'disputed', reports })),
  },
);
const withSources = (f) =>
  f.kind === 'disputed'
    ? { kind: 'disputed', reports: f.reports.map((r) => ({ ...r, sources: ['s'] })) }
    : { ...f, sources: ['s'] };

/** 0 to 12 quarters from 2022 on, each absent (a missing period), or with one or two counts of any metric. */
const quarterlyData = fc
  .array(
    fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      {
        weight: 8,
        arbitrary: fc.uniqueArray(
          fc.record({ metric: fc.constantFrom('killed', 'killed', 'killed', 'killed', 'killed-or-injured', 'homicides'), count: figure }),
          { minLength: 1, maxLength: 2, selector: (c) => c.metric },
        ),
      },
    ),
    { minLength: 0, maxLength: 10 },
  )
  .map((slots) => {
    const casualties = slots.flatMap((counts, i) => {
      const year = 2022 + Math.floor(i / 4);
      const q = (i % 4) + 1;
      const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}`;
      const to = `${year}-${String(q * 3).padStart(2, '0')}`;
      return counts.map((c, j) => ({
        id: `${year}-q${q}-${j}`,
        period: { from, to, grain: 'quarter' },
        metric: c.metric,
        count: withSources(c.count),
      }));
    });
    return { sources: { s: { publisher: 'UN', title: 'Report' } }, casualties };
  });

// ---------------------------------------------------------------------------------------------------
// What a title may claim, checked against the records without the builder's own reasoning

const ctx = (locale) => ({ locale, theme, compact: false, reducedMotion: true });
const digits = (text) => (text.match(/\d(?:[\d\s\u00a0\u202f,.]*\d)?/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));
const sorted = (numbers) => [...numbers].sort((a, b) => a - b);

/** Certainly above `threshold` as reported: exact or "at least" above it, or "more than" at or above it. */
function above(figure, threshold) {
  const reports = figure.kind === 'disputed' ? figure.reports : [figure];
  return reports.every(
    (r) =>
      (r.kind === 'exact' && r.value > threshold) ||
      (r.kind === 'approximate' && r.qualifier === 'at-least' && r.value > threshold) ||
      (r.kind === 'approximate' && r.qualifier === 'more-than' && r.value >= threshold),
  );
}

function checkClaim(data, claim) {
  const rows = m.casualtyRows(data).filter((r) => r.period.grain === 'quarter');
  const key = (r) => `${r.year}-${r.quarter}`;
  const since = rows.filter((r) => r.year >= claim.since);
  const killed = since.filter((r) => r.metric === 'killed');
  // "more than {threshold}" holds of every count of the killed in the span.
  for (const r of killed) assert.ok(above(r.count, claim.threshold), `${r.id} is not certainly above ${claim.threshold}`);
  // "each of {n} quarters": n is the number of quarters with a count of the killed.
  assert.equal(claim.quarters, new Set(killed.map(key)).size);
  assert.ok(claim.quarters >= 4);
  // Every quarter in the span without a count of the killed is named, once.
  const uncounted = new Set(since.filter((r) => !killed.some((k) => key(k) === key(r))).map(key));
  assert.deepEqual(new Set(claim.gaps.map(key)), uncounted);
  assert.equal(claim.gaps.length, uncounted.size);
  assert.ok(claim.gaps.every((g) => g.metric !== 'killed'));
}

describe('the quarterly casualties title', () => {
  it('claims of the records only what holds, in every language, with the same numbers and qualifier', () => {
    let claims = 0;
    fc.assert(
      fc.property(quarterlyData, (data) => {
        const rows = m.casualtyRows(data).filter((r) => r.period.grain === 'quarter');
        if (rows.length === 0) {
          for (const locale of LANGUAGES) assert.throws(() => m.buildCasualtiesSpec(data, { view: 'quarterly' }, ctx(locale)), /no casualty counts/);
          return;
        }
        const claim = m.everyQuarterClaim(rows);
        if (claim) checkClaim(data, claim);
        claims += claim ? 1 : 0;
        const titles = Object.fromEntries(LANGUAGES.map((l) => [l, m.buildCasualtiesSpec(data, { view: 'quarterly' }, ctx(l)).title]));
        for (const locale of LANGUAGES) {
          const title = titles[locale];
          const ui = m.stringsFor(locale);
          // The numbers of a title are the same in every language (years, thresholds, counts).
          assert.deepEqual(sorted(digits(title)), sorted(digits(titles.en)), `${locale}: ${title} | en: ${titles.en}`);
          if (claim) {
            const moreThan = ui.qualifier['more-than']('').trim();
            assert.ok(title.includes(moreThan), `${locale} title lacks "${moreThan}": ${title}`);
            assert.ok(digits(title).includes(claim.threshold) && digits(title).includes(claim.since));
            assert.ok(digits(title).includes(claim.quarters));
          } else {
            // Without a claim, the title states the latest count of the killed with its own qualifier, or none.
            const killed = rows.filter((r) => r.metric === 'killed');
            const latest = killed[killed.length - 1];
            if (latest && latest.count.kind === 'approximate') {
              const word = ui.qualifier[latest.count.qualifier]('').trim();
              assert.ok(title.toLocaleLowerCase(locale).includes(word.toLocaleLowerCase(locale)), `${locale} title lacks "${word}": ${title}`);
            }
            if (!latest) assert.equal(title, m.casualtiesStrings(locale).titleQuarterly);
          }
        }
      }),
      { numRuns: 600 },
    );
    // The data must make claims often enough for the property to mean something.
    assert.ok(claims > 40, `only ${claims} generated datasets made a claim`);
  });

  it('never says "every quarter" over a count given as "about", "nearly" or "below"', () => {
    fc.assert(
      fc.property(quarterlyData, (data) => {
        const rows = m.casualtyRows(data).filter((r) => r.period.grain === 'quarter');
        const claim = m.everyQuarterClaim(rows);
        if (!claim) return;
        for (const r of rows.filter((row) => row.metric === 'killed' && row.year >= claim.since)) {
          const reports = r.count.kind === 'disputed' ? r.count.reports : [r.count];
          assert.ok(reports.every((rep) => rep.kind === 'exact' || rep.qualifier === 'at-least' || rep.qualifier === 'more-than'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds of the shipped data: 6 quarters since 2024, and April–June 2024 named as killed-or-injured only', () => {
    const rows = m.casualtyRows(m.mssDataset).filter((r) => r.period.grain === 'quarter');
    const claim = m.everyQuarterClaim(rows);
    checkClaim(m.mssDataset, claim);
    assert.deepEqual(claim.gaps.map((g) => g.id), ['2024-q2']);
    for (const locale of LANGUAGES) {
      const title = m.buildCasualtiesSpec(m.mssDataset, { view: 'quarterly' }, ctx(locale)).title;
      assert.deepEqual(sorted(digits(title)), sorted([2024, 1200, 6, 2024]), `${locale}: ${title}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// The templates' structure: every part English states, every language states (see lib/templates.mjs)

describe('the casualties strings of every language', () => {
  it('use every part of each template that English uses: numbers, qualified values, periods, gaps', () => {
    const tables = Object.fromEntries(LANGUAGES.map((l) => [l, m.casualtiesStrings(l)]));
    assert.deepEqual(dropped(tables), []);
  });

  it('would be caught dropping the qualified threshold or the quarters with no count of the killed', () => {
    const tables = Object.fromEntries(LANGUAGES.map((l) => [l, m.casualtiesStrings(l)]));
    const fr = tables.fr;
    const noQualifier = { ...tables, fr: { ...fr, titleEveryQuarter: (p) => `Depuis ${p.since}, 1 200 personnes tuées en ${p.quarters} trimestres${p.gaps ? ` ; ${p.gaps}` : ''}` } };
    assert.deepEqual(dropped(noQualifier), ['fr titleEveryQuarter: ⟦threshold⟧']);
    const noGaps = { ...tables, es: { ...tables.es, titleEveryQuarter: (p) => `Desde ${p.since}, ${p.threshold} en ${p.quarters} trimestres` } };
    assert.deepEqual(dropped(noGaps), ['es titleEveryQuarter: ⟦gaps⟧']);
  });

  it('put the qualifier of the threshold in the title in each language, from the shared qualifier words', () => {
    for (const locale of LANGUAGES) {
      const s = m.casualtiesStrings(locale);
      const ui = m.stringsFor(locale);
      const title = s.titleEveryQuarter({ since: '2024', threshold: ui.qualifier['more-than']('1200'), quarters: '6' });
      assert.ok(title.includes(ui.qualifier['more-than']('1200')), `${locale}: ${title}`);
    }
  });
});
