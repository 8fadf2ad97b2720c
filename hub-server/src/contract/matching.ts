import { z } from 'zod';
import { LocalizedText, Uuid } from './common.ts';
import { JobSummary } from './jobs.ts';
import { CertificateCode, DistrictCode, EducationLevel, OccupationCode } from './jobs-content.ts';

export const MatchFactor = z.enum(['occ', 'skill', 'geo', 'sal', 'time', 'qual', 'fresh', 'penalty']);

/** One bar of the score: weight × value = points; the points of all parts add up to the score shown, exactly. */
export const MatchPart = z.strictObject({
  factor: MatchFactor,
  weight: z.number(),
  /** The factor's value in [0, 1]; for the penalty, the multiplier. */
  value: z.number(),
  points: z.number(),
});
export type MatchPart = z.infer<typeof MatchPart>;

export const MatchReason = z.strictObject({ factor: z.union([MatchFactor, z.literal('reserved')]), text: LocalizedText });

export const MatchGap = z.strictObject({
  kind: z.enum(['skill', 'certificate', 'education', 'experience', 'distance', 'pay', 'shift', 'employment-type']),
  text: LocalizedText,
  /** For a missing certificate the law requires: where to get it. */
  training: z.string().optional(),
});
export type MatchGap = z.infer<typeof MatchGap>;

const Explained = {
  /** Σ parts.points, rounded to 3 decimals. */
  score: z.number(),
  /** 匹配度 ★ = round(5 × score), at least 1. */
  stars: z.number().int().min(1).max(5),
  /** E: how well the seeker meets what the vacancy asks for. */
  requirementScore: z.number(),
  parts: z.array(MatchPart),
  /** At least two: the strongest contributions, in words. */
  reasons: z.array(MatchReason).min(2),
  /** Every unmet requirement, with a next step where there is one. */
  gaps: z.array(MatchGap),
};

export const JobMatch = z.strictObject({ job: JobSummary, reserved: z.boolean(), ...Explained });
export type JobMatch = z.infer<typeof JobMatch>;

export const MatchExclusions = z.strictObject({
  closed: z.number().int(), commute: z.number().int(), education: z.number().int(), pay: z.number().int(), shift: z.number().int(),
  /** The seeker meets too little of what the vacancy asks (E below the floor). */
  requirements: z.number().int(),
  /** Fewer than two reasons could be given: not recommended. */
  unexplained: z.number().int(),
});

export const JobMatchResult = z.strictObject({
  items: z.array(JobMatch),
  /** Published vacancies in the pool. */
  considered: z.number().int(),
  /**
   * When the list is short (fewer than 5): how many vacancies passed every filter, and how many each filter
   * removed. Null otherwise: the scan stops early once no remaining vacancy can reach the list.
   */
  eligible: z.number().int().nullable(),
  excluded: MatchExclusions.nullable(),
  /** "为什么没有更多结果": when few results, which filter removed the most. */
  help: LocalizedText.nullable(),
});
export type JobMatchResult = z.infer<typeof JobMatchResult>;

export const MatchQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(10) });

/** A seeker as an employer or staff member sees them in a candidate list or shortlist: no name, no ID, no phone. */
export const MaskedSeeker = z.strictObject({
  id: Uuid,
  nameMasked: z.string(),
  district: DistrictCode,
  districtName: z.string(),
  wantedOccupations: z.array(OccupationCode),
  skills: z.array(z.string()),
  certificates: z.array(CertificateCode),
  education: EducationLevel,
  experienceYears: z.number().int(),
});
export type MaskedSeeker = z.infer<typeof MaskedSeeker>;

export const Candidate = z.strictObject({
  seeker: MaskedSeeker,
  /** S, the seeker-side score. */
  seekerScore: z.number(),
  /** M = 2SE/(S+E): what the list is ordered by. */
  mutualScore: z.number(),
  ...Explained,
});
export type Candidate = z.infer<typeof Candidate>;

export const CandidateResult = z.strictObject({ items: z.array(Candidate), considered: z.number().int() });
