// Contracts shared by readers, engine, UI, CLI and stored evidence.
// The engine and content script import only the *types*; zod runs in tests, the CLI,
// the background script and the extension pages.
import { z } from 'zod';

export const RULE_IDS = [
  'safeguard-list-targeting',
  'g2g-agreement',
  'amber-country-outside-agreement',
  'referral-incentive-targeting',
  'candidate-fee',
  'repayment-clause',
  'document-retention',
  'misleading-guarantee',
  'hidden-employer',
  'missing-pay',
  'informal-contact',
  'pressure-tactics',
  'unequal-terms',
] as const;
export const RuleId = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleId>;

export const SEVERITIES = ['serious', 'warning', 'caution', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const VERDICTS = ['concern', 'caution', 'no-concern', 'not-enough-data'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

const Iso2 = z.string().regex(/^[A-Z]{2}$/);

export const Salary = z.object({
  currency: z.string().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  text: z.string().optional(),
});
export type Salary = z.infer<typeof Salary>;

/** One job ad as read from a page, a file or a paste. Only `id` and `description` are required. */
export const JobAd = z.object({
  id: z.string().min(1),
  /** Which reader produced it: a board id, 'json-ld', 'microdata', 'text', 'paste'. */
  source: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  employer: z.string().optional(),
  agency: z.string().optional(),
  location: z.string().optional(),
  /** ISO country from structured data (JSON-LD addressCountry); strongest destination signal. */
  country: Iso2.optional(),
  /** ISO country from the board's own location field. */
  boardCountry: Iso2.optional(),
  salary: Salary.optional(),
  description: z.string(),
  contact: z.string().optional(),
  applyUrl: z.string().optional(),
  /** schema.org applicantLocationRequirements, as names or ISO codes. */
  applicantCountries: z.array(z.string()).optional(),
  datePosted: z.string().optional(),
  /** True when the reader saw only a list card, not the full advert. */
  partial: z.boolean().optional(),
  lang: z.string().optional(),
});
export type JobAd = z.infer<typeof JobAd>;

export const EvidenceSpan = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type EvidenceSpan = z.infer<typeof EvidenceSpan>;

export const Basis = z.object({
  instrument: z.string(),
  provision: z.string().optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});
export type Basis = z.infer<typeof Basis>;

export const Finding = z.object({
  rule: RuleId,
  severity: Severity,
  evidence: z.array(EvidenceSpan),
  basis: z.array(Basis),
  /** Message keys (see components/i18n); params fill their placeholders. */
  why: z.string(),
  ask: z.string(),
  fix: z.string(),
  params: z.record(z.string(), z.string()).optional(),
  /** Countries the finding is about, where it is about countries. */
  countries: z.array(Iso2).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const Analysis = z.object({
  health: z.boolean(),
  destination: Iso2.nullable(),
  international: z.boolean(),
  targets: z.array(Iso2),
  verdict: Verdict,
  findings: z.array(Finding),
  /** The text the evidence offsets refer to. */
  text: z.string(),
  rulesVersion: z.string(),
  /** The ad was longer than the engine reads; only its start was checked. */
  truncated: z.boolean().optional(),
  /** Rules that threw on this ad (contained; the others still ran). */
  errors: z.array(z.string()).optional(),
});
export type Analysis = z.infer<typeof Analysis>;
