// An element's first render is split into tasks, so that no part of an article's start is one long task
// (Lighthouse's total blocking time, see README "Performance"): the page's first Intl.NumberFormat (30–45 ms
// in Chromium) in a task of its own, then the spec, then the render. Asserted by mechanism: the yields to
// the main thread made between the steps, never their times.
import { expect } from '@open-wc/testing';

/** What happened, in order: Intl.NumberFormat created, spec built, render run; with the yields so far. */
const log: { step: 'intl' | 'spec' | 'render' | 'frame'; yields: number }[] = [];
let yields = 0;

// Counted before any of the library's code is imported (below, dynamically): yieldToMain uses
// scheduler.yield() where the browser has it, else a message to itself.
const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
if (scheduler?.yield) {
  const original = scheduler.yield.bind(scheduler);
  scheduler.yield = () => {
    yields += 1;
    return original();
  };
}
const postMessage = MessagePort.prototype.postMessage;
MessagePort.prototype.postMessage = function (this: MessagePort, ...args: Parameters<MessagePort['postMessage']>) {
  yields += 1;
  return postMessage.apply(this, args);
} as MessagePort['postMessage'];
const NumberFormat = Intl.NumberFormat;
Intl.NumberFormat = new Proxy(NumberFormat, {
  construct(target, args: ConstructorParameters<typeof Intl.NumberFormat>) {
    log.push({ step: 'intl', yields });
    return Reflect.construct(target, args) as Intl.NumberFormat;
  },
});

// Frame callbacks are where every element's style reads are batched (style-reads.ts).
const requestFrame = window.requestAnimationFrame;
window.requestAnimationFrame = (callback) =>
  requestFrame((time) => {
    log.push({ step: 'frame', yields });
    callback(time);
  });

type KeyFigures = HTMLElement & { figures?: string | null; updateComplete: Promise<boolean> };

async function keyFiguresClass(): Promise<{ prototype: object }> {
  const { MssKeyFigures } = await import('../../src/elements/key-figures/key-figures.js');
  return MssKeyFigures as unknown as { prototype: object };
}

/** Wraps a method of a prototype so that each call is logged (and `after` runs after the first). */
function watch(proto: object, name: 'buildSpec' | 'render', step: 'spec' | 'render', after?: (el: KeyFigures) => void): () => void {
  const target = proto as Record<string, (...args: unknown[]) => unknown>;
  const original = target[name]!;
  let calls = 0;
  target[name] = function (this: KeyFigures, ...args: unknown[]) {
    log.push({ step, yields });
    const result = original.apply(this, args);
    if (calls++ === 0) after?.(this);
    return result;
  };
  return () => {
    target[name] = original;
  };
}

describe('an element’s first render, in tasks', () => {
  after(() => {
    Intl.NumberFormat = NumberFormat;
    window.requestAnimationFrame = requestFrame;
    MessagePort.prototype.postMessage = postMessage;
  });

  it('creates the page’s first Intl.NumberFormat, builds the spec and renders in three tasks, the spec once', async () => {
    const proto = (await keyFiguresClass()).prototype;
    const unwatch = [watch(proto, 'buildSpec', 'spec'), watch(proto, 'render', 'render')];
    const el = document.createElement('mss-key-figures') as KeyFigures;
    document.body.append(el);
    await el.updateComplete;
    unwatch.forEach((undo) => undo());
    el.remove();

    const first = (step: string) => log.findIndex((entry) => entry.step === step);
    const [intl, spec, render] = [first('intl'), first('spec'), first('render')];
    expect(intl, 'an Intl.NumberFormat was created').to.be.greaterThan(-1);
    // The first one was created before any spec, and the spec waited for a yield after it.
    expect(intl).to.be.lessThan(spec);
    expect(log[spec]!.yields).to.be.greaterThan(log[intl]!.yields);
    // The render came after one more yield, and the spec built ahead was not built again for it.
    expect(render).to.be.greaterThan(spec);
    expect(log[render]!.yields).to.be.greaterThan(log[spec]!.yields);
    expect(log.slice(0, render).filter((entry) => entry.step === 'spec')).to.have.length(1);
  });

  it('a property changed between the spec built ahead and the render is not lost', async () => {
    const proto = (await keyFiguresClass()).prototype;
    // Right after the first spec is built (before its render), the page asks for other cards.
    const undo = watch(proto, 'buildSpec', 'spec', (el) => {
      queueMicrotask(() => {
        el.figures = 'displaced';
      });
    });
    const el = document.createElement('mss-key-figures') as KeyFigures;
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    undo();
    const cards = [...el.shadowRoot!.querySelectorAll('[data-figure]')].map((card) => card.getAttribute('data-figure'));
    el.remove();
    expect(cards).to.deep.equal(['displaced']);
  });

  it('a chart’s theme is read in the frame with the other elements’ reads, and its new spec built in a task of its own', async () => {
    const { MssContingentChart } = await import('../../src/elements/contingent-chart/contingent-chart.js');
    const from = log.length;
    const undo = watch(MssContingentChart.prototype, 'buildSpec', 'spec');
    const el = document.createElement('mss-contingent-chart') as HTMLElement & { chartReady(): Promise<void> };
    document.body.append(el);
    await el.chartReady();
    undo();
    el.remove();
    const entries = log.slice(from);
    const specs = entries.flatMap((entry, i) => (entry.step === 'spec' ? [i] : []));
    // The placeholder theme of the first render, then the one read from the page: two specs at least.
    expect(specs.length).to.be.greaterThan(1);
    for (const i of specs) {
      const frame = entries.slice(0, i).reverse().find((entry) => entry.step === 'frame');
      if (frame) expect(entries[i]!.yields, 'a yield between the frame’s reads and the spec').to.be.greaterThan(frame.yields);
    }
  });
});
