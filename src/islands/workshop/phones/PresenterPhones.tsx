import '../../../styles/phones.css';
import { useState } from 'preact/hooks';
import { questionFor } from '../../../lib/voting/trainer-state';
import type { PhoneSession, WorkshopAction } from '../../../lib/workshop/session';
import type { Screen } from '../../../lib/workshop/view';
import { optionLetter } from '../../../lib/workshop/votes';
import { ballotsText, handsTotal, phonesText, useTrainerConnection, voteLink } from './use-trainer-connection';

interface Props {
  relayUrl: string;
  phones: PhoneSession | undefined;
  screen: Screen;
  dispatch: (action: WorkshopAction) => void;
}

const UNREACHABLE = 'De stemserver is niet bereikbaar. Ga verder met handopsteken; u kunt het later nog eens proberen.';

/**
 * The presenter's part of voting with phones: start a relay session, then open, close and reveal the
 * vote at each decision. The connection code loads only when the trainer starts.
 */
export default function PresenterPhones({ relayUrl, phones, screen, dispatch }: Props) {
  return (
    <section class="jt-wp__panel" aria-labelledby="wp-phones">
      <h2 id="wp-phones">Stemmen met telefoons</h2>
      {phones ? (
        <Running relayUrl={relayUrl} phones={phones} screen={screen} dispatch={dispatch} />
      ) : (
        <Start relayUrl={relayUrl} dispatch={dispatch} />
      )}
    </section>
  );
}

function Start({ relayUrl, dispatch }: { relayUrl: string; dispatch: Props['dispatch'] }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const { createVotingSession } = await import('../../../lib/voting/trainer-connection');
      const session = await createVotingSession(relayUrl);
      if (session) dispatch({ type: 'phones.start', session });
      else setProblem(UNREACHABLE);
    } catch {
      setProblem(UNREACHABLE);
    }
    setBusy(false);
  };
  return (
    <>
      <p>Deelnemers stemmen anoniem met hun eigen telefoon. Wie geen telefoon heeft, stemt met handopsteken; die stemmen telt u erbij.</p>
      <button type="button" class="nl-button nl-button--secondary" onClick={start} disabled={busy}>
        Stemmen met telefoons
      </button>
      <p role="status">{busy ? 'Verbinden met de stemserver…' : problem}</p>
    </>
  );
}

function Running({ relayUrl, phones, screen, dispatch }: Props & { phones: PhoneSession }) {
  const { state, phase, vote, connection } = useTrainerConnection(relayUrl, phones, screen, dispatch);
  const online = state.connection === 'online';
  const { page } = voteLink(phones.code);
  const trainer = connection.current;

  const open = () =>
    vote &&
    void trainer?.open(
      questionFor(
        vote.node.id,
        vote.node.title,
        vote.options.map((o) => o.label),
      ),
    );
  const main =
    phase === 'open'
      ? { label: 'Sluit de stemming', run: () => void trainer?.close() }
      : phase === 'closed'
        ? { label: 'Toon de uitslag van de telefoons', run: () => void trainer?.reveal() }
        : phase === 'revealed'
          ? null
          : { label: 'Open de stemming op telefoons', run: open };
  const phoneCounts = vote?.votes.phones;

  return (
    <>
      <p>
        Code <strong>{phones.code}</strong> op {page}. De groep ziet de QR-code en de code bij het scenario.
      </p>
      <div aria-live="polite" aria-atomic="true">
        {state.connection === 'offline' ? (
          <p class="jt-phones__lost">
            De verbinding met de stemserver is weg. Ontvangen tot nu toe: {ballotsText(state.voted)}. Tel zo nodig verder met handopsteken.
            Zodra de stemserver terug is, gaat de sessie verder zonder dat stemmen verloren gaan.
          </p>
        ) : (
          <p>
            {online ? `${phonesText(state.connected)} verbonden.` : 'Verbinden met de stemserver…'}
            {vote && phase !== 'not-open' && ` ${ballotsText(state.voted)} ontvangen.`}
          </p>
        )}
        {state.notice && <p>{state.notice}</p>}
      </div>
      {vote ? (
        <>
          {phoneCounts && vote.votes.revealed && (
            <p>
              Telefoons: {vote.options.map((o, i) => `${optionLetter(i)} ${phoneCounts[o.id] ?? 0}`).join(', ')}. Handopsteken:{' '}
              {ballotsText(handsTotal(vote))}.
            </p>
          )}
          <div class="jt-button-group">
            {main && (
              <button type="button" class="nl-button nl-button--primary" onClick={main.run} disabled={!online}>
                {main.label}
              </button>
            )}
            {(phase === 'closed' || phase === 'revealed') && (
              <button type="button" class="nl-button nl-button--secondary" onClick={open} disabled={!online}>
                Open de stemming opnieuw
              </button>
            )}
          </div>
        </>
      ) : (
        <p>Bij elke beslissing in het scenario opent u hier de stemming.</p>
      )}
      <button type="button" class="nl-button nl-button--subtle" onClick={() => dispatch({ type: 'phones.stop' })}>
        Stop met telefoons
      </button>
    </>
  );
}
