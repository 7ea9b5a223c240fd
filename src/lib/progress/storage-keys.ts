/**
 * The localStorage keys of the learner data, in a file of their own: the check that decides whether a
 * page needs the store at all reads them without loading the store and its validation.
 */

/** Where the learner data lives: prefix, data version, area. */
export const PROGRESS_KEY = 'jt:v1:progress';

/** Prefix of the keys under which unreadable stored data is kept aside, followed by an ISO timestamp. */
export const CORRUPT_KEY_PREFIX = 'jt:v1:corrupt:';

/**
 * Where the prototype of autumn 2026 kept reflections. It is read once, when
 * `jt:v1:progress` does not exist yet, and left in place until "alles wissen".
 */
export const LEGACY_V0_KEY = 'jt:reflecties';
