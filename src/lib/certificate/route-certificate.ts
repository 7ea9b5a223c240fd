import { moduleCompletedAt } from '../progress/module-completed-at';
import { moduleStatus, type ModuleParts, type ModuleStatusValue } from '../progress/module-status';
import type { ProgressState } from '../progress/progress-schema';

/** A module of a route as the certificate page knows it. */
export interface CertificateModule extends ModuleParts {
  code: string;
  title: string;
  /** The module page, base included. */
  href: string;
}

/** Where the learner is with a route, for the certificate page. */
export interface RouteStanding<M extends CertificateModule = CertificateModule> {
  /** Every module of the route is afgerond. */
  finished: boolean;
  /** Every module in route order, with its status and (when afgerond) when it became so. */
  modules: { module: M; status: ModuleStatusValue; completedAt: string | null }[];
  /** The modules still to do, in route order. */
  open: M[];
  /** When the last module became afgerond: the day the route was finished. Null until then. */
  finishedAt: string | null;
}

/** The standing of one route. Pure. */
export function routeStanding<M extends CertificateModule>(state: ProgressState, modules: readonly M[]): RouteStanding<M> {
  const rows = modules.map((module) => ({
    module,
    status: moduleStatus(state, module).status,
    completedAt: moduleCompletedAt(state, module),
  }));
  const open = rows.filter((row) => row.completedAt === null).map((row) => row.module);
  const finished = modules.length > 0 && open.length === 0;
  const finishedAt = finished ? rows.map((row) => row.completedAt!).reduce((a, b) => (Date.parse(a) >= Date.parse(b) ? a : b)) : null;
  return { finished, modules: rows, open, finishedAt };
}
