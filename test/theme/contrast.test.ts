import { expect } from '@open-wc/testing';
import type { ChartConfiguration } from 'chart.js';
import { contrastRatio, parseColor } from '../../src/engine/color.js';
import { opaque, patternKinds } from '../../src/elements/base/forced-colors.js';
import type { MssChartElement } from '../../src/elements/base/mss-chart-element.js';
import { CHART_VARIANTS, VARIANTS, computedColor, describeVariant, drawn, emulateForcedColors, mount, shadow } from '../a11y/helpers.js';

/** The colour a probe of the element resolves to (see engine/theme.ts). */
function probe(el: HTMLElement, token: string): string {
  const span = shadow(el).querySelector(`.probes .p-${token}`);
  if (!span) throw new Error(`no probe ${token}`);
  return getComputedStyle(span).color;
}

const SERIES = ['accent', 's1', 's2', 's3', 's4', 's5', 's6'];
const TEXT = ['text', 'muted'];

/** Contrast ratios measured, printed once so the report can quote them. */
const measured: string[] = [];
after(() => console.log(`contrast against the background:\n${measured.join('\n')}`));

describe('palette contrast', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every series ≥ 3:1 and text and muted text ≥ 4.5:1 against the background`, async () => {
      const el = await mount('mss-contingent-chart', { theme });
      const background = probe(el, 'background');
      expect(parseColor(background)?.alpha).to.equal(1);
      const ratios: string[] = [];
      for (const token of SERIES) {
        const ratio = contrastRatio(probe(el, token), background);
        ratios.push(`${token} ${ratio.toFixed(2)}`);
        expect(ratio, `${theme} ${token} ${probe(el, token)} on ${background}`).to.be.at.least(3);
      }
      for (const token of [...TEXT, 'focus']) {
        const ratio = contrastRatio(probe(el, token), background);
        ratios.push(`${token} ${ratio.toFixed(2)}`);
        expect(ratio, `${theme} ${token} ${probe(el, token)} on ${background}`).to.be.at.least(4.5);
      }
      measured.push(`  ${theme} (${background}): ${ratios.join(', ')}`);
    });

    it(`${theme}: the tooltip's text ≥ 4.5:1 on the tooltip`, async () => {
      const el = await mount<MssChartElement>('mss-contingent-chart', { theme });
      const chart = await drawn(el);
      const tooltip = chart.options.plugins?.tooltip as { backgroundColor: string; bodyColor: string; titleColor: string };
      const bg = computedColor(tooltip.backgroundColor);
      expect(contrastRatio(computedColor(tooltip.bodyColor), bg)).to.be.at.least(4.5);
      expect(contrastRatio(computedColor(tooltip.titleColor), bg)).to.be.at.least(4.5);
    });
  }

  for (const variant of VARIANTS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${describeVariant(variant)} ${theme}: summary, notes and footer text ≥ 4.5:1`, async () => {
        const el = await mount(variant.tag, { ...variant.attrs, theme });
        const background = getComputedStyle(el).backgroundColor;
        for (const selector of ['[part="title"]', '[part="summary"]', '[part="notes"] li', '[part="more-notes"] summary', 'footer', 'caption']) {
          const node = shadow(el).querySelector(selector);
          if (!node) continue;
          const ratio = contrastRatio(getComputedStyle(node).color, background);
          expect(ratio, `${selector} on ${background}`).to.be.at.least(4.5);
        }
      });
    }
  }
});

/**
 * Colour-vision deficiency: series colours simulated for protanopia, deuteranopia and tritanopia
 * (Machado, Oliveira and Fernandes 2009, severity 1) must stay apart (CIE76 ΔE ≥ 9).
 */
const CVD: Record<string, number[][]> = {
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

function lab(rgb: readonly number[], matrix: number[][]): number[] {
  const lin = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r, g, b] = matrix.map((row) => Math.min(1, Math.max(0, (row[0] ?? 0) * (lin[0] ?? 0) + (row[1] ?? 0) * (lin[1] ?? 0) + (row[2] ?? 0) * (lin[2] ?? 0)))) as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

describe('colour-blind safety', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: Kenya and the five other series stay apart for protanopes, deuteranopes and tritanopes`, async () => {
      const el = await mount('mss-contingent-chart', { theme });
      const colors = ['accent', 's1', 's2', 's3', 's4', 's5'].map((t) => parseColor(probe(el, t))!.rgb);
      for (const [name, matrix] of Object.entries(CVD)) {
        for (let i = 0; i < colors.length; i++) {
          for (let j = i + 1; j < colors.length; j++) {
            const a = lab(colors[i]!, matrix);
            const b = lab(colors[j]!, matrix);
            const delta = Math.hypot(...a.map((v, k) => v - (b[k] ?? 0)));
            expect(delta, `${theme} ${name}: series ${i} vs ${j}`).to.be.at.least(9);
          }
        }
      }
    });
  }
});

describe('series are told apart by more than colour', () => {
  for (const variant of CHART_VARIANTS) {
    it(`${describeVariant(variant)}: named in a legend or on an axis; hatching is explained`, async () => {
      const el = await mount<MssChartElement>(variant.tag, variant.attrs ?? {});
      const spec = (el as unknown as { spec: { legend: { label: string; hatched?: boolean }[]; config: ChartConfiguration } }).spec;
      const labels = spec.legend.map((l) => l.label.trim());
      expect(labels.every(Boolean), 'every legend item has words').to.equal(true);
      expect(new Set(labels).size, 'legend words are unique').to.equal(labels.length);
      const datasets = spec.config.data.datasets as { backgroundColor?: unknown }[];
      const solidColors = new Set(datasets.map((d) => d.backgroundColor).filter((c): c is string => typeof c === 'string' && parseColor(c)?.alpha !== 0));
      const named = spec.legend.filter((l) => !l.hatched).length + (spec.config.data.labels?.length ? 1 : 0);
      expect(named, 'a name for each plain colour').to.be.at.least(solidColors.size > 1 ? solidColors.size : 0);
      const patterned = datasets.some((d) => typeof d.backgroundColor === 'object' && !Array.isArray(d.backgroundColor) && d.backgroundColor !== null);
      if (patterned) expect(spec.legend.some((l) => l.hatched), 'the legend says what hatching means').to.equal(true);
    });
  }
});

describe('forced colours (Windows High Contrast)', () => {
  afterEach(() => emulateForcedColors('none'));

  it('draws the chart in system colours, with a distinct pattern per filled series', async () => {
    await emulateForcedColors('active');
    const el = await mount<MssChartElement>('mss-contingent-chart', { theme: 'dark' });
    const chart = await drawn(el);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const canvasBg = computedColor('Canvas');
    const highlight = opaque(computedColor('Highlight'), canvasBg);
    const canvasText = computedColor('CanvasText');
    const spec = (el as unknown as { spec: { legend: { label: string; color: string }[]; config: ChartConfiguration } }).spec;
    expect(spec.legend[0]?.label).to.equal('Kenya');
    expect(spec.legend[0]?.color).to.equal(highlight);
    const ticks = (chart.options.scales?.['y'] as { ticks: { color: string } }).ticks;
    expect(ticks.color).to.equal(canvasText);
    // Patterns: one kind per filled series, so six countries are six different fills.
    const kinds = [...patternKinds(spec.config).byIndex.values()];
    expect(kinds.length).to.equal(6);
    expect(new Set(kinds).size).to.equal(6);
    const drawnFills = chart.data.datasets.slice(0, 6).map((d) => d.backgroundColor);
    expect(drawnFills.every((f) => f instanceof CanvasPattern)).to.equal(true);
    // The chart's own pixels are in system colours: Kenya's second bar is Highlight.
    const bar = chart.getDatasetMeta(0).data[1]!.getProps(['x', 'y', 'base'], true) as { x: number; y: number; base: number };
    const ctx = chart.canvas.getContext('2d')!;
    const ratio = chart.currentDevicePixelRatio;
    const d = ctx.getImageData(Math.round(bar.x * ratio), Math.round(((bar.y + bar.base) / 2) * ratio), 1, 1).data;
    expect([d[0], d[1], d[2]]).to.deep.equal(parseColor(highlight)!.rgb.map(Math.round));
    // And the legend swatches show the same patterns.
    const swatches = [...shadow(el).querySelectorAll<HTMLElement>('.legend .swatch')];
    expect(swatches[1]!.style.backgroundImage).to.match(/^url\("data:image\/png/);
    expect(contrastRatio(canvasText, canvasBg)).to.be.at.least(4.5);
  });

  it('switches back to the page palette when forced colours end', async () => {
    await emulateForcedColors('active');
    const el = await mount<MssChartElement>('mss-contingent-chart', { theme: 'light' });
    await drawn(el);
    await emulateForcedColors('none');
    await new Promise((r) => setTimeout(r, 200));
    const spec = (el as unknown as { spec: { legend: { color: string }[] } }).spec;
    expect(spec.legend[0]?.color).to.equal('rgb(11, 92, 173)');
  });
});
