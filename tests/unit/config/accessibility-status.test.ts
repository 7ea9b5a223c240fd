import { describe, expect, it } from 'vitest';
import { complianceStatus } from '../../../src/lib/accessibility/status';

const now = new Date('2026-12-06T08:00:00Z');
const audit = { datum: '2026-10-01', door: 'Bureau Toegang', rapport: 'https://x.example/rapport.pdf' };

describe('status of the toegankelijkheidsverklaring', () => {
  it('is D without an audit or a planned one: automatic tests alone never count', () => {
    expect(complianceStatus({ herzienOp: '2026-12-06' }, now)).toMatchObject({ code: 'D', label: 'voldoet niet' });
  });

  it('is C with an audit planned within six months, for six months only', () => {
    const settings = { herzienOp: '2026-12-06', onderzoekGepland: '2027-04-15' };
    expect(complianceStatus(settings, now)).toMatchObject({ code: 'C', label: 'eerste maatregelen genomen' });
    expect(complianceStatus(settings, new Date('2027-04-16T00:00:00Z')).code).toBe('D');
    expect(complianceStatus({ herzienOp: '2026-12-06', onderzoekGepland: '2027-08-01' }, now).code).toBe('D');
  });

  it('is A or B after a full audit of at most three years old', () => {
    expect(complianceStatus({ herzienOp: '2026-12-06', onderzoek: { ...audit, afwijkingen: 0 } }, now)).toMatchObject({ code: 'A' });
    expect(complianceStatus({ herzienOp: '2026-12-06', onderzoek: { ...audit, afwijkingen: 7 } }, now)).toMatchObject({
      code: 'B',
      reason: expect.stringContaining('7 van de 50 eisen'),
    });
    expect(complianceStatus({ herzienOp: '2026-12-06', onderzoek: { ...audit, datum: '2023-10-01', afwijkingen: 0 } }, now).code).toBe('D');
  });
});
