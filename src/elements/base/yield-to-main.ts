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
