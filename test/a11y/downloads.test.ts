import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { MssDataset } from '../../src/data/types.js';
import { csvField, toCsv } from '../../src/elements/base/downloads.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import type { MssElement } from '../../src/elements/base/mss-element.js';
import { VARIANTS, describeVariant, drawn, mount, shadow, text } from './helpers.js';

const SMALL: MssDataset = {
  meta: { title: 'Test', asOf: '2024-08-01' },
  sources: {
    a: { publisher: 'Le Nouvelliste', title: 'Kenyan police land, at last', url: 'https://example.org/a' },
    b: { publisher: 'The Independent', via: 'AP', title: 'Police say "ready"', url: 'https://example.org/b?x=1,2' },
  },
  deployments: [
    {
      id: 'k1',
      date: '2024-06-25',
      country: 'KE',
      personnel: {
        kind: 'disputed',
        reports: [
          { kind: 'exact', value: 400, sources: ['a'] },
          { kind: 'approximate', value: 200, qualifier: 'about', sources: ['b'] },
        ],
      },
      service: 'police',
      label: 'First contingent',
    },
    { id: 'k2', date: '2024-07-16', country: 'KE', personnel: { kind: 'exact', value: 200, sources: ['b'] }, service: 'police', label: 'Second contingent' },
  ],
};

async function withData<T extends MssElement>(tag: string, data: MssDataset, attrs: Record<string, string> = {}): Promise<T> {
  const el = await mount<T>(tag, attrs);
  el.data = data;
  await el.updateComplete;
  return el;
}

describe('CSV (RFC 4180)', () => {
  it('quotes fields with commas, quotes and line breaks, doubles quotes, ends records with CRLF', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField(1251)).to.equal('1251');
    expect(csvField('a,b')).to.equal('"a,b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(toCsv([['a', 1], ['b,c', 2]])).to.equal('a,1\r\n"b,c",2\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(csvField('=HYPERLINK("x")')).to.equal('"\'=HYPERLINK(""x"")"');
    expect(csvField('@cmd')).to.equal("'@cmd");
    expect(csvField(-3)).to.equal('-3');
  });

  it('gives the table’s raw values, each row’s sources in full and the as-of date, exactly', async () => {
    const el = await withData('mss-contingent-chart', SMALL);
    expect(el.toCsv()).to.equal(
      [
        'Arrival,Country,Contingent,Personnel,Service,Sources,"Sources (publisher, title, link)",Figures as of',
        '2024-06-25,KE,First contingent,400 or about 200 (reports differ),police,Le Nouvelliste and The Independent (AP),"Le Nouvelliste — Kenyan police land, at last — https://example.org/a; The Independent (AP) — Police say ""ready"" — https://example.org/b?x=1,2",2024-08-01',
        '2024-07-16,KE,Second contingent,200,police,The Independent (AP),"The Independent (AP) — Police say ""ready"" — https://example.org/b?x=1,2",2024-08-01',
        '',
      ].join('\r\n'),
    );
  });

  it('speaks the page’s language in its header', async () => {
    const el = await withData('mss-contingent-chart', SMALL, { lang: 'fr' });
    const header = el.toCsv().split('\r\n')[0];
    expect(header).to.contain('"Sources (média, titre, lien)",Données au');
  });
});

describe('download buttons', () => {
  let click: sinon.SinonStub;
  let clicked: HTMLAnchorElement[];
  beforeEach(() => {
    clicked = [];
    click = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });
  afterEach(() => click.restore());

  for (const variant of VARIANTS) {
    it(`${describeVariant(variant)}: "Download data" saves a CSV named after the element, view and date`, async () => {
      const el = await mount(variant.tag, variant.attrs ?? {});
      const button = [...shadow(el).querySelectorAll('footer button')].find((b) => text(b) === 'Download data (CSV)');
      expect(button, 'Download data button').to.exist;
      (button as HTMLButtonElement).click();
      expect(clicked).to.have.length(1);
      const link = clicked[0]!;
      // Elements reflect their view, so the default view is named too.
      const view = el.getAttribute('view') ? `-${el.getAttribute('view')}` : '';
      expect(link.download).to.equal(`${variant.tag}${view}-2025-12-08.csv`);
      expect(link.href).to.match(/^blob:/);
      const blob = await (await fetch(link.href)).blob();
      expect(blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      // The UTF-8 byte-order mark (for Excel), then exactly what toCsv() gives.
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
      expect(body).to.equal(el.toCsv());
      expect(body.split('\r\n').length - 2).to.equal(shadow(el).querySelectorAll('tbody tr').length);
    });
  }

  it('"Download image" saves a 2× PNG of the static renderer\'s figure: title, legend, chart and source line on the theme background', async () => {
    const el = await mount<MssChartElement>('mss-contingent-chart', { theme: 'dark' });
    const chart = await drawn(el);
    const figure = await el.figureSvg({ width: Math.round(el.getBoundingClientRect().width) });
    expect(figure?.svg, 'the same figure SVG as the images made at build time').to.match(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(figure?.svg).to.contain('class="static-chart"');
    const blob = await el.toImageBlob();
    expect(blob?.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob!);
    expect(bitmap.width).to.equal(Math.round(el.getBoundingClientRect().width) * 2);
    expect(bitmap.height).to.equal(figure!.height * 2);
    expect(bitmap.height).to.be.greaterThan(chart.height * 2 + 150);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    // Opaque everywhere, the dark theme's background in the corner, and plenty drawn on it.
    let transparent = 0;
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 255) transparent++;
      else if (Math.abs(data[i]! - 23) + Math.abs(data[i + 1]! - 25) + Math.abs(data[i + 2]! - 28) > 30) ink++;
    }
    expect(transparent).to.equal(0);
    expect([...ctx.getImageData(2, 2, 1, 1).data]).to.deep.equal([23, 25, 28, 255]);
    expect(ink).to.be.greaterThan(20_000);
    // The title is drawn at the top: light pixels in the first 60 px rows.
    const top = ctx.getImageData(0, 0, canvas.width, 60 * 1).data;
    let light = 0;
    for (let i = 0; i < top.length; i += 4) if (top[i]! > 200) light++;
    expect(light).to.be.greaterThan(200);
    // The screen canvas is back at its own resolution.
    expect(chart.currentDevicePixelRatio).to.equal(window.devicePixelRatio);
  });

  it('the image button creates an <a download> with a .png name', async () => {
    const el = await mount<MssChartElement>('mss-contingent-chart', { view: 'cumulative' });
    await drawn(el);
    const button = [...shadow(el).querySelectorAll('footer button')].find((b) => text(b) === 'Download image (PNG)') as HTMLButtonElement;
    button.click();
    await new Promise((r) => setTimeout(r, 500));
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('mss-contingent-chart-cumulative-2025-12-08.png');
  });

  it('no-download removes both buttons, keeps "Show data"', async () => {
    const el = await mount('mss-contingent-chart', { 'no-download': '' });
    const buttons = [...shadow(el).querySelectorAll('footer button')].map((b) => text(b));
    expect(buttons).to.deep.equal(['Show data']);
    el.removeAttribute('no-download');
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('footer button')).to.have.length(3);
  });
});
