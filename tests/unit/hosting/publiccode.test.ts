import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

const root = new URL('../../../', import.meta.url);
const read = (file: string) => readFileSync(fileURLToPath(new URL(file, root)), 'utf8');

// The required fields of the publiccode.yml core standard (0.4) and its controlled
// vocabularies (categories-list and scope-list), which catalogues such as
// developer.overheid.nl validate against.
const CATEGORIES = `
  accounting agile-project-management applicant-tracking application-development appointment-scheduling backup
  billing-and-invoicing blog budgeting business-intelligence business-process-management cad
  call-center-management cloud-management collaboration communications compliance-management
  contact-management content-management crm customer-service-and-support data-analytics data-collection
  data-visualization design design-system digital-asset-management digital-citizenship document-management
  donor-management e-commerce e-signature educational-content email-management email-marketing
  employee-management enterprise-project-management enterprise-social-networking erp event-management
  facility-management feedback-and-reviews-management financial-reporting fleet-management fundraising
  gamification geographic-information-systems grant-management graphic-design help-desk hr ide
  identity-management instant-messaging inventory-management it-asset-management it-development it-management
  it-security it-service-management knowledge-management learning-management-system marketing mind-mapping
  mobile-marketing mobile-payment network-management office online-booking online-community payment-gateway
  payroll predictive-analysis procurement productivity-suite project-collaboration project-management
  property-management real-estate-management remote-support resource-management sales-management seo
  service-desk social-media-management survey talent-management task-management taxes-management
  test-management time-management time-tracking translation video-conferencing video-editing
  visitor-management voip warehouse-management web-collaboration web-conferencing website-builder
  whistleblowing workflow-management
`
  .split(/\s+/)
  .filter(Boolean) as [string, ...string[]];
const SCOPES = `
  agriculture culture defence education emergency-services employment energy environment
  finance-and-economic-development foreign-affairs healthcare infrastructures justice local-authorities
  manufacturing research science-and-technology security society sport tourism transportation welfare
`
  .split(/\s+/)
  .filter(Boolean) as [string, ...string[]];
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum als JJJJ-MM-DD');
const language = z.object({
  shortDescription: z.string().min(1).max(150),
  longDescription: z.string().min(150).max(10_000),
  features: z.array(z.string().min(1)).min(1),
  localisedName: z.string().optional(),
});
const publiccode = z.object({
  publiccodeYmlVersion: z.literal('0.4'),
  name: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  softwareVersion: z.string().optional(),
  releaseDate: date.optional(),
  platforms: z.array(z.string()).min(1),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  developmentStatus: z.enum(['concept', 'development', 'beta', 'stable', 'obsolete']),
  softwareType: z.enum([
    'standalone/mobile',
    'standalone/iot',
    'standalone/desktop',
    'standalone/web',
    'standalone/backend',
    'standalone/other',
    'addon',
    'library',
    'configurationFiles',
  ]),
  intendedAudience: z
    .object({ countries: z.array(z.string().regex(/^[a-z]{2}$/)), scope: z.array(z.enum(SCOPES)) })
    .partial()
    .optional(),
  description: z
    .record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/), language)
    .refine((d) => Object.keys(d).length > 0, 'minstens één taal'),
  legal: z.object({ license: z.string().min(1) }),
  maintenance: z
    .object({
      type: z.enum(['internal', 'contract', 'community', 'none']),
      contacts: z.array(z.object({ name: z.string().min(1) })).optional(),
    })
    .refine(
      (m) => !['internal', 'community'].includes(m.type) || (m.contacts?.length ?? 0) > 0,
      'contacts is verplicht bij internal of community',
    ),
  localisation: z.object({ localisationReady: z.boolean(), availableLanguages: z.array(z.string()).min(1) }),
});

describe('publiccode.yml', () => {
  const data = parse(read('publiccode.yml'));
  const pkg = JSON.parse(read('package.json'));

  it('has every field the publiccode.yml standard requires, with allowed values', () => {
    const result = publiccode.safeParse(data);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('agrees with package.json on licence and version, and describes the site in Dutch', () => {
    expect(data.legal.license).toBe(pkg.license);
    expect(data.softwareVersion).toBe(pkg.version);
    expect(data.localisation.availableLanguages).toEqual(['nl']);
    expect(Object.keys(data.description)).toContain('nl');
  });

  it('refuses a file without the required fields', () => {
    const { name: _name, legal: _legal, ...incomplete } = data;
    const result = publiccode.safeParse(incomplete);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(expect.arrayContaining(['name', 'legal']));
  });
});
