import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { withFriendlyErrors } from './lib/content/with-friendly-errors';
import { withGemeente } from './lib/config/with-gemeente';
import { ModuleSchema } from './lib/schemas/module';
import { KnowledgeCheckSchema } from './lib/schemas/knowledge-check';
import { FacilitationGuideSchema } from './lib/schemas/facilitation-guide';
import { PublishedScenarioSchema } from './lib/schemas/published-scenario';
import { ScenarioSchema } from './lib/schemas/scenario';
import { WorkshopMaterialsSchema } from './lib/schemas/workshop-materials';
import { GlossarySchema } from './lib/schemas/glossary';
import { CaseSchema } from './lib/schemas/case';
import { ProgrammeSchema } from './lib/schemas/programme';
import { LearningQuestionSchema, flattenLearningQuestions } from './lib/schemas/learning-question';
import { WorksheetSchema } from './lib/schemas/worksheet';
import { DecisionAidSchema } from './lib/schemas/decision-aid';

// Every file in a module folder is keyed by the folder name, so a module, its
// check, its guide and its scenario share one id (e.g. "01-burgerkracht-en-loslaten").
const moduleFolder = ({ entry }: { entry: string }) => entry.split('/')[0]!;
// withGemeente fills in {gemeente.naam} from gemeente.config.yaml before the schemas run.
const inModules = (pattern: string) => withGemeente(glob({ base: './modules', pattern, generateId: moduleFolder }));

export const collections = {
  modules: defineCollection({ loader: withFriendlyErrors(inModules('*/index.mdx'), ModuleSchema), schema: ModuleSchema }),
  checks: defineCollection({
    loader: withFriendlyErrors(inModules('*/kennischeck.yaml'), KnowledgeCheckSchema),
    schema: KnowledgeCheckSchema,
  }),
  guides: defineCollection({
    loader: withFriendlyErrors(inModules('*/draaiboek.yaml'), FacilitationGuideSchema),
    schema: FacilitationGuideSchema,
  }),
  scenarios: defineCollection({
    loader: withFriendlyErrors(inModules('*/scenario.yaml'), PublishedScenarioSchema),
    schema: ScenarioSchema,
  }),
  materials: defineCollection({
    loader: withFriendlyErrors(inModules('*/materiaal.yaml'), WorkshopMaterialsSchema),
    schema: WorkshopMaterialsSchema,
  }),
  glossary: defineCollection({
    loader: withFriendlyErrors(withGemeente(glob({ base: './content/begrippen', pattern: '*.md' })), GlossarySchema),
    schema: GlossarySchema,
  }),
  cases: defineCollection({
    loader: withFriendlyErrors(withGemeente(glob({ base: './content/praktijk', pattern: '*.md' })), CaseSchema),
    schema: CaseSchema,
  }),
  programme: defineCollection({
    loader: withFriendlyErrors(withGemeente(glob({ base: './content/programma', pattern: 'programma.md' })), ProgrammeSchema),
    schema: ProgrammeSchema,
  }),
  // Worksheets after a module (/werkbladen/<id>/), and the decision aids shown before a worksheet. Not
  // through withGemeente: their result templates use {part.field} placeholders of their own.
  worksheets: defineCollection({
    loader: withFriendlyErrors(glob({ base: './content/werkbladen', pattern: '*.yaml' }), WorksheetSchema),
    schema: WorksheetSchema,
  }),
  decisionAids: defineCollection({
    loader: withFriendlyErrors(glob({ base: './content/werkbladen/keuzehulp', pattern: '*.yaml' }), DecisionAidSchema),
    schema: DecisionAidSchema,
  }),
  learningQuestions: defineCollection({
    loader: withFriendlyErrors(
      file('content/programma/leervragen.yaml', { parser: (text) => flattenLearningQuestions(parse(text)) }),
      LearningQuestionSchema,
      { entryInName: true },
    ),
    schema: LearningQuestionSchema,
  }),
};
