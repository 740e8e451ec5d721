// Routes of the local test server used by the network tests: slow, failing and non-JSON answers.
// They are served by the test runner's own dev server, so the tests touch nothing but localhost.

/** @returns {import('@web/dev-server-core').Plugin[]} */
export function testServerPlugins() {
  return [
    {
      name: 'mss-test-routes',
      async serve(context) {
        const url = new URL(context.request.url, 'http://localhost');
        if (!url.pathname.startsWith('/__test__/')) return undefined;
        const route = url.pathname.slice('/__test__/'.length);
        const delay = Number(url.searchParams.get('delay') ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 30_000)));
        switch (route) {
          case 'not-found':
            context.status = 404;
            return { body: 'Not found', type: 'text/plain' };
          case 'not-json':
            return { body: '<!doctype html><title>Oops</title><p>Not JSON', type: 'text/html' };
          case 'echo': {
            const body = url.searchParams.get('body') ?? '{}';
            return { body, type: 'application/json' };
          }
          default:
            context.status = 404;
            return { body: `Unknown test route ${route}`, type: 'text/plain' };
        }
      },
    },
  ];
}
