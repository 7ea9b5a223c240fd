import { describe, expect, it } from 'vitest';
import { buildSecurityTxt, checkExpires } from '../../../src/lib/config/security-txt';
import { exampleSettings } from './helpers';

const now = new Date('2026-12-06T08:00:00Z');

describe('security.txt Expires rule', () => {
  it('accepts a date between tomorrow and one year ahead', () => {
    expect(checkExpires('2026-12-07', now)).toBeUndefined();
    expect(checkExpires('2027-06-30', now)).toBeUndefined();
    expect(checkExpires('2027-12-05', now)).toBeUndefined();
  });

  it('refuses a date that has passed, and today once the build runs after it', () => {
    expect(checkExpires('2026-12-01', now)).toMatch(/^veld "beveiliging.geldigTot": 2026-12-01 is voorbij/);
    expect(checkExpires('2026-12-06', new Date('2026-12-07T00:00:00Z'))).toMatch(/is voorbij/);
  });

  it('refuses a date more than a year ahead', () => {
    expect(checkExpires('2027-12-07', now)).toMatch(/ligt meer dan een jaar vooruit/);
    expect(checkExpires('2030-01-01', now)).toMatch(/ligt meer dan een jaar vooruit/);
  });
});

describe('security.txt text', () => {
  it('has the RFC 9116 fields from the settings', () => {
    const text = buildSecurityTxt(exampleSettings(), 'https://leren.lindewaard.example/.well-known/security.txt');
    expect(text.split('\n')).toEqual([
      'Contact: https://www.lindewaard.example/kwetsbaarheid-melden',
      'Expires: 2027-10-31T23:59:59Z',
      'Preferred-Languages: nl, en',
      'Canonical: https://leren.lindewaard.example/.well-known/security.txt',
      'Policy: https://www.lindewaard.example/beveiligingsbeleid',
      '',
    ]);
  });

  it('falls back to the site contact when no security contact is set, and leaves Policy out when unset', () => {
    const settings = exampleSettings();
    const text = buildSecurityTxt({ ...settings, beveiliging: { geldigTot: '2027-10-31' } }, 'https://x.example/.well-known/security.txt');
    expect(text).toContain('Contact: mailto:digitaal@lindewaard.example\nContact: tel:140599\n');
    expect(text).not.toContain('Policy:');
  });
});
