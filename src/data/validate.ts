/**
 * Validation of untrusted datasets (a newsroom's JSON, a hosted copy). Returns every problem with the
 * path where it is, in words an editor can act on, and never throws.
 */
import * as v from 'valibot';
import { DatasetSchema } from './schema.js';
import type { MssDataset } from './types.js';

/** One problem in a dataset: where (`pledges[3].personnel`) and what. */
export interface ValidationError {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; data: MssDataset } | { ok: false; errors: ValidationError[] };

/**
 * Far more rows than any real section holds (the largest has a few dozen). Validation alone would take
 * 10,000 rows in a tenth of a second, but charting them (table, bars) stalled a page for seconds; at 2,000
 * a chart still draws in well under one.
 */
export const MAX_SECTION_ROWS = 2_000;
/** Values (objects, arrays, strings, numbers…) in the whole input. */
export const MAX_INPUT_VALUES = 1_000_000;

const SECTIONS = [
  'deployments',
  'pledges',
  'references',
  'strength',
  'displacement',
  'casualties',
  'funding',
  'milestones',
  'seedClaims',
] as const;

/**
 * Keys that, assigned on a plain object, can reach `Object.prototype`. Valibot already drops them, but a
 * dataset that contains one is malformed or hostile, so it is rejected rather than silently altered.
 */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const ROOT = '(dataset)';
/**
 * How deep the checks after the schema look. Every dated field and source list lies within it (the
 * deepest, `strength[0].breakdown[1].personnel.reports[0].sources`, is seven levels down).
 */
const MAX_CHECK_DEPTH = 8;
const PREVIEW_LENGTH = 40;

/**
 * Checks that `input` is a dataset: its shape against `DatasetSchema`, then that every source id it cites
 * exists in `sources` and that record ids are unique within their section.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    // Valibot takes an array for an object and would only report the missing "sources".
    if (Array.isArray(input)) {
      return { ok: false, errors: [{ path: ROOT, message: `expected an object, got ${preview(input)}` }] };
    }
    const guardErrors = checkSizeAndKeys(input);
    if (guardErrors.length > 0) return { ok: false, errors: guardErrors };

    const result = v.safeParse(DatasetSchema, input, { abortEarly: false, message: defaultMessage });
    if (!result.success) return { ok: false, errors: result.issues.map(toError) };

    const errors = [
      ...checkCalendarDates(result.output),
      ...checkSourceRefs(result.output),
      ...checkUniqueIds(result.output),
    ];
    return errors.length > 0 ? { ok: false, errors } : { ok: true, data: result.output };
  } catch (error) {
    // Should be unreachable; a validator that throws would take the page down with it.
    return { ok: false, errors: [{ path: ROOT, message: `could not be validated: ${String(error)}` }] };
  }
}

/**
 * Rejects oversized input before the schema walks it, and unsafe keys anywhere. Iterative and bounded, so
 * a deeply nested or enormous input costs at most `MAX_INPUT_VALUES` steps.
 */
function checkSizeAndKeys(input: unknown): ValidationError[] {
  if (input === null || typeof input !== 'object') return [];
  const record = input as Record<string, unknown>;
  const errors: ValidationError[] = [];
  for (const section of [...SECTIONS, 'sources'] as const) {
    if (!Object.prototype.hasOwnProperty.call(record, section)) continue;
    const value = record[section];
    const rows = Array.isArray(value)
      ? value.length
      : value !== null && typeof value === 'object'
        ? Object.keys(value).length
        : 0;
    if (rows > MAX_SECTION_ROWS) {
      errors.push({
        path: section,
        message: `expected at most ${formatCount(MAX_SECTION_ROWS)} rows, got ${formatCount(rows)}`,
      });
    }
  }
  if (errors.length > 0) return errors;

  const stack: { value: unknown; path: Path }[] = [{ value: input, path: undefined }];
  // JSON has no cycles or shared objects, but a JavaScript object may: each is walked once.
  const seen = new Set<object>();
  let count = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++count > MAX_INPUT_VALUES) {
      return [
        { path: ROOT, message: `expected at most ${formatCount(MAX_INPUT_VALUES)} values in all` },
      ];
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: { parent: path, key: i } });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (UNSAFE_KEYS.has(key)) {
        errors.push({ path: pathText({ parent: path, key }), message: `the key "${key}" is not allowed` });
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: { parent: path, key } });
    }
  }
  return errors;
}

type Issue = v.InferIssue<typeof DatasetSchema>;

function toError(issue: Issue): ValidationError {
  const keys = (issue.path ?? []).map((item) => item.key as unknown);
  const path = keysText(keys);
  const last = keys[keys.length - 1];
  // A missing required key: Valibot reports it on the object with the key's name as "expected".
  if (issue.type === 'object' && issue.input === undefined && typeof last === 'string') {
    return { path, message: `missing "${last}"` };
  }
  return { path, message: `${issue.message}, got ${preview(issue.input)}` };
}

/** Words for the checks whose schema carries no message of its own. */
function defaultMessage(issue: v.BaseIssue<unknown>): string {
  const unit = Array.isArray(issue.input) ? 'items' : 'characters';
  switch (issue.type) {
    case 'object':
    case 'loose_object':
      return 'expected an object';
    case 'array':
      return 'expected a list';
    case 'string':
      return 'expected a text';
    case 'number':
      return 'expected a number';
    case 'boolean':
      return 'expected true or false';
    case 'min_length':
      if (issue.requirement === 1) {
        return Array.isArray(issue.input) ? 'expected at least one item' : 'expected a non-empty text';
      }
      return `expected at least ${String(issue.requirement)} ${unit}`;
    case 'max_length':
      return `expected at most ${String(issue.requirement)} ${unit}`;
    case 'literal':
    case 'picklist':
      return `expected ${issue.expected ?? 'one of the allowed values'}`;
    default:
      return `expected ${issue.expected ?? 'a valid value'}`;
  }
}

function checkSourceRefs(data: MssDataset): ValidationError[] {
  const errors: ValidationError[] = [];
  const known = (id: string) => Object.prototype.hasOwnProperty.call(data.sources, id);
  const visit = (key: string, child: unknown, path: Path): boolean => {
    if (key !== 'sources' || !Array.isArray(child)) return false;
    child.forEach((id, i) => {
      if (typeof id === 'string' && !known(id)) errors.push({ path: pathText({ parent: path, key: i }), message: unknownSource(id) });
    });
    return true;
  };
  // The top-level `sources` is the registry itself, not a list of references.
  for (const section of SECTIONS) visitFields(data[section], { key: section }, 0, visit);
  const seed = data.meta?.seedArticle;
  if (seed !== undefined && !known(seed)) {
    errors.push({ path: 'meta.seedArticle', message: unknownSource(seed) });
  }
  return errors;
}

/** The fields that hold a `DateSchema` value. */
const DATE_KEYS = new Set(['date', 'until', 'from', 'to', 'published', 'asOf']);

/**
 * The date pattern lets `2025-02-30` through (a regular expression cannot know month lengths); the
 * selectors would then place it in March, so it is rejected here.
 */
function checkCalendarDates(data: MssDataset): ValidationError[] {
  const errors: ValidationError[] = [];
  const visit = (key: string, child: unknown, path: Path): boolean => {
    if (!DATE_KEYS.has(key) || typeof child !== 'string') return false;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(child);
    if (day && Number(day[3]) > new Date(Date.UTC(Number(day[1]), Number(day[2]), 0)).getUTCDate()) {
      errors.push({ path: pathText(path), message: `expected a day that exists, got ${JSON.stringify(child)}` });
    }
    return true;
  };
  const { sources, ...sections } = data;
  visitFields(sections, undefined, 0, visit);
  for (const [id, source] of Object.entries(sources)) visitFields(source, { parent: { key: 'sources' }, key: id }, 1, visit);
  return errors;
}

/**
 * Calls `visit` with each field (key, value and path) of the objects within `value`, to MAX_CHECK_DEPTH;
 * it goes on into the fields `visit` did not handle. Deeper than that lie only extra keys of a text, which
 * the schema passes through unchecked.
 */
function visitFields(value: unknown, path: Path, depth: number, visit: (key: string, child: unknown, path: Path) => boolean): void {
  if (value === null || typeof value !== 'object' || depth > MAX_CHECK_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => visitFields(item, { parent: path, key: i }, depth + 1, visit));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = { parent: path, key };
    if (!visit(key, child, childPath)) visitFields(child, childPath, depth + 1, visit);
  }
}

function checkUniqueIds(data: MssDataset): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const section of ['deployments', 'references', 'casualties', 'milestones', 'seedClaims'] as const) {
    const seen = new Set<string>();
    (data[section] ?? []).forEach((record: { id: string }, i: number) => {
      if (seen.has(record.id)) {
        const message = `duplicate id ${JSON.stringify(record.id)} in ${section}`;
        errors.push({ path: `${section}[${i}].id`, message });
      }
      seen.add(record.id);
    });
  }
  return errors;
}

function unknownSource(id: string): string {
  return `unknown source id ${JSON.stringify(id)}: not in "sources"`;
}

/** Error messages are in English, so counts use English digit grouping whatever the page's locale. */
function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * Where a value lies, as its parent's path and its key: written out (pathText) only when an error names
 * it, not for each of the values a large dataset holds.
 */
type Path = { parent?: Path; key: string | number } | undefined;

function pathText(path: Path): string {
  const keys: (string | number)[] = [];
  for (let at = path; at; at = at.parent) keys.unshift(at.key);
  return keysText(keys);
}

/** The keys from the dataset down to a value, written as one path (`ROOT` for none). */
function keysText(keys: readonly unknown[]): string {
  return keys.reduce<string>((text, key) => joinPath(text, key), '') || ROOT;
}

/** `a.b`, `a[3]`, or `a["odd key"]` for keys that are not identifiers. */
function joinPath(path: string, key: unknown): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  const name = String(key);
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return path ? `${path}.${name}` : name;
  return `${path}[${JSON.stringify(name)}]`;
}

/**
 * JSON of a value, cut to `PREVIEW_LENGTH` characters. Built piece by piece so that a huge value is not
 * serialised whole only to be cut.
 */
function preview(value: unknown): string {
  let out = '';
  const seen = new Set<object>();
  const write = (text: string): boolean => {
    out += text;
    return out.length <= PREVIEW_LENGTH;
  };
  const visit = (item: unknown): boolean => {
    if (item === undefined) return write('undefined');
    if (typeof item === 'bigint') return write(`${item}n`);
    if (typeof item === 'function' || typeof item === 'symbol') return write(String(typeof item));
    if (typeof item === 'number' && !Number.isFinite(item)) return write(String(item));
    if (item === null || typeof item !== 'object') return write(JSON.stringify(item));
    if (seen.has(item)) return write('[circular]');
    seen.add(item);
    if (Array.isArray(item)) {
      if (!write('[')) return false;
      for (let i = 0; i < item.length; i++) {
        if ((i > 0 && !write(',')) || !visit(item[i])) return false;
      }
      return write(']');
    }
    if (!write('{')) return false;
    let first = true;
    for (const key of Object.keys(item)) {
      if (!first && !write(',')) return false;
      if (!write(`${JSON.stringify(key)}:`) || !visit((item as Record<string, unknown>)[key])) return false;
      first = false;
    }
    return write('}');
  };
  visit(value);
  return out.length <= PREVIEW_LENGTH ? out : `${out.slice(0, PREVIEW_LENGTH - 1)}…`;
}
