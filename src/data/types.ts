/** Types of the dataset, inferred from the schemas so that they always match the runtime validator. */
import type * as v from 'valibot';
import type {
  ApproximateFigureSchema,
  CasualtyMetricSchema,
  CasualtySchema,
  ConfidenceSchema,
  DatasetSchema,
  DeploymentSchema,
  DisplacementSchema,
  DisputedFigureSchema,
  ExactFigureSchema,
  FigureSchema,
  FundingSchema,
  MetaSchema,
  MilestoneSchema,
  PeriodSchema,
  PledgeAmountSchema,
  PledgeSchema,
  QualifierSchema,
  ReferenceSchema,
  ReportSchema,
  SeedClaimSchema,
  ServiceSchema,
  SourceSchema,
  StrengthSnapshotSchema,
  TextSchema,
  UndisclosedFigureSchema,
} from './schema.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO 3166-1 alpha-2 code such as `KE`. */
export type CountryCode = string;
export type SourceId = string;

export type Text = v.InferOutput<typeof TextSchema>;
export type Confidence = v.InferOutput<typeof ConfidenceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type ExactFigure = v.InferOutput<typeof ExactFigureSchema>;
export type Qualifier = v.InferOutput<typeof QualifierSchema>;
export type ApproximateFigure = v.InferOutput<typeof ApproximateFigureSchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type DisputedFigure = v.InferOutput<typeof DisputedFigureSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type UndisclosedFigure = v.InferOutput<typeof UndisclosedFigureSchema>;
export type PledgeAmount = v.InferOutput<typeof PledgeAmountSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Deployment = v.InferOutput<typeof DeploymentSchema>;
export type Pledge = v.InferOutput<typeof PledgeSchema>;
export type Reference = v.InferOutput<typeof ReferenceSchema>;
export type StrengthSnapshot = v.InferOutput<typeof StrengthSnapshotSchema>;
export type Displacement = v.InferOutput<typeof DisplacementSchema>;
export type CasualtyMetric = v.InferOutput<typeof CasualtyMetricSchema>;
export type Period = v.InferOutput<typeof PeriodSchema>;
export type Casualty = v.InferOutput<typeof CasualtySchema>;
export type Funding = v.InferOutput<typeof FundingSchema>;
export type Milestone = v.InferOutput<typeof MilestoneSchema>;
export type SeedClaim = v.InferOutput<typeof SeedClaimSchema>;
export type Meta = v.InferOutput<typeof MetaSchema>;
/** A whole or partial MSS dataset. */
export type MssDataset = v.InferOutput<typeof DatasetSchema>;
