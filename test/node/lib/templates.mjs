// The structure of a strings table's templates, for the tests that check that every language states every
// part English states: each template is called with markers for its parameters, and the markers it writes
// are the parts it states.
export const MARK = (name) => `⟦${name}⟧`;
/** A parameter whose every field is a marker (strings, and dates as `{ text, day }`): a template shows which it uses. */
const markers = () =>
  new Proxy(
    {},
    {
      get: (_t, name) => (typeof name === 'string' ? Object.assign(new String(MARK(name)), { text: MARK(name), day: true }) : undefined),
      has: () => true,
    },
  );

/** The markers each template of a table puts in its text, by template path. */
export function used(table) {
  const out = {};
  const visit = (value, path) => {
    if (typeof value === 'function') {
      let text;
      try {
        text = String(value.length <= 1 ? value(markers()) : value(...Array.from({ length: value.length }, (_, i) => MARK(`arg${i}`))));
      } catch {
        return;
      }
      out[path] = new Set(text.match(/⟦[^⟧]+⟧/g) ?? []);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k);
    }
  };
  visit(table, '');
  return out;
}

/** Template parts English uses that a language leaves out: `["fr titleEveryQuarter: ⟦threshold⟧"]`. */
export function dropped(tables) {
  const en = used(tables.en);
  const missing = [];
  for (const [locale, table] of Object.entries(tables)) {
    const mine = used(table);
    for (const [path, parts] of Object.entries(en)) for (const part of parts) if (!mine[path]?.has(part)) missing.push(`${locale} ${path}: ${part}`);
  }
  return missing;
}
