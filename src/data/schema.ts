/**
 * The dataset's shape, written once as Valibot schemas. The TypeScript types are inferred from these
 * schemas (see `types.ts`), the runtime validator of untrusted data uses them, and the build writes them
 * out as JSON Schema — so the types, the validator and the published schema cannot disagree.
 *
 * No DOM here: this module runs in Node as well as in the browser.
 */
import * as v from 'valibot';

/** An ISO 8601 calendar date with the precision that was reported: `2024`, `2024-06` or `2024-06-25`. */
export const DateSchema = v.pipe(
  v.string('expected a date string'),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** ISO 3166-1 alpha-2 country code, upper case (`KE`, `JM`). */
export const CountryCodeSchema = v.pipe(
  v.string('expected a country code'),
  v.regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "KE"'),
);

/** Key of an entry in the dataset's `sources`. */
export const SourceIdSchema = v.pipe(
  v.string('expected a source id'),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a source id of lower-case letters, digits and dashes'),
);

const SourceRefsSchema = v.pipe(
  v.array(SourceIdSchema, 'expected a list of source ids'),
  v.minLength(1, 'expected at least one source'),
);

/**
 * Text shown to readers: either plain (English) text, or a map from language code to text with at
 * least an English version.
 */
export const TextSchema = v.union(
  [
    v.pipe(v.string(), v.maxLength(2000, 'expected at most 2,000 characters')),
    v.looseObject({ en: v.pipe(v.string(), v.maxLength(2000, 'expected at most 2,000 characters')) }),
  ],
  'expected a text, or an object of texts by language with at least "en"',
);

/** How confident the dataset is in a source: H primary or wire, M reliable copy, L aggregator. */
export const ConfidenceSchema = v.picklist(['H', 'M', 'L'], 'expected a confidence of "H", "M" or "L"');

export const SourceSchema = v.object({
  /** Who published it ("Reuters", "IOM"). */
  publisher: v.pipe(v.string('expected a publisher name'), v.minLength(1), v.maxLength(200)),
  /** The headline or document title. */
  title: v.pipe(v.string('expected a title'), v.minLength(1), v.maxLength(400)),
  /** Where to read it. Only http(s) addresses are ever rendered as links. */
  url: v.optional(v.pipe(v.string('expected a URL'), v.maxLength(2000))),
  /** When it was published, as precisely as known. */
  published: v.optional(DateSchema),
  /** The sentence the figure is taken from. */
  quote: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  confidence: v.optional(ConfidenceSchema),
  /** Set when the source copies another outlet's report (e.g. "AFP"). */
  via: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const Count = v.pipe(
  v.number('expected a number'),
  v.finite('expected a finite number'),
  v.minValue(0, 'expected a number ≥ 0'),
);

/** A figure reported as an exact count. */
export const ExactFigureSchema = v.object({
  kind: v.literal('exact'),
  value: Count,
  sources: SourceRefsSchema,
  note: v.optional(TextSchema),
});

/** The words a source used to say a figure is not exact. */
export const QualifierSchema = v.picklist(
  ['about', 'nearly', 'at-least', 'more-than', 'below'],
  'expected a qualifier: "about", "nearly", "at-least", "more-than" or "below"',
);

/** A figure reported with a qualifier ("nearly 1.3 million", "at least 3,661"). */
export const ApproximateFigureSchema = v.object({
  kind: v.literal('approximate'),
  value: Count,
  qualifier: QualifierSchema,
  sources: SourceRefsSchema,
  note: v.optional(TextSchema),
});

/** One report of a figure: exact or approximate, with its own sources. */
export const ReportSchema = v.variant(
  'kind',
  [ExactFigureSchema, ApproximateFigureSchema],
  'expected a report with kind "exact" or "approximate"',
);

/** Sources disagree: every reported value is kept with its own sources; none is picked silently. */
export const DisputedFigureSchema = v.object({
  kind: v.literal('disputed'),
  reports: v.pipe(v.array(ReportSchema), v.minLength(2, 'expected at least two reports for a disputed figure')),
  note: v.optional(TextSchema),
});

/**
 * A reported figure. It is a union on purpose: code must decide what to do with an approximate or a
 * disputed value before it can read a number (see `figure.ts`).
 */
export const FigureSchema = v.variant(
  'kind',
  [ExactFigureSchema, ApproximateFigureSchema, DisputedFigureSchema],
  'expected a figure with kind "exact", "approximate" or "disputed"',
);

/** A pledge whose size was never made public. It is not zero. */
export const UndisclosedFigureSchema = v.object({
  kind: v.literal('undisclosed'),
  sources: SourceRefsSchema,
  note: v.optional(TextSchema),
});

export const PledgeAmountSchema = v.variant(
  'kind',
  [ExactFigureSchema, ApproximateFigureSchema, DisputedFigureSchema, UndisclosedFigureSchema],
  'expected a figure with kind "exact", "approximate", "disputed" or "undisclosed"',
);

export const ServiceSchema = v.picklist(['police', 'military', 'mixed'], 'expected "police", "military" or "mixed"');

/** One contingent's arrival in Haiti. */
export const DeploymentSchema = v.object({
  id: v.pipe(v.string('expected an id'), v.minLength(1), v.maxLength(100)),
  /** Arrival date in Haiti. */
  date: DateSchema,
  /** Date the contingent left, when it served a limited tour (e.g. a maritime team). */
  until: v.optional(DateSchema),
  country: CountryCodeSchema,
  personnel: FigureSchema,
  service: ServiceSchema,
  /** Split of a mixed contingent. */
  breakdown: v.optional(v.object({ police: v.optional(Count), military: v.optional(Count) })),
  /** "First contingent", "advance team". */
  label: TextSchema,
  note: v.optional(TextSchema),
});

/** A country's pledge of personnel. */
export const PledgeSchema = v.object({
  country: CountryCodeSchema,
  personnel: PledgeAmountSchema,
  date: DateSchema,
  note: v.optional(TextSchema),
});

/** Reference levels: the planned strength, the total pledged, an authorised ceiling. */
export const ReferenceSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  kind: v.picklist(['planned-strength', 'pledged-total', 'authorised-ceiling'], 'expected a reference kind'),
  date: DateSchema,
  value: FigureSchema,
  label: TextSchema,
  note: v.optional(TextSchema),
});

/** A head-count of the force at one date, whole or by country. */
export const StrengthSnapshotSchema = v.object({
  date: DateSchema,
  /** The date itself is approximate ("around June 2025"). */
  dateApproximate: v.optional(v.boolean()),
  total: v.optional(FigureSchema),
  /** Per-country figures; a group of countries may be reported together ("Bahamas and Belize: 8"). */
  breakdown: v.optional(
    v.array(
      v.object({
        countries: v.pipe(v.array(CountryCodeSchema), v.minLength(1)),
        personnel: FigureSchema,
      }),
    ),
  ),
  note: v.optional(TextSchema),
  sources: SourceRefsSchema,
});

/** People internally displaced in Haiti at a date (IOM Displacement Tracking Matrix and UN). */
export const DisplacementSchema = v.object({
  date: DateSchema,
  idps: FigureSchema,
  /** Survey round or release ("Round 7"). */
  label: v.optional(TextSchema),
  /** When the figure was published, if later than the date it describes. */
  published: v.optional(DateSchema),
  note: v.optional(TextSchema),
});

/** What a casualty count counts. Figures of different metrics are never added or compared as one. */
export const CasualtyMetricSchema = v.picklist(
  ['killed', 'killed-or-injured', 'homicides'],
  'expected a metric: "killed", "killed-or-injured" or "homicides"',
);

export const PeriodSchema = v.object({
  from: DateSchema,
  to: DateSchema,
  /** How the period is reported ("2024 Q1", "2023"). */
  grain: v.picklist(['quarter', 'year', 'span'], 'expected a period grain: "quarter", "year" or "span"'),
});

/** People killed (or killed or injured) in a period, per the UN. */
export const CasualtySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  period: PeriodSchema,
  metric: CasualtyMetricSchema,
  /** The count of the metric: people killed, or people killed or injured, or homicides. */
  count: FigureSchema,
  /** People injured in the same period, where the same report gives it separately. */
  injured: v.optional(FigureSchema),
  published: v.optional(DateSchema),
  note: v.optional(TextSchema),
});

/** Money for the UN trust fund that finances the mission, in US dollars. */
export const FundingSchema = v.object({
  date: DateSchema,
  dateApproximate: v.optional(v.boolean()),
  kind: v.picklist(['deposited', 'pledged', 'received', 'frozen'], 'expected a funding kind'),
  amountUsd: FigureSchema,
  /** Contributions by country, in US dollars. */
  byCountry: v.optional(v.array(v.object({ country: CountryCodeSchema, amountUsd: Count }))),
  note: v.optional(TextSchema),
});

export const MilestoneSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  date: DateSchema,
  event: TextSchema,
  /** A short label for a time axis ("First contingent"). */
  short: v.optional(TextSchema),
  sources: SourceRefsSchema,
});

/** A claim of the seed article, checked against other sources. */
export const SeedClaimSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** What the article says. */
  claim: TextSchema,
  verdict: v.picklist(['confirmed', 'disputed', 'outdated', 'unverified'], 'expected a verdict'),
  /** What the other sources say. */
  finding: TextSchema,
  /** Records of this dataset the claim is about (`deployments:ke-1`, `displacement:2024-06`). */
  about: v.optional(v.array(v.string())),
  sources: SourceRefsSchema,
});

export const MetaSchema = v.object({
  title: TextSchema,
  /** The newest date any figure describes. */
  asOf: DateSchema,
  /** Version of the data, so a hosted copy can say which one it is. */
  version: v.optional(v.string()),
  license: v.optional(v.string()),
  /** The source id of the article the project started from. */
  seedArticle: v.optional(SourceIdSchema),
});

/**
 * A whole or partial dataset. Every section is optional so that a newsroom can host only the part one
 * chart needs (displacement figures, say); `sources` must hold every source the sections reference.
 */
export const DatasetSchema = v.pipe(
  v.object({
    meta: v.optional(MetaSchema),
    sources: v.record(SourceIdSchema, SourceSchema, 'expected "sources" to be an object of sources by id'),
    deployments: v.optional(v.array(DeploymentSchema)),
    pledges: v.optional(v.array(PledgeSchema)),
    references: v.optional(v.array(ReferenceSchema)),
    strength: v.optional(v.array(StrengthSnapshotSchema)),
    displacement: v.optional(v.array(DisplacementSchema)),
    casualties: v.optional(v.array(CasualtySchema)),
    funding: v.optional(v.array(FundingSchema)),
    milestones: v.optional(v.array(MilestoneSchema)),
    seedClaims: v.optional(v.array(SeedClaimSchema)),
  }),
);
