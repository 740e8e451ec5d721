import { createRequire } from 'node:module';

/** This package's version (the stylesheet links of a render point to it): read by the package's own name, so it works from the sources and from `dist/`. */
export const VERSION: string = (createRequire(import.meta.url)('mss-charts/package.json') as { version: string }).version;
