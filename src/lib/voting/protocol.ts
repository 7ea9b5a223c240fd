// The messages between the voting relay, the trainer's presenter view and participants' phones.
// One home for both sides: the relay (relay/, run by Node's own TypeScript support) and the browser
// validate every message with these schemas, so a hostile or broken message is refused, never applied.
// Imports carry their .ts extension because Node runs this file without a bundler.
// zod/mini: the phone page must stay small on a slow connection.
import * as z from 'zod/mini';

/** Limits that keep one message small and one session bounded. */
export const VOTING_LIMITS = {
  /** Bytes of one message as JSON; larger ones are refused. */
  messageBytes: 4_096,
  /** Options in one question (a scenario decision has two to four). */
  options: 6,
  /** Characters of a question title. */
  title: 300,
  /** Characters of one option label. */
  optionLabel: 240,
} as const;

// The session code lives in its own file: the phone page needs it before it loads the schemas.
import { CODE_PATTERN } from './session-code.ts';
export { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from './session-code.ts';

export const SessionCodeSchema = z.string().check(z.regex(CODE_PATTERN));
/** The trainer secret: 32 random bytes, base64url. It never leaves the trainer's browser except to the relay. */
export const TrainerSecretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));
/** A device id: a random UUID made on the phone. Not linked to a person. */
export const DeviceIdSchema = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
const QuestionIdSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9:._-]{0,199}$/));
const VisibleText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A question as the trainer opens it: a scenario decision and its options, in the order shown. */
export const QuestionSchema = z.object({
  id: QuestionIdSchema,
  title: VisibleText(VOTING_LIMITS.title),
  options: z.array(VisibleText(VOTING_LIMITS.optionLabel)).check(z.minLength(2), z.maxLength(VOTING_LIMITS.options)),
});
export type Question = z.infer<typeof QuestionSchema>;

/** Where a vote is: open (phones vote), closed (no more votes, result hidden), revealed (result shown). */
export const VoteStateSchema = z.enum(['open', 'closed', 'revealed']);
export type VoteState = z.infer<typeof VoteStateSchema>;

/** Ballots per device: the option index each device chose. Only the trainer's browser receives them. */
export const BallotsSchema = z.record(DeviceIdSchema, z.number().check(z.int(), z.minimum(0), z.maximum(VOTING_LIMITS.options - 1)));
export type Ballots = z.infer<typeof BallotsSchema>;

// Participant -> relay.
export const JoinSchema = z.strictObject({ code: SessionCodeSchema, deviceId: DeviceIdSchema });
export const VoteSchema = z.strictObject({ questionId: QuestionIdSchema, option: z.number().check(z.int(), z.minimum(0)) });

// Trainer -> relay. Every trainer message carries the code and the secret.
const TrainerAuth = { code: SessionCodeSchema, secret: TrainerSecretSchema };
export const TrainerSchema = z.strictObject(TrainerAuth);
export const ResumeSchema = z.strictObject({
  ...TrainerAuth,
  /** What the trainer's browser still knows, to restore a relay that lost the session. */
  question: z.optional(z.nullable(QuestionSchema)),
  state: z.optional(VoteStateSchema),
  ballots: z.optional(BallotsSchema),
});
export const OpenSchema = z.strictObject({ ...TrainerAuth, question: QuestionSchema });

// Relay -> phones and projector.
export const PublicQuestionSchema = z.object({ question: QuestionSchema, state: VoteStateSchema, counts: z.nullable(z.array(z.number())) });
/** What every member of a session sees: the current question, its state, and the counts once revealed. */
export type PublicQuestion = z.infer<typeof PublicQuestionSchema>;
export const ProgressSchema = z.object({ connected: z.number(), voted: z.number(), ballots: z.optional(BallotsSchema) });
/** What only the trainer sees while a vote runs: how many phones are connected and how many voted. */
export type Progress = z.infer<typeof ProgressSchema>;

/** Why the relay refused a message. The browser turns each into a Dutch sentence. */
export const REFUSALS = [
  'invalid',
  'too-large',
  'too-fast',
  'unknown-session',
  'session-full',
  'relay-full',
  'not-trainer',
  'not-joined',
  'no-open-vote',
  'wrong-question',
  'option-out-of-range',
] as const;
export type Refusal = (typeof REFUSALS)[number];
export type Ack<T = object> = ({ ok: true } & T) | { ok: false; reason: Refusal };

/** Dutch text for each refusal, as a phone or the presenter view shows it. */
export const REFUSAL_TEXT: Record<Refusal, string> = {
  invalid: 'Dit bericht klopt niet. Er is niets veranderd.',
  'too-large': 'Dit bericht is te groot. Er is niets veranderd.',
  'too-fast': 'Even rustig aan: u stuurt te veel berichten tegelijk. Probeer het zo nog eens.',
  'unknown-session': 'Deze code kennen we niet. Kijk de code op het scherm na.',
  'session-full': 'Deze sessie zit vol. Doe mee met handopsteken.',
  'relay-full': 'De stemserver is vol. Stem met handopsteken.',
  'not-trainer': 'Alleen de trainer kan dit doen.',
  'not-joined': 'U bent nog niet aangemeld bij een sessie. Vul de code in.',
  'no-open-vote': 'Er loopt nu geen stemming.',
  'wrong-question': 'Deze vraag is niet meer open. Kijk naar de vraag op het scherm.',
  'option-out-of-range': 'Deze keuze bestaat niet. Kies een van de knoppen.',
};

/** Size of a message as the relay measures it. */
export function messageBytes(message: unknown): number {
  try {
    return new TextEncoder().encode(JSON.stringify(message) ?? '').length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
