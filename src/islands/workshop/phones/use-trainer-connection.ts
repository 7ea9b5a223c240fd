import { useEffect, useRef, useState } from 'preact/hooks';
import type { TrainerConnection } from '../../../lib/voting/trainer-connection';
import { initialTrainerState, phaseFor, questionIdFor, type TrainerState } from '../../../lib/voting/trainer-state';
import type { PhoneSession, WorkshopAction } from '../../../lib/workshop/session';
import type { Screen } from '../../../lib/workshop/view';

export type VoteScreen = Extract<Screen, { type: 'vote' }>;

/**
 * A workshop window's trainer connection to its relay session, while the session has one. Both
 * windows connect; each feeds a revealed result into the workshop session, where the same counts
 * twice change nothing, so the group path follows the phones as it follows a show of hands.
 */
export function useTrainerConnection(relayUrl: string, phones: PhoneSession, screen: Screen, dispatch: (action: WorkshopAction) => void) {
  const [state, setState] = useState<TrainerState>(initialTrainerState);
  const [failed, setFailed] = useState(false);
  const connection = useRef<TrainerConnection | null>(null);

  useEffect(() => {
    let stopped = false;
    setState(initialTrainerState);
    import('../../../lib/voting/trainer-connection').then(
      ({ connectTrainer }) => {
        if (stopped) return;
        const trainer = connectTrainer(relayUrl, phones);
        connection.current = trainer;
        trainer.subscribe(setState);
      },
      () => setFailed(true),
    );
    return () => {
      stopped = true;
      connection.current?.stop();
      connection.current = null;
    };
  }, [relayUrl, phones.code, phones.secret]);

  const vote = screen.type === 'vote' ? screen : null;
  const questionId = vote ? questionIdFor(vote.node.id) : null;
  const phase = questionId ? phaseFor(state, questionId) : 'not-open';
  useEffect(() => {
    if (vote && phase === 'revealed' && state.counts) dispatch({ type: 'vote.phones', nodeId: vote.node.id, counts: state.counts });
  }, [vote?.node.id, phase, state.counts]);

  return { state, phase, vote, connection, failed };
}

/** "1 telefoon" or "3 telefoons". */
export const phonesText = (n: number) => (n === 1 ? '1 telefoon' : `${n} telefoons`);
/** "1 stem" or "3 stemmen". */
export const ballotsText = (n: number) => (n === 1 ? '1 stem' : `${n} stemmen`);

/** The hands counted at a decision, apart from the phones. */
export const handsTotal = (screen: VoteScreen) => Object.values(screen.votes.counts).reduce((sum, n) => sum + n, 0);

/** The address phones open: the site's own /stem/ page with the code. */
export function voteLink(code: string): { page: string; link: string } {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  const page = new URL(`${base}stem/`, location.origin).href;
  return { page, link: `${page}?code=${code}` };
}
