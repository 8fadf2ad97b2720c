import path from 'node:path';
import {
  CatalogueFlow, ProvidersFile, ServicePointsFile, type CatalogueEntry, type CatalogueSource, type Employer, type LocalizedText, type PolicyEntry,
  type PrintJobView,
} from '../../contract/index.ts';
import { ContentError, readContentFile } from '../../infra/content.ts';
import type { HubContext } from '../../infra/context.ts';
import { fieldError } from '../../infra/errors.ts';
import type { FlowsApi } from '../flows/plugin.ts';
import type { PrintingApi } from '../printing/plugin.ts';
import type { Services } from '../services/plugin.ts';
import type { Publishing } from '../publishing/plugin.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';
import { FACETS, agencyEntry, courseEntry, pointEntry, policyEntry, projectEntry, providerEntry, subsidised, type DistrictName } from './entries.ts';
import { guideEntry } from './guide-entry.ts';
import { policySlip } from './policy-slip.ts';
import type { ProjectBank } from './projects.ts';

export interface CatalogueDeps {
  hub: Pick<HubContext, 'config' | 'catalogue' | 'now'>;
  sources: Pick<Publishing['sources'], 'policies' | 'courses' | 'today'>;
  vocabulary: Pick<Vocabulary, 'district'>;
  agencies: (kind: 'dispatch' | 'overseas' | 'agency') => Employer[];
  flows: Pick<FlowsApi, 'all'>;
  printing: Pick<PrintingApi, 'print'>;
  bank: ProjectBank;
  services: Pick<Services, 'guide'>;
}

/**
 * Every catalogue's entries in one shape, from wherever they are kept: the policy library and courses the
 * publishing channels read (content/policies.json, content/courses.json), training providers and service
 * points (content/catalogues), the project bank, and the licensed agencies among the employer accounts.
 */
export class Catalogues {
  readonly providers;
  readonly points;

  constructor(private readonly d: CatalogueDeps) {
    const dir = path.join(d.hub.config.contentDir, 'catalogues');
    this.providers = readContentFile(dir, 'providers.json', ProvidersFile).providers;
    this.points = readContentFile(dir, 'service-points.json', ServicePointsFile).points;
    this.check(dir);
  }

  /** Cross-references a file's schema cannot see; a broken one stops start-up naming the file and the place. */
  private check(dir: string): void {
    const fail = (file: string, at: string, message: string) => new ContentError(`${file}: ${at}: ${message}`);
    const names = new Set(this.providers.map((p) => p.name));
    this.d.sources.courses().forEach((c, i) => {
      if (!names.has(c.provider)) throw fail(path.join(this.d.hub.config.contentDir, 'courses.json'), `courses.${i}.provider`, `"${c.provider}" is not in catalogues/providers.json`);
    });
    const unique = (items: Array<{ id: string }>, file: string) => items.forEach((x, i) => {
      if (items.findIndex((y) => y.id === x.id) !== i) throw fail(path.join(dir, file), `${i}.id`, `"${x.id}" appears twice`);
    });
    unique(this.providers, 'providers.json');
    unique(this.points, 'service-points.json');
    for (const [file, list] of [['providers.json', this.providers], ['service-points.json', this.points]] as const) {
      list.forEach((x, i) => {
        if (!this.d.vocabulary.district(x.district)) throw fail(path.join(dir, file), `${i}.district`, `unknown district "${x.district}"`);
      });
    }
    this.points.forEach((p, i) => p.services.forEach((s, j) => {
      if (!this.d.hub.catalogue.service(s)) throw fail(path.join(dir, 'service-points.json'), `points.${i}.services.${j}`, `no service function ${s}`);
    }));
    const policies = new Set(this.allPolicies().map((p) => p.id));
    for (const f of this.d.flows.all()) {
      if (f.kind !== 'catalogue' || !f.finder) continue;
      f.finder.rules.forEach((r, i) => {
        if (!policies.has(r.entry)) throw fail(path.join(this.d.hub.config.contentDir, 'flows', `${f.id}.json`), `finder.rules.${i}.entry`, `no policy "${r.entry}" in policies.json`);
      });
    }
  }

  private allPolicies(): PolicyEntry[] {
    return this.d.sources.policies();
  }

  private readonly district: DistrictName = (code) => ({ zh: this.d.vocabulary.district(code)?.name ?? code, en: code.charAt(0).toUpperCase() + code.slice(1) });

  private url(p: string): string {
    return `${this.d.hub.config.publicUrl}${p}`;
  }

  /** A source's entries, those matching every given facet value, in the order a visitor should read them. */
  entries(source: CatalogueSource, facets: Record<string, string>): CatalogueEntry[] {
    const all = this.all(source);
    const wanted = Object.entries(facets);
    return all.filter((e) => wanted.every(([k, v]) => e.facets[k]?.includes(v)));
  }

  private all(source: CatalogueSource): CatalogueEntry[] {
    switch (source) {
      case 'policies':
        return this.allPolicies().map((p) => policyEntry(p, this.url(`/policies/${p.id}`)));
      case 'courses': {
        const byName = new Map(this.providers.map((p) => [p.name, p]));
        // Subsidised first, then free ones, then the shorter: what a visitor on a budget reads first.
        return [...this.d.sources.courses()]
          .sort((a, b) => Number(subsidised(byName.get(b.provider))) - Number(subsidised(byName.get(a.provider))) || a.feeYuan - b.feeYuan || a.days - b.days)
          .map((c) => courseEntry(c, byName.get(c.provider), this.district, this.url('/courses'), c.kind === 'orientation' ? 'f3-classrooms' : null));
      }
      case 'providers': {
        const courses = this.d.sources.courses();
        return [...this.providers].sort((a, b) => Number(b.designated) - Number(a.designated))
          .map((p) => providerEntry(p, courses.filter((c) => c.provider === p.name), this.district));
      }
      case 'projects':
        return this.d.bank.list(true).map((p) => projectEntry(p, this.district));
      case 'service-points':
        return this.points.map((p) => pointEntry(p, this.district));
      case 'agencies':
        // Valid licences first: an expired one is listed to warn, not to send anyone to it.
        return (['dispatch', 'overseas', 'agency'] as const).flatMap((k) => this.d.agencies(k))
          .sort((a, b) => Number(b.licence.status === 'valid') - Number(a.licence.status === 'valid'))
          .map((e) => agencyEntry(e, this.district));
      case 'guides': {
        // In the handbook's order, module by module, as the kiosk's service lists read.
        const flows = this.d.flows.all();
        return this.d.hub.catalogue.services.flatMap((s) => {
          const guide = this.d.services.guide(s.id);
          return guide ? [guideEntry(s, guide, new Set(flows.filter((f) => f.functions.includes(s.id)).map((f) => f.id)))] : [];
        });
      }
    }
  }

  /** The summary of chosen policies on this kiosk's printer, with the finder's reasons when it found them. */
  printPolicies(kioskId: string, ids: string[], because: Record<string, LocalizedText> = {}): PrintJobView {
    const byId = new Map(this.allPolicies().map((p) => [p.id, p]));
    const policies = ids.map((id, i) => {
      const policy = byId.get(id);
      if (!policy) throw fieldError(404, `body.ids.${i}`, `no policy ${id} in force`);
      return { policy, url: this.url(`/policies/${id}`), because: because[id] };
    });
    const job = this.d.printing.print(kioskId, policySlip({ hallName: this.d.hub.catalogue.hall.name, policies, issuedAt: this.d.hub.now(), timeZone: this.d.hub.catalogue.hall.timezone }));
    if (!job) throw fieldError(422, 'body.kioskId', `kiosk ${kioskId} has no printer`);
    return job;
  }
}

/** The catalogue flows' presets and filters name facets their source gives: checked once at start-up. */
export function checkCatalogueFlows(flows: readonly CatalogueFlow[], contentDir: string): void {
  for (const f of flows) {
    const known = new Set(FACETS[f.source]);
    const at = path.join(contentDir, 'flows', `${f.id}.json`);
    for (const k of Object.keys(f.preset)) if (!known.has(k)) throw new ContentError(`${at}: preset.${k}: ${f.source} entries have no facet "${k}"`);
    f.filters.forEach((x, i) => {
      if (!known.has(x.facet)) throw new ContentError(`${at}: filters.${i}.facet: ${f.source} entries have no facet "${x.facet}"`);
    });
  }
}
