// What the learner reads about the learning system (LMS). Plain Dutch, B1; each says that nothing local is lost.

export const LMS_MESSAGES = {
  /** The package was opened on its own, outside a learning system. */
  noLms: 'Geen leeromgeving gevonden: uw voortgang blijft alleen in deze browser.',
  /** The learning system did not start the session. */
  startFailed:
    'De leeromgeving reageert niet zoals verwacht. Uw voortgang blijft bewaard in deze browser, maar de leeromgeving ziet die nu niet.',
  /** The learning system refused to store the progress (a refused commit or value). */
  refused:
    'De leeromgeving heeft uw voortgang niet opgeslagen. Uw voortgang blijft bewaard in deze browser. Sluit de module en open die opnieuw vanuit de leeromgeving.',
  /** The cmi5 session expired (401 or 403). */
  expired:
    'Uw sessie in de leeromgeving is verlopen. Uw voortgang blijft bewaard in deze browser. Open de module opnieuw vanuit de leeromgeving om uw voortgang door te geven.',
  /** The learning record store could not be reached. */
  unreachable: 'De leeromgeving is nu niet bereikbaar. Uw voortgang blijft bewaard in deze browser. Wij proberen het later opnieuw.',
  /** The session was already ended (the learner came back to a closed session). */
  ended:
    'Deze sessie in de leeromgeving is al afgesloten. Uw voortgang blijft bewaard in deze browser. Open de module opnieuw vanuit de leeromgeving om verder te gaan.',
} as const;

export type LmsMessageKey = keyof typeof LMS_MESSAGES;
