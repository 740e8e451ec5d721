// Writes the default dataset and its JSON Schema to dist/, for newsrooms that host or check data
// without JavaScript:
//   dist/mss-dataset.json          the default dataset, validated first
//   dist/mss-dataset.schema.json   JSON Schema generated from the Valibot schemas
//
// Node 20 has no TypeScript loader, so src/data is bundled with esbuild to a temporary module and
// imported from there.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { toJsonSchema } from '@valibot/to-json-schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist');

async function loadDataModule() {
  const tempDir = await mkdtemp(join(tmpdir(), 'mss-data-'));
  const outfile = join(tempDir, 'data.mjs');
  try {
    await build({
      entryPoints: [join(root, 'src/data/index.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

const data = await loadDataModule();

const result = data.validateDataset(data.mssDataset);
if (!result.ok) {
  console.error('build-data: the default dataset is invalid:');
  for (const error of result.errors) console.error(`  ${error.path}: ${error.message}`);
  process.exit(1);
}

// Shared parts become definitions referenced by `$ref`, so the schema reads like the TypeScript types
// instead of repeating every figure shape in place.
const definitions = {
  Date: data.DateSchema,
  CountryCode: data.CountryCodeSchema,
  SourceId: data.SourceIdSchema,
  Text: data.TextSchema,
  Source: data.SourceSchema,
  ExactFigure: data.ExactFigureSchema,
  ApproximateFigure: data.ApproximateFigureSchema,
  DisputedFigure: data.DisputedFigureSchema,
  UndisclosedFigure: data.UndisclosedFigureSchema,
  Report: data.ReportSchema,
  Figure: data.FigureSchema,
  PledgeAmount: data.PledgeAmountSchema,
  Period: data.PeriodSchema,
};
const schema = {
  ...toJsonSchema(data.DatasetSchema, { errorMode: 'ignore', definitions }),
  title: 'MSS dataset',
  description:
    'Reported figures of the Multinational Security Support mission in Haiti, each with its sources (mss-charts).',
};
// The converter skips what JSON Schema cannot say (e.g. `finite`); make sure what it can say survived.
const text = JSON.stringify(schema);
for (const keyword of ['"pattern"', '"minimum"', '"minLength"', '"maxLength"', '"enum"', '"required"']) {
  if (!text.includes(keyword)) {
    console.error(`build-data: the JSON Schema lost every ${keyword}; check @valibot/to-json-schema.`);
    process.exit(1);
  }
}

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, 'mss-dataset.json'), `${JSON.stringify(result.data, null, 2)}\n`);
await writeFile(join(outDir, 'mss-dataset.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
console.log(
  `build-data: wrote dist/mss-dataset.json (${Object.keys(result.data.sources).length} sources) and dist/mss-dataset.schema.json`,
);
