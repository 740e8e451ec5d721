import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/pledges-chart/pledges-chart.js';
import type { MssPledgesChart } from '../../src/elements/pledges-chart/pledges-chart.component.js';
import { MAP_DATASETS } from '../../src/charts/pledges-map.js';
import { pledgedVsDeployed } from '../../src/data/selectors.js';
import { countryName } from '../../src/i18n/format.js';
import { mss20251208 as frozenData } from '../fixtures/data/mss-2025-12-08.js';
import { drawn, paintedPixels, shadow } from '../fixtures/chart.js';

const rows = pledgedVsDeployed(frozenData);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<mss-pledges-chart view="map">', () => {
  it('draws a choropleth with one shape per table row, in the table order', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart view="map" .data=${frozenData} style="width: 800px"></mss-pledges-chart>`);
    const chart = await drawn(el);
    expect((chart.config as { type?: string }).type).to.equal('choropleth');
    expect(chart.getDatasetMeta(MAP_DATASETS.rows).data.length).to.equal(rows.length);
    const canvas = shadow(el).querySelector('canvas')!;
    expect(paintedPixels(canvas)).to.be.greaterThan(20000);
    const header = [...shadow(el).querySelectorAll('tbody th[scope="row"]')].map((th) => text(th));
    expect(header).to.deep.equal(rows.map((r) => countryName(r.country, 'en')));
    // Antigua and Barbuda and Barbados are missing from the 1:110m topology: they are still in the table, and drawn as a disc.
    expect(header).to.include('Antigua & Barbuda').and.to.include('Barbados');
    const barbados = chart.getDatasetMeta(MAP_DATASETS.rows).data[rows.findIndex((r) => r.country === 'BB')]!;
    const { x, y } = barbados.getProps(['x', 'y'], true) as { x: number; y: number };
    const ratio = canvas.width / chart.width;
    expect(paintedPixels(canvas, { x: Math.round(x * ratio) - 2, y: Math.round(y * ratio) - 2, width: 4, height: 4 })).to.equal(16);
  });

  it('reads the countries with the keyboard in the order of the table, through the live region', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart view="map" .data=${frozenData} style="width: 800px"></mss-pledges-chart>`);
    await drawn(el);
    shadow(el).querySelector('canvas')!.focus();
    const heard: string[] = [];
    for (let i = 0; i < rows.length; i += 1) {
      await sendKeys({ press: 'ArrowRight' });
      heard.push(text(shadow(el).querySelector('[aria-live="polite"]')));
    }
    expect(heard.map((h) => h.split(':')[0])).to.deep.equal(rows.map((r) => countryName(r.country, 'en')));
    expect(heard[0]).to.match(/\(1 of 11\)$/);
  });

  it('shows a static map before the engine draws, and says the legend with Haiti as the destination', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart view="map" lang="fr" .data=${frozenData} style="width: 360px"></mss-pledges-chart>`);
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="legend"]'))).to.contain('Haïti : où la force est déployée');
    await drawn(el);
    // A phone gets the regions involved as insets, square rather than a strip of the whole world.
    const plot = shadow(el).querySelector('.plot') as HTMLElement;
    expect(plot.clientHeight).to.be.closeTo(plot.clientWidth, 2);
  });

  it('is accessible', async () => {
    const el = await fixture<MssPledgesChart>(html`<mss-pledges-chart view="map" .data=${frozenData}></mss-pledges-chart>`);
    await drawn(el);
    await expect(el).to.be.accessible();
  });
});
