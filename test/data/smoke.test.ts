import { expect } from '@open-wc/testing';
import { figureRange } from '../../src/data/figure.js';

describe('figureRange', () => {
  it('spans every report of a disputed figure', () => {
    const range = figureRange({
      kind: 'disputed',
      reports: [
        { kind: 'exact', value: 400, sources: ['a'] },
        { kind: 'approximate', qualifier: 'about', value: 200, sources: ['b'] },
      ],
    });
    expect(range).to.deep.equal({ low: 200, high: 400 });
  });
});
