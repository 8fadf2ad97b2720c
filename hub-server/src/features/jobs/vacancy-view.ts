import type { Finding, JobDetail, JobSummary, Vacancy } from '../../contract/index.ts';
import type { VacancyEventRow, VacancyRow } from './vacancy-store.ts';
import type { Vocabulary } from '../vocabulary/vocabulary.ts';

/** Row → the shapes the API sends: the list item, the public page and the staff view. */
export class VacancyView {
  constructor(
    private readonly vocab: Vocabulary,
    private readonly publicUrl: string,
  ) {}

  url(id: number): string {
    return `${this.publicUrl}/jobs/${id}`;
  }

  summary(r: VacancyRow): JobSummary {
    const occ = this.vocab.occupation(r.occupation_code);
    return {
      id: r.id, title: r.title, employerName: r.employer_name, district: r.district,
      districtName: this.vocab.district(r.district)?.name ?? r.district, occupationCode: r.occupation_code, occupationName: occ?.name ?? null,
      payMin: r.pay_min, payMax: r.pay_max, payPeriod: r.pay_period as JobSummary['payPeriod'], shifts: JSON.parse(r.shifts),
      employmentType: r.employment_type as JobSummary['employmentType'], meals: !!r.meals, lodging: !!r.lodging, headcount: r.headcount,
      labels: JSON.parse(r.labels), programme: r.programme as JobSummary['programme'], postedAt: r.approved_at, closesOn: r.closes_on,
      fairId: r.fair_id,
    };
  }

  detail(r: VacancyRow): JobDetail {
    const certs = (JSON.parse(r.certificates) as string[]).map((code) => {
      const c = this.vocab.certificate(code);
      return { code, name: c?.name ?? code, statutory: c?.statutory ?? false };
    });
    return {
      ...this.summary(r), description: r.description, address: r.address, workLocation: r.work_location, contactName: r.contact_name,
      contactPhone: r.contact_phone, pieceRate: !!r.piece_rate, hoursPerWeek: r.hours_per_week, skills: JSON.parse(r.skills),
      preferredSkills: JSON.parse(r.preferred_skills), certificates: certs, education: r.education as JobDetail['education'],
      experienceYears: r.experience_years, benefits: JSON.parse(r.benefits), employerId: r.employer_id, url: this.url(r.id),
    };
  }

  staff(r: VacancyRow, events: VacancyEventRow[]): Vacancy {
    return {
      ...this.detail(r), status: r.status, source: r.source as Vacancy['source'], findings: JSON.parse(r.findings) as Finding[],
      createdAt: r.created_at, updatedAt: r.updated_at, reviewedBy: r.reviewed_by, reviewNote: r.review_note,
      rejectReason: r.reject_reason as Vacancy['rejectReason'],
      history: events.map((e) => ({ action: e.action, from: e.from_status, to: e.to_status, by: e.by, at: e.at, note: e.note })),
    };
  }
}
