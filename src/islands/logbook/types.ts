/** A module as the leerlogboek lists it. */
export interface LogModule {
  id: string;
  code: string;
  title: string;
  href: string;
}

/** A scenario as the leerlogboek lists it, with its endings by node id. */
export interface LogScenario {
  id: string;
  moduleId: string;
  title: string;
  href: string;
  endings: Record<string, { title: string; rating: string }>;
}

/** Shows a message in the leerlogboek's status line. */
export type ShowMessage = (message: string) => void;
