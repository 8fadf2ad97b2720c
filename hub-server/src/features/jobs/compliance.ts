import type { ComplianceRule, Finding } from '../../contract/index.ts';
import { negatedSpans, type Span } from './wording-negation.ts';
import { normalise } from './wording-normalise.ts';

export { normalise } from './wording-normalise.ts';

/** The text fields of a vacancy the checker reads; arrays (skills) are checked item by item. */
export type CheckedFields = Record<string, string | readonly string[] | undefined>;

interface CompiledRule {
  rule: ComplianceRule;
  /** All patterns as one alternation: one test per rule decides whether the slow path runs at all. */
  any: RegExp;
  all: RegExp;
  allow: RegExp | null;
  cues: Array<{ re: RegExp; weight: number }>;
  threshold: number;
}

/** Matches found in one field are capped: five quotes of the same rule tell the employer enough. */
const MAX_MATCHES_PER_RULE = 5;
const MASK = '\u0001';

/** A term reference: {名称} in Han characters, so it never collides with a quantifier ({0,6}) or \p{…}. */
const TERM_REF = /\{(\p{sc=Han}+)\}/gu;
const MAX_TERM_DEPTH = 8;

/** Replaces every {term} in a pattern with its word list, terms inside terms included. */
export function expandTerms(source: string, terms: Readonly<Record<string, string>>, ruleId = '?'): string {
  let out = source;
  for (let depth = 0; ; depth++) {
    const next = out.replace(TERM_REF, (_, name: string) => {
      const body = terms[name];
      if (body === undefined) throw new Error(`compliance rule ${ruleId}: unknown term {${name}}`);
      return `(?:${body})`;
    });
    if (next === out) return out;
    if (depth === MAX_TERM_DEPTH) throw new Error(`compliance rule ${ruleId}: terms nest deeper than ${MAX_TERM_DEPTH} (a cycle?)`);
    out = next;
  }
}

function compile(rule: ComplianceRule): CompiledRule {
  const expand = (p: string) => `(?:${expandTerms(p, rule.terms, rule.id)})`;
  try {
    const source = rule.patterns.map(expand).join('|');
    return {
      rule,
      any: new RegExp(source, 'u'),
      all: new RegExp(source, 'gu'),
      allow: rule.allow.length ? new RegExp(rule.allow.map(expand).join('|'), 'gu') : null,
      cues: rule.cues.map((c) => ({ re: new RegExp(expand(c.pattern), 'u'), weight: c.weight })),
      threshold: rule.threshold ?? Infinity,
    };
  } catch (err) {
    throw new Error(`compliance rule ${rule.id}: ${(err as Error).message}`);
  }
}

/**
 * The wording checker of matching.md §4, measured on content/jobs/wording-corpus/. Each rule is a small grammar
 * over the normalised text (wording-normalise.ts): named word lists, patterns, lawful wordings masked first, and
 * scored cues for signs that are only suspicious together. A match a negation governs in its clause is dropped
 * (wording-negation.ts). Pure and synchronous; a typical ad takes microseconds.
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
      const matched = c.any.test(text);
      if (!matched && !c.cues.length) continue;
      // Mask the lawful wordings with same-length filler so nothing inside them can match and offsets stay put.
      const masked = c.allow ? text.replace(c.allow, (m) => MASK.repeat(m.length)) : text;
      const quotes = matched ? this.patternQuotes(c, text, masked) : [];
      if (!quotes.length && c.cues.length) {
        const cued = this.cueQuote(c, masked);
        if (cued) quotes.push(cued);
      }
      for (const quote of quotes) {
        const { id, severity, title, fix, basis } = c.rule;
        out.push({ rule: id, severity, field, text: quote, title, fix, basis });
      }
    }
  }

  /** The distinct words each pattern matched and no negation governs. */
  private patternQuotes(c: CompiledRule, text: string, masked: string): string[] {
    const spans: Span[] = [];
    for (const m of masked.matchAll(c.all)) if (m[0]) spans.push({ start: m.index, end: m.index + m[0].length });
    if (!spans.length) return [];
    const negated = negatedSpans(text, spans);
    const quotes = new Set<string>();
    spans.forEach((s, i) => {
      if (!negated[i] && quotes.size < MAX_MATCHES_PER_RULE) quotes.add(text.slice(s.start, s.end));
    });
    return [...quotes];
  }

  /** When the cues found add up to the threshold, the words of the suspicious ones joined: 高薪+日结+无需经验. */
  private cueQuote(c: CompiledRule, masked: string): string | null {
    let score = 0;
    const words: string[] = [];
    for (const cue of c.cues) {
      const m = cue.re.exec(masked);
      if (!m) continue;
      score += cue.weight;
      if (cue.weight > 0) words.push(m[0]);
    }
    return score >= c.threshold ? words.join('+') : null;
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
