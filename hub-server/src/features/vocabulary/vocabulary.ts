import path from 'node:path';
import {
  CertificatesFile, ComplianceRulesFile, DistrictsFile, OccupationsFile, PlacementPolicy, ScoringConfig,
  type Certificate, type ComplianceRule, type District, type Occupation,
} from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';

/**
 * The controlled lists of job placement, read once from content/jobs/ and fixed while the hub runs: the 大典
 * occupation hierarchy with synonyms, districts with rough coordinates, certificates, policy figures, the
 * scoring weights and the compliance rules. Cross-references are checked here so a typo stops start-up.
 */
export class Vocabulary {
  readonly occupations: Occupation[];
  readonly districts: District[];
  readonly certificates: Certificate[];
  /** Skill name (Chinese, as stored) → English. */
  readonly skillNames: ReadonlyMap<string, string>;
  private readonly occByCode = new Map<string, number>();
  private readonly groupNames = new Map<string, string>();
  private readonly districtByCode = new Map<string, District>();
  private readonly certByCode = new Map<string, number>();
  /** name or synonym → occupation index; the longest-first list drives title inference. */
  private readonly termToOcc = new Map<string, number>();
  private readonly termsLongestFirst: string[];
  /** "a|b" → strength, both directions. */
  private readonly substitutes = new Map<string, 'strong' | 'weak'>();

  constructor(
    occupations: OccupationsFile,
    districts: District[],
    certificates: Certificate[],
    readonly policy: PlacementPolicy,
    readonly scoring: ScoringConfig,
    readonly rules: ComplianceRule[],
    readonly edition: string,
  ) {
    this.occupations = occupations.occupations;
    this.districts = districts;
    this.certificates = certificates;
    this.skillNames = new Map(Object.entries(occupations.skillNames));
    for (const g of occupations.groups) this.groupNames.set(g.code, g.name);
    certificates.forEach((c, i) => {
      if (this.certByCode.has(c.code)) throw new ContentError(`certificates.json: "${c.code}" appears twice`);
      this.certByCode.set(c.code, i);
    });
    for (const d of districts) {
      if (this.districtByCode.has(d.code)) throw new ContentError(`districts.json: "${d.code}" appears twice`);
      this.districtByCode.set(d.code, d);
    }
    this.occupations.forEach((o, i) => {
      if (this.occByCode.has(o.code)) throw new ContentError(`occupations.json: "${o.code}" appears twice`);
      this.occByCode.set(o.code, i);
      for (const parent of parents(o.code)) {
        if (!this.groupNames.has(parent)) throw new ContentError(`occupations.json: ${o.code} ${o.name}: no group "${parent}"`);
      }
      for (const c of o.certificates) {
        if (!this.certByCode.has(c)) throw new ContentError(`occupations.json: ${o.code}: unknown certificate "${c}"`);
      }
      for (const skill of o.skills) {
        if (!this.skillNames.has(skill)) throw new ContentError(`occupations.json: ${o.code}: skill "${skill}" has no English name in skillNames`);
      }
      for (const term of [o.name, ...o.synonyms]) {
        const other = this.termToOcc.get(term);
        if (other !== undefined && other !== i) {
          throw new ContentError(`occupations.json: "${term}" names both ${this.occupations[other]!.code} and ${o.code}`);
        }
        this.termToOcc.set(term, i);
      }
    });
    for (const s of occupations.substitutes) {
      for (const code of [s.a, s.b]) if (!this.occByCode.has(code)) throw new ContentError(`occupations.json: substitutes: unknown "${code}"`);
      this.substitutes.set(`${s.a}|${s.b}`, s.strength);
      this.substitutes.set(`${s.b}|${s.a}`, s.strength);
    }
    this.termsLongestFirst = [...this.termToOcc.keys()].sort((a, b) => b.length - a.length);
  }

  occupationIndex(code: string | null | undefined): number {
    return code ? (this.occByCode.get(code) ?? -1) : -1;
  }

  occupation(code: string | null | undefined): Occupation | undefined {
    const i = this.occupationIndex(code);
    return i < 0 ? undefined : this.occupations[i];
  }

  /** 大类 → 中类 → 小类 names above an occupation. */
  path(code: string): string[] {
    return parents(code).map((p) => this.groupNames.get(p)!);
  }

  groupName(code: string): string | undefined {
    return this.groupNames.get(code);
  }

  substitute(a: string, b: string): 'strong' | 'weak' | undefined {
    return this.substitutes.get(`${a}|${b}`);
  }

  /** The occupation a word names exactly (a name or a synonym), e.g. 保姆 → 家政服务员. */
  occupationForTerm(term: string): Occupation | undefined {
    const i = this.termToOcc.get(term);
    return i === undefined ? undefined : this.occupations[i];
  }

  /** The occupation whose name or synonym occurs in a text, longest first (招聘叉车司机 → 叉车司机, not 司机). */
  inferOccupation(title: string): Occupation | undefined {
    const term = this.termsLongestFirst.find((t) => title.includes(t));
    return term === undefined ? undefined : this.occupationForTerm(term);
  }

  /** Names and synonyms containing the text (typeahead), names first. */
  occupationsMatching(text: string): Array<{ occupation: Occupation; via: string | null }> {
    const out: Array<{ occupation: Occupation; via: string | null }> = [];
    for (const o of this.occupations) {
      if (o.name.includes(text)) out.push({ occupation: o, via: null });
    }
    const seen = new Set(out.map((x) => x.occupation.code));
    for (const o of this.occupations) {
      if (seen.has(o.code)) continue;
      const via = o.synonyms.find((s) => s.includes(text));
      if (via) out.push({ occupation: o, via });
    }
    return out;
  }

  /** A skill's English name; a skill outside the list (an employer's own word) stays as written. */
  skillEn(skill: string): string {
    return this.skillNames.get(skill) ?? skill;
  }

  district(code: string): District | undefined {
    return this.districtByCode.get(code);
  }

  districtIndex(code: string): number {
    const d = this.districtByCode.get(code);
    return d ? this.districts.indexOf(d) : -1;
  }

  certificate(code: string): Certificate | undefined {
    const i = this.certByCode.get(code);
    return i === undefined ? undefined : this.certificates[i];
  }

  /** Certificates as a bit mask (bit i = certificates[i]); the file holds at most 32. */
  certMask(codes: readonly string[]): number {
    let mask = 0;
    for (const c of codes) {
      const i = this.certByCode.get(c);
      if (i !== undefined) mask |= 1 << i;
    }
    return mask >>> 0;
  }

  statutoryMask(): number {
    return this.certMask(this.certificates.filter((c) => c.statutory).map((c) => c.code));
  }
}

/** "4-07-05-01" → ["4", "4-07", "4-07-05"]. */
export function parents(code: string): string[] {
  const parts = code.split('-');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('-'));
}

export function loadVocabulary(contentDir: string): Vocabulary {
  const dir = path.join(contentDir, 'jobs');
  const occupations = readContentFile(dir, 'occupations.json', OccupationsFile);
  const districts = readContentFile(dir, 'districts.json', DistrictsFile).districts;
  const certificates = readContentFile(dir, 'certificates.json', CertificatesFile).certificates;
  const policy = readContentFile(dir, 'policy.json', PlacementPolicy);
  const scoring = readContentFile(dir, 'scoring.json', ScoringConfig);
  const rules = readContentFile(dir, 'compliance-rules.json', ComplianceRulesFile).rules;
  return new Vocabulary(occupations, districts, certificates, policy, scoring, rules, occupations.edition);
}
