// Runs in the page before any of its scripts (injected with addInitScript), identically for A, B and C.
// It records long tasks and layout shifts, and finds the first frame in which a chart is visible: the
// first requestAnimationFrame in which, inside the viewport (in the document or in any open shadow root),
// a canvas that has been drawn on has a pixel that is not fully transparent, or an SVG chart of at least 100 × 50 px has drawn
// marks (bars, lines, points). The first frame with a drawn canvas is recorded apart (`firstCanvas`):
// for mss-charts that is when Chart.js has taken over from the SVG first paint.

/** Stringified into the page: must not use anything outside its own body. */
export function probe() {
  const state = {
    longTasks: [],
    shifts: [],
    /** rAF timestamp of each frame in which another in-viewport canvas first had pixels. */
    drawn: [],
    firstChart: null,
    /** First frame in which an in-viewport canvas had pixels (an SVG first paint does not count here). */
    firstCanvas: null,
    /**
     * First frame in which a chart's figures can be read: a drawn canvas, or (for charts that render an
     * accessible data table before their canvas) a table row inside a component's shadow root.
     */
    firstFigures: null,
    stop: false,
  };
  window.__bench = state;

  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
    } catch {
      state[`${type}Unsupported`] = true;
    }
  };
  observe('longtask', (e) => state.longTasks.push({ start: e.startTime, duration: e.duration }));
  const describe = (node) =>
    node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}` : '?';
  observe('layout-shift', (e) =>
    state.shifts.push({
      start: e.startTime,
      value: e.value,
      input: e.hadRecentInput,
      // What moved, and by how much: which element pushed the article about.
      sources: (e.sources ?? []).slice(0, 3).map((s) => `${describe(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`),
    }),
  );

  // Pixels are read from a copy (drawImage), never from the chart's own canvas: calling getContext() on a
  // canvas that a library has not drawn on yet would create its context with our settings.
  const scratch = document.createElement('canvas');
  const scratchContext = scratch.getContext('2d', { willReadFrequently: true });
  const done = new WeakSet();

  // Shadow roots are recorded as they are made, so finding canvases costs one querySelectorAll per root
  // rather than a walk over every node of the page at each frame (which showed up in the profiles).
  const roots = [document];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    known.add(root);
    roots.push(root);
    return root;
  };
  // Declarative shadow roots (server-rendered markup) are made by the parser, not by attachShadow: they
  // are picked up from the document's elements at each frame (a live collection, cheap to walk).
  const known = new Set(roots);
  const elements = document.getElementsByTagName('*');
  const findDeclarativeRoots = () => {
    for (const element of elements) {
      if (element.shadowRoot && !known.has(element.shadowRoot)) {
        known.add(element.shadowRoot);
        roots.push(element.shadowRoot);
      }
    }
  };
  const allCanvases = () => roots.flatMap((root) => [...root.querySelectorAll('canvas')]);
  const inViewport = (canvas) => {
    const r = canvas.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
  };
  const hasPixels = (canvas) => {
    const { width, height } = canvas;
    if (width === 0 || height === 0) return false;
    if (scratch.width !== width || scratch.height !== height) {
      scratch.width = width;
      scratch.height = height;
    } else {
      scratchContext.clearRect(0, 0, width, height);
    }
    scratchContext.drawImage(canvas, 0, 0);
    const pixels = scratchContext.getImageData(0, 0, width, height).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  };

  /** An SVG chart: big enough to be a chart, with at least three drawn marks. */
  const svgDrawn = (svg) => {
    const r = svg.getBoundingClientRect();
    if (r.width < 100 || r.height < 50 || !inViewport(svg)) return false;
    return svg.querySelectorAll('rect, path, circle, line, polyline, polygon').length >= 3;
  };
  const allSvgs = () => roots.flatMap((root) => [...root.querySelectorAll('svg')]);

  // Which canvases have been drawn on, known from the 2D context's drawing calls (marked as they are made)
  // rather than by reading every canvas's pixels at every frame: a canvas that waits blank for its chart
  // (mss-charts puts it in place before Chart.js arrives) cost a full read and scan per frame, which
  // slowed that page, and not the others, by the probe's own work.
  const painted = new WeakSet();
  const context = CanvasRenderingContext2D.prototype;
  for (const method of ['fill', 'fillRect', 'stroke', 'strokeRect', 'fillText', 'strokeText', 'drawImage', 'putImageData']) {
    const original = context[method];
    context[method] = function (...args) {
      painted.add(this.canvas);
      return original.apply(this, args);
    };
  }

  const frame = (time) => {
    if (state.stop) return;
    findDeclarativeRoots();
    if (state.firstFigures === null && roots.some((root) => root !== document && root.querySelector('tbody tr'))) {
      state.firstFigures = time;
    }
    for (const canvas of allCanvases()) {
      // The pixels are read once the canvas has been drawn on: a chart that drew only transparent marks
      // has not drawn yet.
      if (done.has(canvas) || !painted.has(canvas) || !inViewport(canvas) || !hasPixels(canvas)) continue;
      done.add(canvas);
      state.drawn.push(time);
      state.firstChart ??= time;
      state.firstCanvas ??= time;
      state.firstFigures ??= time;
    }
    if (state.firstChart === null && allSvgs().some(svgDrawn)) {
      state.firstChart = time;
      state.firstFigures ??= time;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  /** Called once the page has settled: every canvas on the page, drawn or not, and how many are visible. */
  state.census = () => {
    const canvases = allCanvases();
    return {
      canvases: canvases.length,
      drawn: canvases.filter(hasPixels).length,
      inViewport: canvases.filter(inViewport).length,
      drawnInViewport: canvases.filter((c) => inViewport(c) && hasPixels(c)).length,
    };
  };
}
