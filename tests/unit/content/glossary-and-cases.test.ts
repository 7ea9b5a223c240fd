import { describe, expect, it } from 'vitest';
import { GlossarySchema } from '../../../src/lib/schemas/glossary';
import { CaseSchema } from '../../../src/lib/schemas/case';
import { ProgrammeSchema } from '../../../src/lib/schemas/programme';
import { parseWithFriendlyErrors } from '../../../src/lib/schemas/friendly-errors';
import { proseUnits, readability, words, MAX_AVERAGE_SENTENCE_LENGTH } from '../../../scripts/readability-core.mjs';
import { contentIds, moduleFolders } from '../../support/content-files';
import { readContentFile } from '../../support/content-reader';

const glossaryIds = contentIds('content/begrippen');
const caseIds = contentIds('content/praktijk');
const modules = new Set(moduleFolders());

describe('glossary', () => {
  it('has at least 35 terms', () => {
    expect(glossaryIds.length).toBeGreaterThanOrEqual(35);
  });

  it.each(glossaryIds)('term %s is valid and links only to existing terms and modules', (id) => {
    const file = `content/begrippen/${id}.md`;
    const { data, digest } = readContentFile(file);
    const term = parseWithFriendlyErrors(GlossarySchema, data, file);
    expect(term.related.filter((r) => !glossaryIds.includes(r)), 'onbekende verwante begrippen').toEqual([]);
    expect(term.related).not.toContain(id);
    expect(term.modules.filter((m) => !modules.has(m)), 'onbekende modules').toEqual([]);
    expect(readability(proseUnits(digest)).averageSentenceLength).toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE_LENGTH);
  });
});

describe('programme cases', () => {
  it('has the five programme actions as case pages', () => {
    expect(caseIds).toEqual(['concept-adviesraden', 'evaluatie-dialoogproces', 'inventarisatie-g32', 'pilot-doe-democratie', 'selectie-vijf-trajecten']);
  });

  it.each(caseIds)('case %s is valid, substantial and readable', (id) => {
    const file = `content/praktijk/${id}.md`;
    const { data, digest } = readContentFile(file);
    const value = parseWithFriendlyErrors(CaseSchema, data, file);
    expect(value.modules.filter((m) => !modules.has(m)), 'onbekende modules').toEqual([]);
    const units = proseUnits(digest);
    expect(units.flatMap(words).length).toBeGreaterThanOrEqual(250);
    expect(readability(units).averageSentenceLength).toBeLessThanOrEqual(MAX_AVERAGE_SENTENCE_LENGTH);
  });
});

describe('programme page', () => {
  it('is valid and links every action to its case page', () => {
    const file = 'content/programma/programma.md';
    const { data, digest } = readContentFile(file);
    parseWithFriendlyErrors(ProgrammeSchema, data, file);
    for (const id of caseIds) expect(digest.links).toContain(`/praktijk/${id}/`);
  });
});
