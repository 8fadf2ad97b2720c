import type { ComplianceRule, Finding } from '../../contract/index.ts';

/** The text fields of a vacancy the checker reads; arrays (skills) are checked item by item. */
export type CheckedFields = Record<string, string | readonly string[] | undefined>;

interface CompiledRule {
  rule: ComplianceRule;
  /** All patterns as one alternation: one test per rule decides whether the slow path runs at all. */
  any: RegExp;
  all: RegExp;
  allow: RegExp | null;
}

/** Matches found in one field are capped: five quotes of the same rule tell the employer enough. */
const MAX_MATCHES_PER_RULE = 5;
const MASK = '\u0001';

/**
 * Full-width to half-width (NFKC: ＡＢ１２ → ab12, （ → (), lower case, and no whitespace at all, so
 * "限 男 性" reads as 限男性. Quotes in findings are of this normalised text.
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function compile(rule: ComplianceRule): CompiledRule {
  const source = rule.patterns.map((p) => `(?:${p})`).join('|');
  try {
    return {
      rule,
      any: new RegExp(source, 'u'),
      all: new RegExp(source, 'gu'),
      allow: rule.allow.length ? new RegExp(rule.allow.map((p) => `(?:${p})`).join('|'), 'gu') : null,
    };
  } catch (err) {
    throw new Error(`compliance rule ${rule.id}: ${(err as Error).message}`);
  }
}

/**
 * The wording checker of matching.md §4: regex rules with per-rule allow lists for negations and lawful
 * wordings (不收取任何押金, 男女不限). Pure and synchronous; a typical ad takes a few microseconds.
 */
export class ComplianceChecker {
  private readonly rules: CompiledRule[];

  constructor(rules: readonly ComplianceRule[]) {
    this.rules = rules.map(compile);
  }

  check(fields: CheckedFields): Finding[] {
    const findings: Finding[] = [];
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      const texts = typeof value === 'string' ? [value] : value;
      for (const raw of texts) {
        if (raw) this.checkText(field, normalise(raw), findings);
      }
    }
    return findings;
  }

  private checkText(field: string, text: string, out: Finding[]): void {
    for (const c of this.rules) {
      if (!c.any.test(text)) continue;
      // Mask the lawful wordings with same-length filler so nothing inside them can match.
      const masked = c.allow ? text.replace(c.allow, (m) => MASK.repeat(m.length)) : text;
      const seen = new Set<string>();
      for (const m of masked.matchAll(c.all)) {
        if (!m[0] || seen.has(m[0])) continue;
        seen.add(m[0]);
        out.push({ rule: c.rule.id, severity: c.rule.severity, field, text: m[0], title: c.rule.title, fix: c.rule.fix, basis: c.rule.basis });
        if (seen.size >= MAX_MATCHES_PER_RULE) break;
      }
    }
  }
}

export function blocks(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

export function needsReview(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'review');
}

/**
 * The structural pay rule: full-time pay below the city's minimum wage (劳动法 第48条) cannot be published.
 * Part-time and hourly work is paid by the hour, so its monthly figure is not compared.
 */
export function payFindings(v: { payMin: number; employmentType: string }, minimumWageMonthly: number): Finding[] {
  if (v.employmentType !== 'full-time' || v.payMin >= minimumWageMonthly) return [];
  return [{
    rule: 'PAY_BELOW_MINIMUM',
    severity: 'block',
    field: 'payMin',
    text: String(v.payMin),
    title: { zh: '低于最低工资', en: 'Below the minimum wage' },
    fix: {
      zh: `全日制岗位的月工资不得低于本市最低工资标准 ${minimumWageMonthly} 元，请调整薪资范围。`,
      en: `Full-time pay may not be below the city minimum wage of ${minimumWageMonthly} yuan a month.`,
    },
    basis: ['劳动法 第48条', '最低工资规定'],
  }];
}
