import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { digestForTemplateResult, hydrate } from '@lit-labs/ssr-client';
import { staticChart } from '../../src/static-chart/directive.js';

const markup = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="static-chart" viewBox="0 0 100 50" aria-hidden="true" focusable="false"><text x="1" y="20">${label}</text></svg>`;

const view = (svg: string) => html`<div class="plot">${staticChart(svg)}</div>`;

/** The template result `staticChart` renders for a string, as Lit SSR writes its digest. */
const inner = (svg: string) => ({ ['_$litType$']: 1, strings: Object.assign([svg], { raw: [svg] }), values: [] });

describe('staticChart directive', () => {
  it('renders the markup as SVG, and replaces it when the string changes', () => {
    const container = document.createElement('div');
    render(view(markup('one')), container);
    const first = container.querySelector('svg.static-chart');
    expect(first, 'an svg').to.exist;
    expect(first!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(first!.textContent).to.equal('one');
    render(view(markup('one')), container);
    expect(container.querySelector('svg.static-chart'), 'the same string keeps the same node').to.equal(first);
    render(view(markup('two')), container);
    const svgs = container.querySelectorAll('svg.static-chart');
    expect(svgs.length).to.equal(1);
    expect(svgs[0]!.textContent).to.equal('two');
    expect(svgs[0]).to.not.equal(first);
    render(view(''), container);
    expect(container.querySelector('svg')).to.equal(null);
  });

  it('keeps the server-rendered drawing while hydrating, then draws anew when the markup changes', () => {
    const server = markup('server');
    const container = document.createElement('div');
    // What Lit SSR writes for view(server): the template's part markers around the markup.
    container.innerHTML = `<!--lit-part ${digestForTemplateResult(view(server))}--><div class="plot"><!--lit-part ${digestForTemplateResult(inner(server) as never)}-->${server}<!--/lit-part--></div><!--/lit-part-->`;
    const drawn = container.querySelector('svg.static-chart');
    expect(drawn).to.exist;
    hydrate(view(server), container);
    expect(container.querySelector('svg.static-chart'), 'hydration keeps the node').to.equal(drawn);
    render(view(server), container);
    expect(container.querySelector('svg.static-chart'), 'the same markup keeps it').to.equal(drawn);
    render(view(markup('client')), container);
    const svgs = container.querySelectorAll('svg.static-chart');
    expect(svgs.length).to.equal(1);
    expect(svgs[0]!.textContent).to.equal('client');
    expect(drawn!.isConnected).to.equal(false);
  });

  it('throws in anything but a child binding', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div title=${staticChart(markup('x'))}></div>`, container)).to.throw(/child bindings/);
  });
});
