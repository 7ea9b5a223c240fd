// Apart from messages.ts: the progress client, which every island with learner data loads first, needs only these.

/** Texts for the learner about saving, in Dutch at B1 level. */
export const STORAGE_NOTICES = {
  /** Storage is off, blocked or throws (for example in a private window). */
  unavailable:
    'Uw browser bewaart nu niets van wat u doet. Dat gebeurt bijvoorbeeld in een privévenster. ' +
    'U kunt gewoon verder werken. Maar als u dit venster sluit, is uw werk weg. ' +
    'Wilt u uw werk bewaren? Maak dan een export.',
  /** Storage is full: the change is only in this window. */
  quota:
    'Uw browser heeft geen ruimte meer om uw werk op te slaan. ' +
    'Uw laatste wijziging staat alleen in dit venster. ' +
    'Maak een export. Dan bewaart u alles in een bestand op uw computer.',
} as const;
