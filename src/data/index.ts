/**
 * The data entry point: types, schemas, figure helpers, selectors, validation and the default dataset.
 * No DOM: it runs in Node as well as in the browser, so a server or a build can use it without the
 * elements.
 */
export type * from './types.js';
export * from './schema.js';
export * from './figure.js';
export * from './selectors.js';
export * from './validate.js';
export { mssDataset } from './mss-dataset.js';
