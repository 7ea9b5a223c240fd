import { describe, expect, it } from 'vitest';
import { WorksheetSchema } from '../../../src/lib/schemas/worksheet';
import { ContentError, parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { buildDocument, type DocBlock, type WorksheetDocument } from '../../../src/lib/worksheets/document';
import { worksheetFileName } from '../../../src/lib/worksheets/file-names';
import { worksheetLabels } from '../../../src/lib/worksheets/labels';
import { worksheetFieldLabel } from '../../../src/lib/progress/export-markdown';
import { worksheetToMarkdown } from '../../../src/lib/worksheets/markdown';
import { addItem, entryTitle, itemNumbers, newEntryId, removeItem } from '../../../src/lib/worksheets/values';
import { WORKSHEET_IDS, loadParticipationAid, loadWorksheet } from './load';

const dateLine = 'Bijgewerkt op 6 december 2026';
const paragraphs = (blocks: DocBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const section = (doc: WorksheetDocument, heading: string) => doc.sections.find((s) => s.heading === heading)?.blocks ?? [];

describe('the worksheet files', () => {
  it.each(WORKSHEET_IDS)('%s is valid and belongs to a module', (id) => {
    const sheet = loadWorksheet(id);
    expect(sheet.id).toBe(id);
    expect(sheet.module).toMatch(/^0[1-7]-/);
  });

  it('fail the build with the file and the field named when a template names an unknown question', () => {
    const sheet = loadWorksheet('terugkoppelbrief');
    const broken = { ...sheet, result: { ...sheet.result, paragraphs: [{ text: 'Beste {brief.naam},' }] } };
    const file = 'content/werkbladen/terugkoppelbrief.yaml';
    expect(() => parseWithFriendlyErrors(WorksheetSchema, broken, file)).toThrow(ContentError);
    expect(() => parseWithFriendlyErrors(WorksheetSchema, broken, file)).toThrow(
      /Fout in content\/werkbladen\/terugkoppelbrief\.yaml:[\s\S]*veld "result\.paragraphs\[0\]\.text": \{brief\.naam\} is geen vraag van dit werkblad/,
    );
  });
});

describe('repeated parts', () => {
  it('start with one item, add after the highest number and remove an item with all its answers', () => {
    const part = { id: 'bezwaar', fields: loadWorksheet('ja-tenzij-toets').parts[1]!.fields };
    expect(itemNumbers({}, 'bezwaar')).toEqual([1]);
    // Adding keeps the first, still empty item, and the new one, each with an empty first answer.
    const two = addItem({}, part);
    expect(two).toEqual({ values: { 'bezwaar.1.bezwaar': '', 'bezwaar.2.bezwaar': '' }, item: 2 });
    expect(itemNumbers(two.values, 'bezwaar')).toEqual([1, 2]);
    const three = addItem({ ...two.values, 'bezwaar.2.regel': 'Bouwbesluit', 'initiatief.naam': 'Buurthuis' }, part);
    const removed = removeItem({ ...three.values, 'bezwaar.3.regel': 'Drank' }, 'bezwaar', 2);
    expect(itemNumbers(removed, 'bezwaar')).toEqual([1, 3]);
    expect(Object.keys(removed).filter((key) => key.startsWith('bezwaar.2.'))).toEqual([]);
    expect(removed['bezwaar.3.regel']).toBe('Drank');
    expect(removed['initiatief.naam']).toBe('Buurthuis');
    expect(addItem(removed, part).item).toBe(4);
    // Item numbers sort as numbers, so item 10 comes after item 9.
    expect(itemNumbers({ 'bezwaar.10.regel': 'a', 'bezwaar.9.regel': 'b' }, 'bezwaar')).toEqual([9, 10]);
  });

  it('name a filled-in copy after its title question', () => {
    const sheet = loadWorksheet('ja-tenzij-toets');
    expect(entryTitle(sheet, { 'initiatief.naam': ' Buurthuis De Linde ' })).toBe('Buurthuis De Linde');
    expect(entryTitle(sheet, {})).toBe('Zonder naam');
    expect(newEntryId('ja-tenzij-toets', new Date('2026-12-06T10:15:00.000Z'))).toBe('ja-tenzij-toets:2026-12-06T10-15-00-000Z');
  });
});

describe('the document of a filled-in worksheet', () => {
  const toets = loadWorksheet('ja-tenzij-toets');
  const values = {
    'initiatief.naam': 'Buurthuis De Linde',
    'initiatief.initiatiefnemer': 'Stichting Lindehof',
    'initiatief.plan': 'Het buurthuis zelf beheren.',
    'initiatief.aanspreekpunt': 'Joris de Vries',
    'bezwaar.1.bezwaar': 'Wie is aansprakelijk?',
    'bezwaar.1.regel': 'Burgerlijk Wetboek, onrechtmatige daad.',
    'bezwaar.1.voorwaarde': 'u regelt samen met ons de vrijwilligerspolis.',
    'bezwaar.1.beslist': 'de teamleider',
    'bezwaar.3.bezwaar': 'Dan wil iedereen het.',
    'bezwaar.3.voorwaarde': 'u houdt zich aan de spelregels voor bewonersbeheer.',
    'bezwaar.3.beslist': 'het college',
  };

  it('reads as a "ja, tenzij" letter for the initiator, one paragraph per objection', () => {
    const doc = buildDocument(toets, values, { dateLine });
    expect(doc.name).toBe('Buurthuis De Linde');
    const letter = paragraphs(section(doc, toets.result.heading));
    expect(letter[0]).toBe('Beste Stichting Lindehof,');
    expect(letter[1]).toContain('U vroeg of Buurthuis De Linde kan doorgaan. Ons antwoord is: ja, tenzij');
    expect(letter.filter((p) => p.startsWith('Punt:'))).toEqual([
      'Punt: Wie is aansprakelijk?\nJa, op deze voorwaarde: u regelt samen met ons de vrijwilligerspolis.\nWie beslist: de teamleider',
      'Punt: Dan wil iedereen het.\nJa, op deze voorwaarde: u houdt zich aan de spelregels voor bewonersbeheer.\nWie beslist: het college',
    ]);
    expect(letter.at(-1)).toContain('Joris de Vries');
  });

  it('leaves out a paragraph with an empty answer, and lists only answers the letter does not show', () => {
    const doc = buildDocument(toets, { ...values, 'bezwaar.3.beslist': ' ', 'initiatief.initiatiefnemer': '' }, { dateLine });
    const letter = paragraphs(section(doc, toets.result.heading));
    expect(letter.some((p) => p.startsWith('Beste'))).toBe(false);
    expect(letter.filter((p) => p.startsWith('Punt:'))).toHaveLength(1);
    const notes = section(doc, 'Bezwaren');
    expect(notes).toContainEqual({ kind: 'subheading', text: 'Bezwaar 1: Wie is aansprakelijk?' });
    expect(notes).toContainEqual({ kind: 'answer', label: 'Wat zegt de regel echt?', text: 'Burgerlijk Wetboek, onrechtmatige daad.' });
    expect(notes.some((b) => b.kind === 'answer' && b.label === 'Onder welke voorwaarde kan het doorgaan?')).toBe(false);
  });

  it('builds the statement of vote from the choice made', () => {
    const sheet = loadWorksheet('stemverklaring');
    const common = {
      'besluit.onderwerp': 'vergunningparkeren in de Kanaalzone',
      'besluit.adviseurs': 'het burgerpanel',
      'afweging.overgenomen': 'het vergunningparkeren.',
      'afweging.anders': 'wij kiezen 16.00 uur, omdat de wijk anders overdag volloopt.',
      'afweging.vervolg': 'Over een jaar bekijken we samen of het werkt.',
    };
    const part = (keuze: string) =>
      paragraphs(section(buildDocument(sheet, { ...common, 'afweging.keuze': keuze }, { dateLine }), 'Uw stemverklaring'));
    expect(part('deels')).toEqual([
      'Wij danken het burgerpanel voor hun advies over vergunningparkeren in de Kanaalzone.',
      'Wij nemen over: het vergunningparkeren.',
      'Op één punt kiezen wij anders: wij kiezen 16.00 uur, omdat de wijk anders overdag volloopt.',
      'Over een jaar bekijken we samen of het werkt.',
    ]);
    expect(part('volgen')[1]).toBe('Wij volgen het advies: het vergunningparkeren.');
    expect(part('afwijken')[1]).toMatch(/^Wij wijken af van het advies\. Dat doen wij niet stil/);
    expect(section(buildDocument(sheet, { ...common, 'afweging.keuze': 'deels' }, { dateLine }), 'Uw afweging')).toEqual([]);
  });

  it('compares the competence scores before and after', () => {
    const sheet = loadWorksheet('competentiescan');
    const doc = buildDocument(
      sheet,
      {
        'scan.naam': 'Leerpad najaar',
        'vooraf.proces': '2',
        'achteraf.proces': '4',
        'vooraf.samenhang': '3',
        'achteraf.samenhang': '3',
        'vooraf.politiek': '4',
        'achteraf.politiek': '3',
        'vooraf.buurt': '2',
      },
      { dateLine },
    );
    const growth = section(doc, 'Uw groei');
    expect(growth).toContainEqual({
      kind: 'table',
      header: ['Vaardigheid', 'Vooraf', 'Achteraf', 'Verschil'],
      rows: [
        ['Oog voor het proces', '2', '4', '+2'],
        ['Werken als één gemeente', '3', '3', '0'],
        ['Gevoel voor politiek en bestuur', '4', '3', '-1'],
        ['Steun en kennis uit de buurt', '2', '–', '–'],
      ],
    });
    const sentence = paragraphs(growth).at(-1)!;
    expect(sentence).toContain('Gegroeid: oog voor het proces.');
    expect(sentence).toContain('Gelijk gebleven: werken als één gemeente.');
    expect(sentence).toContain('Lager dan vooraf: gevoel voor politiek en bestuur.');
    expect(sentence).toContain('Nog niet vergeleken: steun en kennis uit de buurt.');
    expect(section(doc, 'Vooraf')).toContainEqual({ kind: 'answer', label: 'Oog voor het proces', text: '2 van 5' });
  });

  it('puts the decision aid advice in the participation plan', () => {
    const sheet = loadWorksheet('participatieplan');
    const aid = loadParticipationAid();
    const answers = {
      'keuzehulp.vast': 'kaders',
      'keuzehulp.open': 'keuzes',
      'keuzehulp.geraakt': 'buurt',
      'keuzehulp.tijd': 'midden',
      'keuzehulp.geld': 'beperkt',
      'keuzehulp.belofte': 'advies',
    };
    const doc = buildDocument(sheet, { ...answers, 'traject.naam': 'Lindenplein', 'invloed.trede': 'adviseren' }, { dateLine, aid });
    const advice = section(doc, aid.title);
    expect(advice[0]).toEqual({ kind: 'subheading', text: 'Advies: de trede adviseren' });
    expect(advice.find((b) => b.kind === 'list')).toMatchObject({
      items: expect.arrayContaining([expect.stringMatching(/^Een klankbordgroep\. Tijd: .+ Kosten: .+ Valkuil: /)]),
    });
    expect(paragraphs(section(doc, 'Het plan op één A4'))).toContain(
      'Trede: Adviseren: de gemeente volgt het advies, tenzij ze uitlegt waarom niet.',
    );
    const none = buildDocument(sheet, { ...answers, 'keuzehulp.open': 'niets' }, { dateLine, aid });
    expect(section(none, aid.title)[0]).toEqual({ kind: 'subheading', text: 'Advies: participatie is hier niet het goede middel' });
    expect(section(buildDocument(sheet, {}, { dateLine, aid }), aid.title)).toEqual([]);
  });
});

describe('the Markdown of a worksheet', () => {
  it('has the title, name, sections and table, with the learner text escaped but readable', () => {
    const doc: WorksheetDocument = {
      title: 'Competentiescan vooraf en achteraf',
      name: '# Mijn <b>scan</b>',
      dateLine,
      sections: [
        { heading: 'Uw groei', blocks: [{ kind: 'table', header: ['Vaardigheid', 'Vooraf'], rows: [['Proces | samenhang', '2']] }] },
        {
          heading: 'Vooraf',
          blocks: [
            { kind: 'answer', label: 'Voorbeeld', text: '1. eerste regel\n* tweede regel\n\nnieuwe alinea' },
            { kind: 'list', items: ['Let op: [link](javascript:x)'] },
          ],
        },
      ],
    };
    expect(worksheetToMarkdown(doc)).toBe(
      [
        '# Competentiescan vooraf en achteraf',
        '',
        '**\\# Mijn \\<b\\>scan\\</b\\>**  ',
        'Bijgewerkt op 6 december 2026',
        '',
        '## Uw groei',
        '',
        '| Vaardigheid | Vooraf |',
        '| --- | --- |',
        '| Proces \\| samenhang | 2 |',
        '',
        '## Vooraf',
        '',
        '**Voorbeeld**  ',
        '1\\. eerste regel  ',
        '\\* tweede regel',
        '',
        'nieuwe alinea',
        '',
        '- Let op: \\[link\\](javascript:x)',
        '',
      ].join('\n'),
    );
  });

  it('of a real worksheet holds the letter text', () => {
    const sheet = loadWorksheet('terugkoppelbrief');
    const md = worksheetToMarkdown(
      buildDocument(
        sheet,
        {
          'brief.onderwerp': 'Lindenplein',
          'brief.aan': 'iedereen die meedacht',
          'besluit.wat': 'Op 12 mei besloot de raad.',
          'inbreng.niet': 'de leidingen dat niet toelaten.',
        },
        { dateLine },
      ),
    );
    expect(md).toContain('## Uw brief\n\nAan iedereen die meedacht,\n\nOp 12 mei besloot de raad.');
    expect(md).toContain('Dit kan ik u niet beloven, omdat de leidingen dat niet toelaten.');
  });

  it('gets a file name with the worksheet, the name and the date', () => {
    expect(worksheetFileName('ja-tenzij-toets', 'Buurthuis Éénhoorn / De Linde!', 'docx', new Date('2026-12-06T10:00:00Z'))).toBe(
      'ja-tenzij-toets-buurthuis-eenhoorn-de-linde-2026-12-06.docx',
    );
    expect(worksheetFileName('stemverklaring', '???', 'md', new Date('2026-12-06T10:00:00Z'))).toBe('stemverklaring-2026-12-06.md');
  });
});

describe('the labels the leerlogboek export uses for worksheets', () => {
  it('name every stored field after its question, with the decision aid questions marked', () => {
    const labels = worksheetLabels(loadWorksheet('participatieplan'), loadParticipationAid());
    expect(labels.title).toBe('Participatieplan op één A4');
    expect(labels.fields['traject.naam']).toBe('Naam van het traject');
    expect(labels.fields['keuzehulp.tijd']).toBe('Keuzehulp: Hoeveel tijd is er tot het besluit?');
    const toets = worksheetLabels(loadWorksheet('ja-tenzij-toets'));
    // The export turns "bezwaar.2.regel" into "Wat zegt de regel echt? 2" with this label.
    expect(worksheetFieldLabel(toets.fields, 'bezwaar.2.regel')).toBe('Wat zegt de regel echt? 2');
  });
});
