// `npm start`: the demo gallery at /demo/, served from the repository root so demo pages import the
// TypeScript sources directly (compiled on the fly by esbuild) and edits show on reload.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { liveDemoFile } from './scripts/demo-live-file.mjs';

export default {
  rootDir: '.',
  open: '/demo/',
  watch: true,
  // `production` selects Lit's production build, as in the published bundles; the dev build's warnings
  // would differ from what users see.
  nodeResolve: { exportConditions: ['production'] },
  // The changing file of the gallery's live-figures cards.
  middleware: [liveDemoFile],
  plugins: [
    // Without the tsconfig, esbuild leaves Lit's decorators untransformed and the browser throws a
    // SyntaxError; without this plugin .ts files are served as video/mp2t.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
};
