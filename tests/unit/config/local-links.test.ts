import { describe, expect, it } from 'vitest';
import { localEntries, parseLocalItems } from '../../../src/lib/config/local-links';
import { exampleSettings } from './helpers';

describe('the "In onze gemeente" box', () => {
  it('shows the asked items that the settings fill in, in the asked order', () => {
    const settings = exampleSettings();
    const entries = localEntries(['uitdaagrecht', 'loket', 'participatieverordening'], settings);
    expect(entries.map((e) => (e.kind === 'link' ? e.href : e.contact.naam))).toEqual([
      'https://www.lindewaard.example/uitdaagrecht',
      'het Loket Initiatieven',
      'https://www.lindewaard.example/participatieverordening',
    ]);
    expect(entries[0]).toMatchObject({ label: 'Het uitdaagrecht: zo vraagt u in Lindewaard een taak over te nemen' });
  });

  it('leaves out what is not set, down to nothing', () => {
    const settings = exampleSettings();
    const bare = { ...settings, links: { uitdaagrecht: settings.links.uitdaagrecht }, contact: { site: settings.contact.site } };
    expect(localEntries(['participatieverordening', 'uitdaagrecht', 'loket'], bare)).toHaveLength(1);
    expect(localEntries(['participatieverordening', 'loket'], bare)).toEqual([]);
  });

  it('reads the links attribute and reports unknown words', () => {
    expect(parseLocalItems('uitdaagrecht, loket  subsidie')).toEqual({ items: ['uitdaagrecht', 'loket'], unknown: ['subsidie'] });
  });
});
