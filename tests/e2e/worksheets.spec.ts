import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { chooseImportFile } from '../support/learner-journeys';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DOCX_CHUNK = /\/_astro\/docx\.[\w-]+\.js$/;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
}

/** Opens a worksheet page and waits until the island has hydrated and read the learner store. */
async function openWorksheetPage(page: Page, path: string) {
  await page.goto(path);
  // The button is there (disabled) from the start, and works once the learner's data has loaded.
  await expect(page.getByRole('button', { name: 'Nieuw werkblad beginnen' })).toBeEnabled();
}

async function startNew(page: Page) {
  await page.getByRole('button', { name: 'Nieuw werkblad beginnen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Een nieuw, leeg werkblad is geopend.' })).toBeVisible();
}

/** Waits until everything typed is in the store (the line under the form says when it was saved). */
async function waitUntilSaved(page: Page) {
  await expect(page.getByText(/^Opgeslagen om \d{2}:\d{2}\.$/)).toBeVisible();
}

const result = (page: Page) => page.getByRole('article');

/** The text of word/document.xml in a downloaded .docx. */
async function docxText(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  return strFromU8(files['word/document.xml']!).replace(/<[^>]+>/g, ' ');
}

async function downloadedText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** The number of A4 pages the open worksheet prints on. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the ja-tenzij-toets from module A2: fill in, keep, print on one A4, download as Word and Markdown, a second initiative, delete', async ({
  page,
  problems,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('/modules/van-nee-maar-naar-ja-tenzij/');
  await page.getByRole('link', { name: 'Vul het werkblad Ja-tenzij-toets voor een echt initiatief in' }).click();
  await expect(page).toHaveURL(/\/werkbladen\/ja-tenzij-toets\/$/);
  await expect(page.getByRole('button', { name: 'Nieuw werkblad beginnen' })).toBeEnabled();
  await expect(page.getByText('U hebt dit werkblad nog niet ingevuld.')).toBeVisible();
  await expectNoAxeViolations(page);

  await startNew(page);
  // The focus goes to the first question, so a keyboard user can start typing.
  await expect(page.getByLabel('Naam van het initiatief')).toBeFocused();
  await page.keyboard.type('Buurthuis De Linde');
  await page.getByLabel('Wie is de initiatiefnemer?').fill('Stichting Lindehof');
  await page.getByLabel('Wat willen zij doen?').fill('Het buurthuis zelf beheren, met vrijwilligers.');
  await page.getByLabel('Wie is hun vaste aanspreekpunt bij de gemeente?').fill('Joris de Vries');
  const first = page.getByRole('group', { name: 'Bezwaar 1' });
  await first.getByLabel('Welk bezwaar hoort u?').fill('Wie is er aansprakelijk als het misgaat?');
  await first.getByLabel('Wat zegt de regel echt?').fill('De gemeente is als eigenaar verantwoordelijk voor een veilig gebouw.');
  await first.getByLabel('Welke ruimte is er?').fill('De vrijwilligerspolis dekt de activiteiten.');
  await first.getByLabel('Onder welke voorwaarde kan het doorgaan?').fill('u legt op papier vast wie waarvoor zorgt.');
  await first.getByLabel('Wie beslist hierover?').fill('de teamleider');

  // Add a second objection: the focus moves to its first question and the change is announced.
  await page.getByRole('button', { name: 'Nog een bezwaar toevoegen' }).click();
  await expect(page.getByRole('status')).toHaveText('Bezwaar toegevoegd.');
  const second = page.getByRole('group', { name: 'Bezwaar 2' });
  await expect(second.getByLabel('Welk bezwaar hoort u?')).toBeFocused();
  await page.keyboard.type('Dan wil iedereen het.');
  await second.getByLabel('Onder welke voorwaarde kan het doorgaan?').fill('u houdt zich aan de openbare spelregels voor bewonersbeheer.');
  await second.getByLabel('Wie beslist hierover?').fill('het college');

  // A third one, removed again: the focus returns to the add button.
  await page.getByRole('button', { name: 'Nog een bezwaar toevoegen' }).click();
  await page.getByRole('group', { name: 'Bezwaar 3' }).getByLabel('Welk bezwaar hoort u?').fill('Dat moeten we aanbesteden.');
  await page.getByRole('button', { name: 'Bezwaar 3 verwijderen' }).click();
  await expect(page.getByRole('status')).toHaveText('Bezwaar 3 is verwijderd.');
  await expect(page.getByRole('button', { name: 'Nog een bezwaar toevoegen' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Bezwaar 3' })).toHaveCount(0);
  await waitUntilSaved(page);

  // The result is a letter for the initiator.
  await expect(result(page)).toContainText('Beste Stichting Lindehof,');
  await expect(result(page)).toContainText('U vroeg of Buurthuis De Linde kan doorgaan. Ons antwoord is: ja, tenzij');
  await expect(result(page)).toContainText('Ja, op deze voorwaarde: u houdt zich aan de openbare spelregels voor bewonersbeheer.');
  await expect(result(page)).not.toContainText('Dat moeten we aanbesteden.');
  await expectNoAxeViolations(page);

  // A reload brings the open worksheet back with everything in it.
  await page.reload();
  await expect(page.getByLabel('Naam van het initiatief')).toHaveValue('Buurthuis De Linde');
  await expect(page.getByRole('group', { name: 'Bezwaar 2' }).getByLabel('Wie beslist hierover?')).toHaveValue('het college');
  await expect(page.getByRole('group', { name: 'Bezwaar 3' })).toHaveCount(0);

  // One worksheet prints on one A4.
  expect(await printedPages(page)).toBe(1);

  // The Word code is not loaded until the learner asks for a Word file.
  expect(requests.filter((url) => DOCX_CHUNK.test(url))).toEqual([]);
  const word = await docxText(page, () => page.getByRole('button', { name: 'Download als Word' }).click());
  expect(requests.filter((url) => DOCX_CHUNK.test(url))).toHaveLength(1);
  await expect(page.getByRole('status')).toHaveText('Het Word-bestand staat in uw downloads.');
  expect(word).toContain('Ja-tenzij-toets voor een echt initiatief');
  expect(word).toContain('Buurthuis De Linde');
  expect(word).toContain('Ons antwoord is: ja, tenzij');
  expect(word).toContain('Ja, op deze voorwaarde: u legt op papier vast wie waarvoor zorgt.');
  expect(word).toContain('De vrijwilligerspolis dekt de activiteiten.');

  const markdown = await downloadedText(page, page.getByRole('button', { name: 'Download als Markdown' }));
  expect(markdown.name).toMatch(/^ja-tenzij-toets-buurthuis-de-linde-\d{4}-\d{2}-\d{2}\.md$/);
  expect(markdown.text).toMatch(/^# Ja-tenzij-toets voor een echt initiatief\n\n\*\*Buurthuis De Linde\*\*/);
  expect(markdown.text).toContain('## Ja, tenzij: het antwoord aan de initiatiefnemer');
  expect(markdown.text).toContain(
    'Punt: Dan wil iedereen het.  \nJa, op deze voorwaarde: u houdt zich aan de openbare spelregels voor bewonersbeheer.',
  );

  // A second initiative gets its own worksheet; the first one stays in the list.
  await startNew(page);
  await page.getByLabel('Naam van het initiatief').fill('Repair café Lindehof');
  await waitUntilSaved(page);
  const saved = page.getByRole('region', { name: 'Uw ingevulde werkbladen' }).getByRole('listitem');
  await expect(saved).toHaveCount(2);
  await expect(saved.first()).toContainText('Repair café Lindehof');
  await expect(saved.nth(1)).toContainText('Buurthuis De Linde');

  await page.getByRole('button', { name: /^Openen\b.*Buurthuis De Linde$/ }).click();
  await expect(page.getByRole('heading', { name: 'Werkblad: Buurthuis De Linde' })).toBeFocused();
  await expect(page.getByLabel('Wie is de initiatiefnemer?')).toHaveValue('Stichting Lindehof');

  // Delete it: asked first, then gone, announced, and the focus on the list.
  await page.getByRole('button', { name: /^Verwijderen\b.*Buurthuis De Linde$/ }).click();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('status')).toHaveText('Werkblad ‘Buurthuis De Linde’ is verwijderd.');
  await expect(page.getByRole('heading', { name: 'Uw ingevulde werkbladen' })).toBeFocused();
  await expect(saved).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('button', { name: /^Openen\b.*Repair café Lindehof$/ })).toBeVisible();
  await expect(page.getByText('Buurthuis De Linde')).toHaveCount(0);

  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('the participation plan from module B2: the decision aid suggests a rung, or advises against participation', async ({
  page,
  problems,
}) => {
  await openWorksheetPage(page, '/werkbladen/participatieplan/');
  await startNew(page);
  await expect(page.getByRole('heading', { name: 'Keuzehulp: welke trede past, en past participatie wel?' })).toBeVisible();
  const answer = (question: string, option: string) =>
    page.getByRole('group', { name: question }).getByRole('radio', { name: option }).check();
  await answer('Wat ligt er al vast?', 'De kaders: budget, regels en eerdere besluiten. Binnen die kaders is nog ruimte.');
  await answer('Waarover kunnen bewoners echt nog meepraten?', 'Over echte keuzes, zoals de indeling, het ontwerp of de aanpak.');
  await answer('Wie merkt de gevolgen?', 'Een buurt of een wijk.');
  await answer('Hoeveel tijd is er tot het besluit?', 'Eén tot drie maanden.');
  await expect(page.getByText('Beantwoord alle vragen, dan ziet u hier het advies. Nog 2 vragen open.')).toBeVisible();
  await answer('Hoeveel geld en menskracht is er voor het proces?', 'Beperkt: een paar duizend euro, of een collega voor een paar weken.');
  await answer('Wat wil het bestuur vooraf beloven over de uitkomst?', 'Het bestuur volgt het advies, tenzij het uitlegt waarom niet.');

  await expect(page.getByText('Advies: de trede adviseren').first()).toBeVisible();
  await expect(page.getByText(/Een klankbordgroep/).first()).toBeVisible();
  await expect(page.getByText(/Valkuil: steeds dezelfde mensen/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Neem deze trede en werkvormen over in het plan' }).click();
  const rung = page.getByRole('group', { name: 'Welke trede biedt u?' }).getByRole('radio', { name: /^Adviseren:/ });
  await expect(rung).toBeChecked();
  await expect(rung).toBeFocused();
  await expect(page.getByLabel('Welke werkvormen gebruikt u?')).toHaveValue(/Een klankbordgroep/);
  await page.getByLabel('Naam van het traject').fill('Herinrichting Lindenplein');
  await page.getByLabel('Wat is het doel?').fill('Een groener plein waar mensen graag blijven zitten.');
  await page.getByLabel('Wat ligt vast?').fill('Een budget van 1,2 miljoen euro, de weekmarkt en de route voor de brandweer.');
  await page.getByLabel('Wie beslist wat, en wanneer?').fill('Het college in maart over het ontwerp, de raad in mei over het geld.');
  await waitUntilSaved(page);
  await expect(result(page)).toContainText('Doel: Een groener plein waar mensen graag blijven zitten.');
  await expect(result(page)).toContainText('Advies: de trede adviseren');

  await page.reload();
  await expect(page.getByLabel('Naam van het traject')).toHaveValue('Herinrichting Lindenplein');
  await expect(
    page.getByRole('group', { name: 'Hoeveel tijd is er tot het besluit?' }).getByRole('radio', { name: 'Eén tot drie maanden.' }),
  ).toBeChecked();
  expect(await printedPages(page)).toBe(1);

  // When nothing is open, the honest advice is that participation is not the right tool.
  await answer('Waarover kunnen bewoners echt nog meepraten?', 'Nergens over. Er valt niets meer te kiezen.');
  await expect(page.getByText('Advies: participatie is hier niet het goede middel').first()).toBeVisible();
  await expect(page.getByText(/schijnparticipatie/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Neem deze trede en werkvormen over in het plan' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(problems.consoleErrors).toEqual([]);
});

test('the feedback letter from module B2 opens with the decision and uses the three sentences', async ({ page }) => {
  await openWorksheetPage(page, '/werkbladen/terugkoppelbrief/');
  await startNew(page);
  await page.getByLabel('Over welk traject gaat de brief?').fill('het nieuwe Lindenplein');
  await page.getByLabel('Aan wie schrijft u?').fill('iedereen die meedacht, ook online');
  await page.getByLabel('Wie ondertekent de brief?').fill('Wethouder Bakker');
  await page.getByLabel('Wat is er besloten, door wie en wanneer?').fill('Op 12 mei besloot de raad over het ontwerp en het geld.');
  await page.getByLabel('Dit kan ik u toezeggen: …').fill('er komen veertig nieuwe bomen aan de randen van het plein.');
  await page.getByLabel('Dit kan ik u niet beloven, omdat …').fill('er onder het midden leidingen liggen.');
  await page.getByLabel('Op … hoort u van ons wat er met uw idee is gebeurd.').fill('15 september');
  await waitUntilSaved(page);
  const paragraphs = result(page).getByRole('paragraph');
  await expect(paragraphs.nth(1)).toHaveText('Aan iedereen die meedacht, ook online,');
  await expect(paragraphs.nth(2)).toHaveText('Op 12 mei besloot de raad over het ontwerp en het geld.');
  await expect(result(page)).toContainText('Dit kan ik u niet beloven, omdat er onder het midden leidingen liggen.');
  await expect(result(page)).toContainText('Op 15 september hoort u van ons wat er met uw idee is gebeurd.');
  await page.reload();
  await expect(page.getByLabel('Dit kan ik u toezeggen: …')).toHaveValue('er komen veertig nieuwe bomen aan de randen van het plein.');
  expect(await printedPages(page)).toBe(1);
  const word = await docxText(page, () => page.getByRole('button', { name: 'Download als Word' }).click());
  expect(word).toContain('Dit kan ik u toezeggen: er komen veertig nieuwe bomen aan de randen van het plein.');
});

test('the statement of vote from module B3 explains following part of the advice', async ({ page }) => {
  await openWorksheetPage(page, '/werkbladen/stemverklaring/');
  await startNew(page);
  await page.getByLabel('Over welk voorstel stemt u?').fill('vergunningparkeren in de Kanaalzone');
  await page.getByLabel('Wie gaven het advies?').fill('het gelote burgerpanel van de Kanaalzone');
  await page
    .getByRole('group', { name: 'Wat doet u met het advies?' })
    .getByRole('radio', { name: 'Ik volg het advies voor een deel.' })
    .check();
  await page.getByLabel('Wat neemt u over?').fill('het vergunningparkeren.');
  await page
    .getByLabel('Wat doet u anders, en waarom?')
    .fill('wij kiezen 16.00 uur in plaats van 18.00 uur, omdat de wijk anders overdag volloopt.');
  await page
    .getByLabel('Wat gebeurt er hierna, en wanneer horen de inwoners ervan?')
    .fill('Over een jaar bekijken we samen met de bewoners of dat werkt.');
  await waitUntilSaved(page);
  await expect(result(page)).toContainText(
    'Wij danken het gelote burgerpanel van de Kanaalzone voor hun advies over vergunningparkeren in de Kanaalzone.',
  );
  await expect(result(page)).toContainText('Op één punt kiezen wij anders: wij kiezen 16.00 uur');
  await page.reload();
  await expect(
    page.getByRole('group', { name: 'Wat doet u met het advies?' }).getByRole('radio', { name: 'Ik volg het advies voor een deel.' }),
  ).toBeChecked();
  expect(await printedPages(page)).toBe(1);
});

test('the competence scan from module A3 compares the scores before and after', async ({ page }) => {
  await openWorksheetPage(page, '/werkbladen/competentiescan/');
  await startNew(page);
  await page.getByLabel('Naam van deze scan').fill('Leerpad najaar');
  const score = (moment: string, skill: string, value: string) =>
    page.getByRole('group', { name: moment }).getByRole('group', { name: skill }).getByRole('radio', { name: value, exact: true }).check();
  const skills = ['Oog voor het proces', 'Werken als één gemeente', 'Gevoel voor politiek en bestuur', 'Steun en kennis uit de buurt'];
  for (const [i, skill] of skills.entries()) {
    await score('Vooraf', skill, String(2 + (i % 2)));
    await score('Achteraf, na drie maanden', skill, String(3 + (i % 2)));
  }
  await waitUntilSaved(page);
  const table = result(page).getByRole('table');
  await expect(table.getByRole('row', { name: /Oog voor het proces/ }).getByRole('cell')).toHaveText(['2', '3', '+1']);
  await expect(table.getByRole('row', { name: /Gevoel voor politiek en bestuur/ }).getByRole('cell')).toHaveText(['2', '3', '+1']);
  await expect(table.getByRole('row', { name: /Werken als één gemeente/ }).getByRole('cell')).toHaveText(['3', '4', '+1']);
  await expect(result(page)).toContainText(
    'Gegroeid: oog voor het proces, werken als één gemeente, gevoel voor politiek en bestuur, steun en kennis uit de buurt.',
  );
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Vooraf' })
      .getByRole('group', { name: 'Oog voor het proces' })
      .getByRole('radio', { name: '2', exact: true }),
  ).toBeChecked();
  expect(await printedPages(page)).toBe(1);
});

test('a worksheet is in the leerlogboek export, goes with "Alles wissen" and comes back with an import', async ({ page }, testInfo) => {
  await openWorksheetPage(page, '/werkbladen/stemverklaring/');
  await startNew(page);
  await page.getByLabel('Over welk voorstel stemt u?').fill('Parkeren in de Kanaalzone');
  await page.getByLabel('Wat doet u anders, en waarom?').fill('Wij kiezen 16.00 uur, omdat de wijk anders volloopt.');
  await waitUntilSaved(page);

  await page.goto('/logboek/');
  const json = await downloadedText(page, page.getByRole('button', { name: 'Download als JSON' }));
  const saved = Object.values(JSON.parse(json.text).data.worksheets) as { kind: string; title: string }[];
  expect(saved).toEqual([expect.objectContaining({ kind: 'stemverklaring', title: 'Parkeren in de Kanaalzone' })]);
  const markdown = await downloadedText(page, page.getByRole('button', { name: 'Download als Markdown' }));
  expect(markdown.text).toContain('## Werkbladen');
  expect(markdown.text).toContain('### Parkeren in de Kanaalzone');
  expect(markdown.text).toContain('#### Wat doet u anders, en waarom?');

  await page.getByRole('button', { name: 'Alles wissen' }).click();
  await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
  await openWorksheetPage(page, '/werkbladen/stemverklaring/');
  await expect(page.getByText('U hebt dit werkblad nog niet ingevuld.')).toBeVisible();

  const file = testInfo.outputPath('export.json');
  writeFileSync(file, json.text);
  await page.goto('/logboek/');
  await chooseImportFile(page, file);
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De import is klaar.' })).toBeVisible();
  await openWorksheetPage(page, '/werkbladen/stemverklaring/');
  await page.getByRole('button', { name: /^Openen\b.*Parkeren in de Kanaalzone$/ }).click();
  await expect(page.getByLabel('Wat doet u anders, en waarom?')).toHaveValue('Wij kiezen 16.00 uur, omdat de wijk anders volloopt.');
});

test.describe('on a phone (320 CSS px)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('every worksheet page and its open form fit the screen and pass axe', async ({ page }) => {
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/werkbladen/');
    expect(await sideways()).toBe(0);
    await expectNoAxeViolations(page);
    for (const id of ['ja-tenzij-toets', 'participatieplan', 'terugkoppelbrief', 'stemverklaring', 'competentiescan']) {
      await openWorksheetPage(page, `/werkbladen/${id}/`);
      await startNew(page);
      await page.getByRole('textbox').first().fill('Een lange naam voor een initiatief in de Burgemeester Van Nispen tot Sevenaerstraat');
      await waitUntilSaved(page);
      expect(await sideways(), id).toBe(0);
      await expectNoAxeViolations(page);
    }
  });
});

test('without JavaScript the page says the form needs it and shows the questions as text', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/werkbladen/ja-tenzij-toets/');
  await expect(page.getByText(/Invullen, bewaren, afdrukken en downloaden werkt met JavaScript/)).toBeVisible();
  const questions = page.getByRole('region', { name: 'De vragen van dit werkblad' });
  await expect(questions.getByRole('listitem').filter({ hasText: 'Wat zegt de regel echt?' })).toBeVisible();
  await expect(questions).toContainText('Vul deze vragen in voor elk bezwaar apart.');
  await expect(page.getByRole('button', { name: 'Nieuw werkblad beginnen' })).toHaveCount(0);
  await context.close();
});
