import { CoursesFile, PoliciesFile, PublishingFile, type CourseEntry, type PolicyEntry, type PublishingFile as Publishing } from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';

/**
 * The policy library and the training courses as content (content/policies.json, content/courses.json), and
 * who answers for what is published (content/publishing.json). Checked at start-up: a wrong file stops the hub.
 */
export class Catalogues {
  readonly policies: readonly PolicyEntry[];
  readonly courses: readonly CourseEntry[];
  readonly publishing: Publishing;

  constructor(contentDir: string) {
    this.policies = unique(readContentFile(contentDir, 'policies.json', PoliciesFile).policies, 'policies.json');
    this.courses = unique(readContentFile(contentDir, 'courses.json', CoursesFile).courses, 'courses.json');
    this.publishing = readContentFile(contentDir, 'publishing.json', PublishingFile);
  }

  /** Policies in force on a service day of the hall. */
  currentPolicies(day: string): PolicyEntry[] {
    return this.policies.filter((p) => p.from <= day && (p.until === null || p.until >= day));
  }

  policy(id: string, day: string): PolicyEntry | undefined {
    return this.currentPolicies(day).find((p) => p.id === id);
  }
}

function unique<T extends { id: string }>(items: T[], file: string): T[] {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) throw new ContentError(`${file}: "${item.id}" appears twice`);
    seen.add(item.id);
  }
  return items;
}
