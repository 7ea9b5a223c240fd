// The shape of a workshop session and the actions that change it, apart from the reducer so that
// storage, sync and the windows can name them without loading the reducer's logic.
import type { NodeVotes } from './votes';
import type { TimerState } from './timer';

/** The version of the stored session format; part of the storage key. */
export const SESSION_VERSION = 1;

/** Where the group is inside the scenario slide. `decision` counts the group's choices (0 = the first decision). */
export type SceneCursor =
  | { at: 'intro' }
  | { at: 'situation'; decision: number }
  | { at: 'vote'; decision: number }
  | { at: 'feedback'; decision: number }
  | { at: 'ending'; page: number };

/** Everything about one running workshop: stored in the browser, shared between projector and presenter. */
export interface WorkshopSession {
  v: typeof SESSION_VERSION;
  /** The module slug; a session belongs to one workshop. */
  slug: string;
  /** Raised by every change, so two windows can tell which state is newer. */
  rev: number;
  /** Index into the plan's slides. */
  slide: number;
  /** Position inside the scenario slide; kept while the group is on other slides. */
  scene: SceneCursor;
  /** Choice ids the group followed, in order. */
  path: string[];
  /** The show of hands per decision, by node id. */
  votes: Record<string, NodeVotes>;
  timer: TimerState;
  /** What the trainer typed during the session, by section id. */
  notes: Record<string, string>;
  /** The projector shows a black screen. */
  blackout: boolean;
  /** The relay session when phones vote: its code and the trainer secret. Only in this browser. */
  phones?: PhoneSession;
}

/** A session on the voting relay, as the trainer's browser keeps it. */
export interface PhoneSession {
  code: string;
  secret: string;
}

/** What the trainer can do; keys, buttons and the other window all send these. */
export type WorkshopAction =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'go'; slide: number }
  /** From the map at the end: back to the vote at one of the group's decisions, to play the road not taken. */
  | { type: 'scene.vote'; decision: number }
  /** A number key or option button: adds a vote while the result is hidden, picks the option once it is shown. */
  | { type: 'option'; option: number }
  | { type: 'vote.add'; option: number }
  | { type: 'vote.undo' }
  | { type: 'vote.reveal' }
  | { type: 'vote.hide' }
  | { type: 'vote.toggle' }
  | { type: 'vote.pick'; option: number }
  | { type: 'timer.toggle' }
  | { type: 'timer.start' }
  | { type: 'timer.pause' }
  | { type: 'timer.reset' }
  | { type: 'timer.preset'; minutes: number }
  | { type: 'notes.set'; section: string; text: string }
  | { type: 'blackout.toggle' }
  /** Phones vote through the relay session, or no longer do. */
  | { type: 'phones.start'; session: PhoneSession }
  | { type: 'phones.stop' }
  /** The relay revealed the phones' votes at a decision: counts per option, in option order. */
  | { type: 'vote.phones'; nodeId: string; counts: readonly number[] }
  | { type: 'reset' };

/** Longest note kept per section, so a stuck key cannot fill the browser's storage. */
export const MAX_NOTE_LENGTH = 20_000;
