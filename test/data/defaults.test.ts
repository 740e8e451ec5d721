import { expect } from '@open-wc/testing';
import { buildCasualtiesSpec } from '../../src/charts/casualties.js';
import { buildContingentSpec } from '../../src/charts/contingent.js';
import { buildDisplacementSpec } from '../../src/charts/displacement.js';
import { buildKeyFiguresSpec, KEY_FIGURE_IDS } from '../../src/charts/key-figures.js';
import { buildPledgesSpec } from '../../src/charts/pledges.js';
import type { BuildContext, ChartTheme, ViewSpec } from '../../src/charts/spec.js';
import { casualties } from '../../src/data/dataset/casualties.js';
import { deployments } from '../../src/data/dataset/deployments.js';
import { displacement } from '../../src/data/dataset/displacement.js';
import { funding } from '../../src/data/dataset/funding.js';
import { meta } from '../../src/data/dataset/meta.js';
import { milestones } from '../../src/data/dataset/milestones.js';
import { pledges } from '../../src/data/dataset/pledges.js';
import { references } from '../../src/data/dataset/references.js';
import { seedClaims } from '../../src/data/dataset/seed-claims.js';
import { strength } from '../../src/data/dataset/strength.js';
import * as casualtiesModule from '../../src/data/dataset/casualties.js';
import * as deploymentsModule from '../../src/data/dataset/deployments.js';
import * as displacementModule from '../../src/data/dataset/displacement.js';
import * as fundingModule from '../../src/data/dataset/funding.js';
import * as metaModule from '../../src/data/dataset/meta.js';
import * as milestonesModule from '../../src/data/dataset/milestones.js';
import * as pledgesModule from '../../src/data/dataset/pledges.js';
import * as referencesModule from '../../src/data/dataset/references.js';
import * as seedClaimsModule from '../../src/data/dataset/seed-claims.js';
import * as sharedSourcesModule from '../../src/data/dataset/shared-sources.js';
import * as strengthModule from '../../src/data/dataset/strength.js';
import { casualtiesDefault } from '../../src/data/defaults/casualties.js';
import { contingentDefault } from '../../src/data/defaults/contingent.js';
import { displacementDefault } from '../../src/data/defaults/displacement.js';
import { keyFiguresDefault } from '../../src/data/defaults/key-figures.js';
import { pledgesDefault } from '../../src/data/defaults/pledges.js';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { citedSourceIds } from '../../src/data/selectors.js';
import type { MssDataset } from '../../src/data/types.js';
import { validateDataset } from '../../src/data/validate.js';
import '../../src/i18n/all-words.js';

const SECTIONS = [
  'deployments',
  'pledges',
  'references',
  'strength',
  'displacement',
  'casualties',
  'funding',
  'milestones',
  'seedClaims',
] as const;

const LANGUAGES = ['en', 'fr', 'ht', 'es'];

const theme: ChartTheme = {
  text: '#111111',
  muted: '#666666',
  grid: '#dddddd',
  background: '#ffffff',
  accent: '#0b5cad',
  series: ['#c4510a', '#00795a', '#9a4b94', '#7f4f24', '#5f6368', '#1f1f1f'],
  disputedFill: 'hatch(#666666)',
  hatch: (color) => `hatch(${color})`,
  fontFamily: 'sans-serif',
  fontSize: 12,
};

/** Every way an element can build its spec: its views (or cards) by name. */
const charts: Record<string, { data: MssDataset; views: Record<string, (data: MssDataset, ctx: BuildContext) => ViewSpec> }> = {
  contingent: {
    data: contingentDefault,
    views: {
      arrivals: (d, c) => buildContingentSpec(d, { view: 'arrivals' }, c),
      cumulative: (d, c) => buildContingentSpec(d, { view: 'cumulative' }, c),
    },
  },
  pledges: {
    data: pledgesDefault,
    views: {
      KE: (d, c) => buildPledgesSpec(d, { highlight: 'KE' }, c),
      JM: (d, c) => buildPledgesSpec(d, { highlight: 'JM' }, c),
    },
  },
  displacement: {
    data: displacementDefault,
    views: {
      default: (d, c) => buildDisplacementSpec(d, {}, c),
      'hide-claim': (d, c) => buildDisplacementSpec(d, { seedClaim: false }, c),
    },
  },
  casualties: {
    data: casualtiesDefault,
    views: {
      quarterly: (d, c) => buildCasualtiesSpec(d, { view: 'quarterly' }, c),
      yearly: (d, c) => buildCasualtiesSpec(d, { view: 'yearly' }, c),
    },
  },
  'key figures': {
    data: keyFiguresDefault,
    views: {
      default: (d, c) => buildKeyFiguresSpec(d, {}, c),
      every: (d, c) => buildKeyFiguresSpec(d, { figures: [...KEY_FIGURE_IDS] }, c),
      ...Object.fromEntries(
        KEY_FIGURE_IDS.map((id) => [id, (d: MssDataset, c: BuildContext) => buildKeyFiguresSpec(d, { figures: id }, c)]),
      ),
    },
  },
};

/** What a reader gets of a spec: words, table, sources, cards, and the chart's data and labels. */
function textOf(spec: ViewSpec & { config?: { data?: unknown }; legend?: unknown; points?: unknown; cards?: unknown }): string {
  const { title, summary, notes, table, sources, asOf, config, legend, points, cards } = spec;
  return JSON.stringify({ title, summary, notes, table, sources, asOf, data: config?.data, legend, points, cards }, (_key, value: unknown) =>
    typeof value === 'function' ? '[function]' : value,
  );
}

/** Source ids a dataset refers to: in its records, and the seed article its meta names. */
function citedBy(data: MssDataset): string[] {
  const ids = citedSourceIds(SECTIONS.map((section) => data[section] ?? []));
  const seed = data.meta?.seedArticle;
  return seed && !ids.includes(seed) ? [...ids, seed] : ids;
}

describe('the dataset split into modules', () => {
  it('puts each section together from its module, in order', () => {
    const modules = { deployments, pledges, references, strength, displacement, casualties, funding, milestones, seedClaims };
    for (const section of SECTIONS) expect(mssDataset[section], section).to.equal(modules[section]);
    expect(mssDataset.meta).to.equal(meta);
  });

  it('holds every source of the modules once, and no other', () => {
    const modules = [
      metaModule,
      sharedSourcesModule,
      deploymentsModule,
      pledgesModule,
      referencesModule,
      strengthModule,
      displacementModule,
      casualtiesModule,
      fundingModule,
      milestonesModule,
      seedClaimsModule,
    ];
    // Sources are the exported objects with a publisher; each module's records and arrays are not.
    const exported = modules.flatMap((module) =>
      Object.values(module).filter((value): value is object => typeof value === 'object' && 'publisher' in value),
    );
    const registered = Object.values(mssDataset.sources);
    expect(new Set(exported).size).to.equal(exported.length);
    expect(exported).to.have.members(registered);
  });
});

describe('the default data of each element', () => {
  for (const [name, { data, views }] of Object.entries(charts)) {
    describe(name, () => {
      it('is a valid dataset', () => {
        const result = validateDataset(data);
        expect(result.ok, result.ok ? '' : JSON.stringify(result.errors.slice(0, 5))).to.equal(true);
      });

      it('holds exactly the sources its records cite', () => {
        expect(Object.keys(data.sources)).to.have.members(citedBy(data));
      });

      it('holds records of the full dataset only, unchanged, with its meta', () => {
        expect(data.meta).to.equal(mssDataset.meta);
        for (const section of SECTIONS) {
          const records = data[section];
          expect(records, section).to.be.an('array');
          for (const record of records ?? []) expect(mssDataset[section] as object[], section).to.include(record);
        }
        for (const [id, source] of Object.entries(data.sources)) expect(mssDataset.sources[id], id).to.equal(source);
      });

      for (const [view, build] of Object.entries(views)) {
        it(`builds the same ${view} spec as the full dataset, in every language and layout`, () => {
          for (const locale of LANGUAGES) {
            for (const compact of [false, true]) {
              const ctx: BuildContext = { locale, theme, compact, reducedMotion: true };
              expect(textOf(build(data, ctx)), `${locale}${compact ? ', compact' : ''}`).to.equal(textOf(build(mssDataset, ctx)));
            }
          }
        });
      }
    });
  }

  it('leaves out what its element does not chart', () => {
    // Not every section for every element: the point of a default is to carry less than the whole.
    for (const { data } of Object.values(charts)) {
      expect(Object.keys(data.sources).length).to.be.below(Object.keys(mssDataset.sources).length);
    }
    expect(contingentDefault.seedClaims).to.deep.equal([]);
    expect(casualtiesDefault.deployments).to.deep.equal([]);
  });
});
