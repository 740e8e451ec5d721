/**
 * Which pre-rendered figures the build makes ahead of time (scripts/build-prerendered.mjs reads this literal) and
 * the CDN loader may insert (src/cdn.ts): per tag its views (the first is the default), the languages,
 * the layouts with the width each is rendered at (narrow under 480 px, as the elements switch), and the
 * colour schemes. Kept as plain JSON between the markers so a Node script can read it without compiling.
 */
export const PRERENDERED = /* json-start */ {
  "views": {
    "mss-contingent-chart": ["arrivals", "cumulative"],
    "mss-pledges-chart": ["default"],
    "mss-displacement-chart": ["default"],
    "mss-casualties-chart": ["quarterly", "yearly"],
    "mss-key-figures": ["default"],
    "mss-timeline": ["default"]
  },
  "langs": ["en", "fr", "ht", "es"],
  "layouts": { "wide": 680, "compact": 360 },
  "schemes": ["light", "dark"]
} /* json-end */ as const;
