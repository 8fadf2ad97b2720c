import fs from 'node:fs';
import path from 'node:path';
import { WordingCorpusFair, WordingCorpusUnfair, type ComplianceRule, type WordingCorpusItem } from '../../contract/index.ts';
import { ContentError } from '../../infra/content.ts';
import type { ComplianceChecker } from './compliance.ts';

/**
 * The labelled wording corpus of content/jobs/wording-corpus/ (see its README) and how the checker is scored on it.
 * Used by the corpus test and `npm run bench -- wording`; the hub itself never reads the corpus.
 */
export const CORPUS_SPLITS = ['dev', 'held-out', 'held-out-2'] as const;
export type CorpusSplit = (typeof CORPUS_SPLITS)[number];

/** Reads one split, one JSON object a line; a bad line stops with the file, line and field. */
export function loadCorpus(contentDir: string, split: CorpusSplit, rules: readonly ComplianceRule[]): WordingCorpusItem[] {
  const file = path.join(contentDir, 'jobs', 'wording-corpus', `${split}.jsonl`);
  const severity = new Map(rules.map((r) => [r.id, r.severity]));
  const items: WordingCorpusItem[] = [];
  const ids = new Set<string>();
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new ContentError(`${where}: ${(err as Error).message}`);
    }
    // Checked against the kind the line says it is, so an error names the field rather than "no union member".
    const isFair = typeof raw === 'object' && raw !== null && (raw as { label?: unknown }).label === 'fair';
    const parsed = (isFair ? WordingCorpusFair : WordingCorpusUnfair).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ContentError(`${where}: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
    }
    const item = parsed.data;
    if (ids.has(item.id)) throw new ContentError(`${where}: id "${item.id}" appears twice`);
    ids.add(item.id);
    const family = familyOf(item);
    if (!severity.has(family)) throw new ContentError(`${where}: no rule "${family}" in compliance-rules.json`);
    if ('severity' in item && severity.get(family) !== item.severity) {
      throw new ContentError(`${where}: ${family} is a ${severity.get(family)} rule, the item says ${item.severity}`);
    }
    items.push(item);
  });
  return items;
}

/** The rule a discriminatory item breaks, or the one a fair item resembles. */
export function familyOf(item: WordingCorpusItem): string {
  return 'near' in item ? item.near : item.label;
}

export interface FamilyScore {
  family: string;
  positives: number;
  caught: number;
  fair: number;
  /** Fair items with any block finding. */
  falseBlocks: number;
  /** Fair items with a review finding (and no block): staff time, not a refusal. */
  falseReviews: number;
  missed: WordingCorpusItem[];
  wronglyBlocked: WordingCorpusItem[];
}

export const recall = (s: FamilyScore): number => (s.positives ? s.caught / s.positives : 1);
export const falseBlockRate = (s: FamilyScore): number => (s.fair ? s.falseBlocks / s.fair : 0);
export const falseReviewRate = (s: FamilyScore): number => (s.fair ? s.falseReviews / s.fair : 0);

function emptyScore(family: string): FamilyScore {
  return { family, positives: 0, caught: 0, fair: 0, falseBlocks: 0, falseReviews: 0, missed: [], wronglyBlocked: [] };
}

/** Scores every item as an ad's description; returns one score per family (in first-seen order) and the total. */
export function scoreCorpus(checker: ComplianceChecker, items: readonly WordingCorpusItem[]): { families: FamilyScore[]; overall: FamilyScore } {
  const byFamily = new Map<string, FamilyScore>();
  const overall = emptyScore('overall');
  for (const item of items) {
    const family = familyOf(item);
    let score = byFamily.get(family);
    if (!score) byFamily.set(family, (score = emptyScore(family)));
    const findings = checker.check({ description: item.text });
    for (const s of [score, overall]) {
      if (item.label === 'fair') {
        s.fair++;
        if (findings.some((f) => f.severity === 'block')) {
          s.falseBlocks++;
          s.wronglyBlocked.push(item);
        } else if (findings.some((f) => f.severity === 'review')) s.falseReviews++;
      } else {
        s.positives++;
        if (findings.some((f) => f.rule === item.label)) s.caught++;
        else s.missed.push(item);
      }
    }
  }
  return { families: [...byFamily.values()], overall };
}
