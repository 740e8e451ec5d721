import { expect } from '@open-wc/testing';
import { mssDataset } from '../../src/data/mss-dataset.js';
import { MAX_SECTION_ROWS, validateDataset, type ValidationError } from '../../src/data/validate.js';

/** A small valid dataset to break one piece at a time. */
function minimal(): Record<string, unknown> {
  return {
    sources: { 'un-press': { publisher: 'United Nations', title: 'Press release' } },
    pledges: [
      { country: 'KE', personnel: { kind: 'exact', value: 1000, sources: ['un-press'] }, date: '2023' },
      { country: 'BB', personnel: { kind: 'undisclosed', sources: ['un-press'] }, date: '2024-02-29' },
    ],
  };
}

function errorsOf(input: unknown): ValidationError[] {
  const result = validateDataset(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the default dataset and a minimal one', () => {
    const result = validateDataset(mssDataset);
    expect(result.ok, JSON.stringify(result.ok ? [] : result.errors.slice(0, 3))).to.equal(true);
    expect(validateDataset(minimal()).ok).to.equal(true);
  });

  it('returns the parsed data', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(mssDataset)));
    expect(result.ok && result.data.deployments?.length).to.equal(mssDataset.deployments?.length);
  });

  it('names the path of a bad number and quotes what it got', () => {
    const input = minimal();
    (input.pledges as { personnel: { value: unknown } }[])[0]!.personnel.value = 'many';
    expect(errorsOf(input)).to.deep.equal([{ path: 'pledges[0].personnel.value', message: 'expected a number, got "many"' }]);
  });

  it('reports a negative count with the rule it breaks', () => {
    const input = minimal();
    (input.pledges as { personnel: { value: unknown } }[])[0]!.personnel.value = -5;
    expect(errorsOf(input)).to.deep.equal([{ path: 'pledges[0].personnel.value', message: 'expected a number ≥ 0, got -5' }]);
  });

  it('reports a figure of the wrong shape at the figure', () => {
    const input = minimal();
    (input.pledges as { personnel: unknown }[])[1]!.personnel = 'many';
    expect(errorsOf(input)).to.deep.equal([
      {
        path: 'pledges[1].personnel',
        message: 'expected a figure with kind "exact", "approximate", "disputed" or "undisclosed", got "many"',
      },
    ]);
  });

  it('reports every problem at once, including missing keys', () => {
    const input = minimal();
    const pledges = input.pledges as Record<string, unknown>[];
    pledges[0]!.date = '24 June';
    delete pledges[1]!.country;
    expect(errorsOf(input)).to.deep.equal([
      { path: 'pledges[0].date', message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "24 June"' },
      { path: 'pledges[1].country', message: 'missing "country"' },
    ]);
  });

  it('rejects a day that does not exist, which the date pattern lets through', () => {
    const input = minimal();
    (input.pledges as Record<string, unknown>[])[1]!.date = '2025-02-29';
    input.casualties = [
      {
        id: 'q',
        period: { from: '2024-04-31', to: '2024-06', grain: 'quarter' },
        metric: 'killed',
        count: { kind: 'exact', value: 1, sources: ['un-press'] },
      },
    ];
    expect(errorsOf(input)).to.deep.equal([
      { path: 'pledges[1].date', message: 'expected a day that exists, got "2025-02-29"' },
      { path: 'casualties[0].period.from', message: 'expected a day that exists, got "2024-04-31"' },
    ]);
    (input.pledges as Record<string, unknown>[])[1]!.date = '2024-02-29';
    (input.casualties as { period: { from: string } }[])[0]!.period.from = '2024-04-30';
    expect(validateDataset(input).ok).to.equal(true);
  });

  it('words a length rule plainly', () => {
    const input = minimal();
    (input.sources as Record<string, Record<string, unknown>>)['un-press']!.publisher = '';
    (input.pledges as { personnel: { sources: string[] } }[])[0]!.personnel.sources = [];
    expect(errorsOf(input)).to.deep.equal([
      { path: 'sources["un-press"].publisher', message: 'expected a non-empty text, got ""' },
      { path: 'pledges[0].personnel.sources', message: 'expected at least one source, got []' },
    ]);
  });

  it('quotes source ids in the path and truncates long values to 40 characters', () => {
    const input = minimal();
    (input.sources as Record<string, Record<string, unknown>>)['un-press']!.publisher = ['x'.repeat(100)];
    const [error] = errorsOf(input);
    expect(error!.path).to.equal('sources["un-press"].publisher');
    const got = error!.message.slice(error!.message.indexOf(', got ') + ', got '.length);
    expect(got).to.have.length(40);
    expect(got).to.equal(`["${'x'.repeat(37)}…`);
  });

  it('rejects something that is not a dataset at all', () => {
    expect(errorsOf(null)).to.deep.equal([{ path: '(dataset)', message: 'expected an object, got null' }]);
    expect(errorsOf([1, 2, 3])[0]).to.deep.equal({ path: '(dataset)', message: 'expected an object, got [1,2,3]' });
    expect(errorsOf({})).to.deep.equal([{ path: 'sources', message: 'missing "sources"' }]);
  });

  it('rejects a source id that is not in sources, naming where it is cited', () => {
    const input = minimal();
    (input.pledges as { personnel: { sources: string[] } }[])[1]!.personnel.sources.push('reuters-2099');
    input.meta = { title: 'x', asOf: '2025', seedArticle: 'nowhere' };
    expect(errorsOf(input)).to.deep.equal([
      { path: 'pledges[1].personnel.sources[1]', message: 'unknown source id "reuters-2099": not in "sources"' },
      { path: 'meta.seedArticle', message: 'unknown source id "nowhere": not in "sources"' },
    ]);
  });

  it('finds unknown source ids inside the reports of a disputed figure', () => {
    const input = minimal();
    (input.pledges as { personnel: unknown }[])[0]!.personnel = {
      kind: 'disputed',
      reports: [
        { kind: 'exact', value: 1, sources: ['un-press'] },
        { kind: 'approximate', qualifier: 'about', value: 2, sources: ['ghost'] },
      ],
    };
    expect(errorsOf(input)).to.deep.equal([
      { path: 'pledges[0].personnel.reports[1].sources[0]', message: 'unknown source id "ghost": not in "sources"' },
    ]);
  });

  it('rejects duplicate record ids within a section', () => {
    const deployment = {
      id: 'ke-1',
      date: '2024-06-25',
      country: 'KE',
      personnel: { kind: 'exact', value: 200, sources: ['un-press'] },
      service: 'police',
      label: 'First contingent',
    };
    const input = { ...minimal(), deployments: [deployment, { ...deployment }] };
    expect(errorsOf(input)).to.deep.equal([{ path: 'deployments[1].id', message: 'duplicate id "ke-1" in deployments' }]);
  });

  it('gives one clear error for a section with too many rows, refused by its count before any row is read', () => {
    const row = { country: 'KE', personnel: { kind: 'exact', value: 1, sources: ['un-press'] }, date: '2023' };
    // Times belong in the benchmark (a busy machine stretches them): the mechanism is asserted instead, by
    // counting the rows the validator reads.
    let rowsRead = 0;
    const rows = new Proxy(new Array<unknown>(MAX_SECTION_ROWS * 50).fill(row), {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) rowsRead += 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const errors = errorsOf({ ...minimal(), pledges: rows });
    expect(errors).to.deep.equal([{ path: 'pledges', message: 'expected at most 2,000 rows, got 100,000' }]);
    expect(rowsRead, 'rows read').to.equal(0);
  });

  it('does not reject a section of exactly the maximum size for its size', () => {
    const row = { country: 'KE', personnel: { kind: 'exact', value: 1, sources: ['un-press'] }, date: '2023' };
    expect(validateDataset({ ...minimal(), pledges: new Array<unknown>(MAX_SECTION_ROWS).fill(row) }).ok).to.equal(true);
  });

  it('rejects __proto__, constructor and prototype keys without polluting Object.prototype', () => {
    const input: unknown = JSON.parse(
      '{"__proto__": {"polluted": 1}, "sources": {"a": {"publisher": "P", "title": "T", "constructor": {"prototype": {"polluted": 2}}}}}',
    );
    const errors = errorsOf(input);
    expect(errors).to.deep.equal([
      { path: '__proto__', message: 'the key "__proto__" is not allowed' },
      { path: 'sources.a.constructor', message: 'the key "constructor" is not allowed' },
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
  });

  it('accepts a deeply nested extra key in a text without overflowing the stack', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = { x: deep };
    const input = minimal();
    (input.pledges as Record<string, unknown>[])[0]!.note = { en: 'Note', extra: deep };
    expect(validateDataset(input).ok).to.equal(true);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { sources: {} };
    cyclic.deployments = [cyclic];
    const hostile = {
      sources: {},
      get pledges(): never {
        throw new Error('boom');
      },
    };
    for (const input of [undefined, 42, 'text', Symbol('s'), () => 1, 10n, cyclic, hostile]) {
      expect(() => validateDataset(input)).not.to.throw();
      expect(validateDataset(input).ok).to.equal(false);
    }
  });
});
