import { expect } from '@open-wc/testing';
import { mssDataset } from '../../src/data/mss-dataset.js';
import {
  arrivalsByContingent,
  citedSourceIds,
  compareIsoDates,
  cumulativeStrengthByCountry,
  dateToTime,
  findRecords,
  latestDisplacement,
  latestFigure,
  latestStrength,
  parseIsoDate,
  pledgedVsDeployed,
  reportedStrength,
  sourcesUsed,
} from '../../src/data/selectors.js';
import type { MssDataset } from '../../src/data/types.js';

const pointOn = (date: string) => {
  const point = cumulativeStrengthByCountry(mssDataset).find((p) => p.date === date);
  if (!point) throw new Error(`no cumulative point on ${date}`);
  return point;
};

describe('parseIsoDate', () => {
  it('reads each precision', () => {
    expect(parseIsoDate('2024')).to.deep.equal({ year: 2024, precision: 'year' });
    expect(parseIsoDate('2024-06')).to.deep.equal({ year: 2024, month: 6, precision: 'month' });
    expect(parseIsoDate('2024-06-25')).to.deep.equal({ year: 2024, month: 6, day: 25, precision: 'day' });
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => parseIsoDate('2024-6-25')).to.throw(RangeError);
    expect(() => parseIsoDate('2025-02-29')).to.throw(RangeError, 'no such day');
    expect(parseIsoDate('2024-02-29').day).to.equal(29);
  });
});

describe('dateToTime', () => {
  it('places a day at its UTC start', () => {
    expect(dateToTime('2024-06-25')).to.equal(Date.UTC(2024, 5, 25));
  });

  it('places a month and a year at their mid-points', () => {
    // June has 30 days: the middle is 16 June 00:00 UTC.
    expect(dateToTime('2024-06')).to.equal(Date.UTC(2024, 5, 16));
    // 2024 is a leap year of 366 days: the middle is 2 July 00:00 UTC.
    expect(dateToTime('2024')).to.equal(Date.UTC(2024, 6, 2));
  });

  it('orders mixed precisions by where they fall', () => {
    const dates = ['2025-10', '2025-09-30', '2025-06', '2025-06-01', '2025'];
    expect([...dates].sort(compareIsoDates)).to.deep.equal(['2025-06-01', '2025-06', '2025', '2025-09-30', '2025-10']);
  });
});

describe('arrivalsByContingent', () => {
  const rows = arrivalsByContingent(mssDataset);

  it('lists every arrival in date order', () => {
    expect(rows).to.have.length(mssDataset.deployments!.length);
    const times = rows.map((r) => r.time);
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(rows[0]!.id).to.equal('ke-1');
    expect(rows[rows.length - 1]!.id).to.equal('ke-5');
  });

  it('gives the range and both sources of the disputed first contingent', () => {
    const first = rows[0]!;
    expect(first).to.include({ country: 'KE', low: 200, high: 400, disputed: true });
    expect(first.sources).to.include.members([
      'diaspora-messenger-2024-06-flag-off',
      'le-nouvelliste-2024-07-first-contingent',
    ]);
  });

  it('keeps arrivals of the same day in dataset order', () => {
    expect(rows.filter((r) => r.date === '2024-09-12').map((r) => r.id)).to.deep.equal(['jm-1', 'bz-1']);
  });

  it('carries the end of a limited tour', () => {
    expect(rows.find((r) => r.id === 'bs-2')).to.include({ until: '2025-02-08', low: 59, high: 59, disputed: false });
  });
});

describe('cumulativeStrengthByCountry', () => {
  it('adds up Kenyan arrivals as a range while the first and fourth contingents are disputed', () => {
    expect(pointOn('2024-07-16').byCountry.KE).to.deep.equal({ low: 400, high: 600 });
    // 200 or 400, then 200, then 217.
    expect(pointOn('2025-01-18').byCountry.KE).to.deep.equal({ low: 617, high: 817 });
    // Plus 144 or 200.
    expect(pointOn('2025-02-06').byCountry.KE).to.deep.equal({ low: 761, high: 1017 });
    expect(pointOn('2025-12-08').byCountry.KE).to.deep.equal({ low: 991, high: 1247 });
  });

  it('counts 150 Guatemalans after the second team on 4 January 2025', () => {
    expect(pointOn('2025-01-03').byCountry.GT).to.deep.equal({ low: 75, high: 75 });
    expect(pointOn('2025-01-04').byCountry.GT).to.deep.equal({ low: 150, high: 150 });
    expect(pointOn('2025-01-04').arrivals).to.deep.equal(['gt-2']);
    expect(pointOn('2025-01-04').sources).to.deep.equal([
      'trinidad-guardian-2025-01-second-guatemalan-group',
      'haiti-chronicle-2025-01-guatemalan-salvadoran-soldiers',
    ]);
  });

  it('takes the Bahamian maritime team out on the day it left', () => {
    expect(pointOn('2024-12-28').byCountry.BS).to.deep.equal({ low: 65, high: 65 });
    const left = pointOn('2025-02-08');
    expect(left.departures).to.deep.equal(['bs-2']);
    expect(left.arrivals).to.deep.equal([]);
    expect(left.byCountry.BS).to.deep.equal({ low: 6, high: 6 });
  });

  it('bounds the whole force by the sum of the countries', () => {
    for (const point of cumulativeStrengthByCountry(mssDataset)) {
      const ranges = Object.values(point.byCountry);
      expect(point.low).to.equal(ranges.reduce((sum, r) => sum + r.low, 0));
      expect(point.high).to.equal(ranges.reduce((sum, r) => sum + r.high, 0));
    }
    expect(pointOn('2025-01-04')).to.include({ low: 649, high: 849 });
  });

  it('is empty without deployments', () => {
    expect(cumulativeStrengthByCountry({ sources: {} })).to.deep.equal([]);
  });
});

describe('reportedStrength', () => {
  const rows = reportedStrength(mssDataset);

  it('keeps the head-counts apart from the arrivals, in date order', () => {
    expect(rows.map((r) => r.date)).to.deep.equal([
      '2025-01-04',
      '2025-02-04',
      '2025-02-06',
      '2025-06',
      '2025-09',
      '2025-12-08',
    ]);
    expect(rows[0]!.totalRange).to.deep.equal({ low: 590, high: 590 });
    expect(rows[0]!.breakdown.find((b) => b.countries[0] === 'GT')).to.include({ low: 150, high: 150 });
  });

  it('shows the disputed February count as a range', () => {
    expect(rows[1]!.totalRange).to.deep.equal({ low: 859, high: 900 });
    expect(rows[1]!.sources).to.deep.equal([
      'radio-tele-dromage-2025-02-salvadoran-soldiers',
      'hch-efe-2025-02-04-salvadoran-troops',
    ]);
  });

  it('keeps a row that has only a note', () => {
    const september = rows.find((r) => r.date === '2025-09')!;
    expect(september.total).to.equal(undefined);
    expect(september.note).to.be.a('string').and.to.contain('below 40%');
  });
});

describe('pledgedVsDeployed', () => {
  const rows = pledgedVsDeployed(mssDataset);
  const row = (country: string) => rows.find((r) => r.country === country)!;

  it('ranks disclosed pledges by their highest report, undisclosed ones last', () => {
    expect(rows.map((r) => r.country)).to.deep.equal([
      'BJ',
      'KE',
      'JM',
      'GT',
      'BS',
      'SV',
      'BZ',
      'AG',
      'BB',
      'BD',
      'TD',
    ]);
  });

  it('gives Benin a disputed pledge and nothing deployed', () => {
    expect(row('BJ')).to.deep.include({ pledged: { low: 1500, high: 2000 }, deployed: { low: 0, high: 0 } });
    expect(row('BJ').pledge?.kind).to.equal('disputed');
  });

  it('gives Jamaica 200–250 pledged and 24 deployed', () => {
    expect(row('JM')).to.deep.include({ pledged: { low: 200, high: 250 }, deployed: { low: 24, high: 24 } });
  });

  it('counts every Bahamian arrival, including the team that went home', () => {
    expect(row('BS')).to.deep.include({ pledged: { low: 150, high: 150 }, deployed: { low: 65, high: 65 } });
  });

  it('keeps undisclosed pledges without a number', () => {
    for (const country of ['BD', 'BB', 'TD', 'AG']) {
      expect(row(country).undisclosed, country).to.equal(true);
      expect(row(country).pledged, country).to.equal(undefined);
      expect(row(country).pledge?.kind, country).to.equal('undisclosed');
    }
  });

  it('lists a country that deployed without a recorded pledge after the pledges', () => {
    const data: MssDataset = {
      sources: { a: { publisher: 'P', title: 'T' } },
      pledges: [{ country: 'KE', personnel: { kind: 'exact', value: 10, sources: ['a'] }, date: '2024' }],
      deployments: [
        {
          id: 'x',
          date: '2024-01-01',
          country: 'JM',
          personnel: { kind: 'exact', value: 5, sources: ['a'] },
          service: 'police',
          label: 'x',
        },
      ],
    };
    expect(pledgedVsDeployed(data).map((r) => [r.country, r.pledge?.kind ?? null, r.deployed.high])).to.deep.equal([
      ['KE', 'exact', 0],
      ['JM', null, 5],
    ]);
  });
});

describe('latest figures', () => {
  it('finds the newest displacement figure, a month-precision one after a day in the month before', () => {
    const latest = latestDisplacement(mssDataset)!;
    expect(latest.date).to.equal('2025-10');
    expect(latest.idps).to.deep.include({ kind: 'approximate', qualifier: 'more-than', value: 1_400_000 });
  });

  it('finds the newest head-count with a total', () => {
    expect(latestStrength(mssDataset)?.total).to.deep.include({ kind: 'exact', value: 980 });
  });

  it('prefers the later item on a tie and skips undated ones', () => {
    const series = [
      { id: 'a', date: '2024-05' },
      { id: 'b', date: '2024-05' },
      { id: 'c', date: undefined },
    ];
    expect(latestFigure(series, (s) => s.date)?.id).to.equal('b');
    expect(latestFigure([], () => '2024')).to.equal(undefined);
  });
});

describe('sourcesUsed', () => {
  it('returns the cited sources with their ids, in order, without repeats', () => {
    const [first, second] = mssDataset.deployments!;
    const used = sourcesUsed(mssDataset, [first!, second!]);
    expect(used.map((s) => s.id)).to.deep.equal([
      'diaspora-messenger-2024-06-flag-off',
      'le-nouvelliste-2024-07-first-contingent',
      'independent-ap-2024-07-second-contingent',
      'haitilibre-2024-07-second-contingent',
    ]);
    expect(used[0]).to.include({ publisher: 'Diaspora Messenger' });
  });

  it('reads sources at any depth and skips ids the dataset lacks', () => {
    expect(citedSourceIds([{ sources: ['a'], nested: [{ total: { sources: ['b', 'a'] } }] }])).to.deep.equal(['a', 'b']);
    const data: MssDataset = { sources: { a: { publisher: 'P', title: 'T' } } };
    expect(sourcesUsed(data, [{ sources: ['missing', 'a', 'toString'] }]).map((s) => s.id)).to.deep.equal(['a']);
  });
});

describe('findRecords', () => {
  it('resolves references by id, country and date', () => {
    expect(findRecords(mssDataset, 'deployments:ke-1')).to.have.length(1);
    expect(findRecords(mssDataset, 'pledges:AG')).to.have.length(1);
    expect(findRecords(mssDataset, 'pledges:GY')).to.deep.equal([]);
    expect(findRecords(mssDataset, 'displacement:2024-06')).to.have.length(1);
    expect(findRecords(mssDataset, 'deployments:nope')).to.deep.equal([]);
    expect(findRecords(mssDataset, 'nonsense')).to.deep.equal([]);
  });
});
