/** Dutch labels shared by the learner pages, the facilitation guide and workshop mode. */

/** Names of the kinds of steps in a facilitation guide's schedule. */
export const STEP_KIND_LABEL = {
  opening: 'Opening',
  casus: 'Casus',
  scenario: 'Scenario',
  gesprek: 'Gesprek',
  oefening: 'Oefening',
  afsluiting: 'Afsluiting',
} as const;

/** Names of the ratings of a scenario ending. */
export const RATING_LABEL = { best: 'Beste uitkomst', goed: 'Goede uitkomst', matig: 'Matige uitkomst', zwak: 'Zwakke uitkomst' } as const;
