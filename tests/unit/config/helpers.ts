import { parse } from 'yaml';
import { GemeenteSchema, type GemeenteSettings } from '../../../src/lib/schemas/gemeente';
import { readText } from '../../support/content-files';

/** The raw YAML of the default settings file, to change one field at a time. */
export const defaultSettingsData = (): Record<string, unknown> => parse(readText('gemeente.config.yaml')) as Record<string, unknown>;

/** Valid settings to start each test from: the example second municipality, with every field set. */
export const exampleSettings = (): GemeenteSettings => GemeenteSchema.parse(parse(readText('examples/gemeente.voorbeeld-tweede.yaml')));
