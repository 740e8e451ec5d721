/**
 * Lets the browser handle input and paint before going on. Not `setTimeout`: background tabs run timers at
 * most once a second, which made a tab of 30 charts take 30 s to render; `scheduler.yield()` where the
 * browser has it, else a message to ourselves.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

let intlWarm: Promise<void> | undefined;

/** The two halves of the first Intl cost, measured in Chromium: a locale's likely subtags, then number formats. */
const INTL_WARM_STEPS: readonly (() => void)[] = [
  () => void (typeof Intl.Locale === 'function' && new Intl.Locale('en').maximize()),
  () => void new Intl.NumberFormat().format(0),
];

/**
 * The first `Intl.NumberFormat` (or `DateTimeFormat`) a page creates costs 30–45 ms in Chromium, whatever
 * the locale (the engine's locale data is set up then; later ones cost well under a millisecond). Paid
 * inside an element's first spec it made that the page's longest task. Called at the start of a task, this
 * pays it once per page in two tasks of about half each (the locale data, then the number formats: see
 * INTL_WARM_STEPS) and yields, so the spec is built in the task after. The CDN loader pays it earlier
 * still, while the element code downloads (src/cdn.ts).
 */
export function warmIntl(): Promise<void> {
  intlWarm ??= INTL_WARM_STEPS.reduce<Promise<void>>((done, step) => done.then(step).then(yieldToMain), Promise.resolve());
  return intlWarm;
}

/**
 * Resolves after the next frame has been painted: a frame, then a task after it. `inFrame` runs in that
 * frame's callback, before its style and layout (a read there forces the layout the frame does anyway). A
 * hidden page paints no frames (a background tab), so there it runs and resolves at once rather than
 * waiting for the tab to be shown.
 */
export function afterNextPaint(inFrame?: () => void): Promise<void> {
  if (document.visibilityState === 'hidden') {
    inFrame?.();
    return Promise.resolve();
  }
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      inFrame?.();
      setTimeout(resolve, 0);
    }),
  );
}
