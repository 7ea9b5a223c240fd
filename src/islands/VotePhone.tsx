import { useEffect, useRef, useState } from 'preact/hooks';
import { CODE_LENGTH, normalizeCode } from '../lib/voting/session-code';
import { initialPhoneState, voteStatus, type PhoneState } from '../lib/voting/phone-view';
import type { PhoneConnection } from '../lib/voting/phone-connection';
import { VoteBars } from './voting/VoteBars';
import { pageIdle } from '../lib/browser/page-idle';
import { typedBeforeHydration } from './shared/typed-before-hydration';

interface Props {
  /** The relay's address, from PUBLIC_RELAY_URL at build time. */
  relayUrl: string;
}

/**
 * The participant's phone: type or scan the code, then vote on the question the trainer opened.
 * The connection code loads after the page shows, so the form is usable at once on a slow network.
 */
export default function VotePhone({ relayUrl }: Props) {
  const [state, setState] = useState<PhoneState>(initialPhoneState);
  const [code, setCode] = useState('');
  const connection = useRef<PhoneConnection | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const codeField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // On a slow phone the code is often typed before this script runs.
    const typed = typedBeforeHydration(codeField.current);
    if (typed) setCode(typed);
    let stopped = false;
    let unsubscribe = () => {};
    // After the load: the connection brings the socket client and the message schemas (about 30 KB).
    void pageIdle()
      .then(() => Promise.all([import('../lib/voting/phone-connection'), import('../lib/voting/device-id')]))
      .then(([{ connectPhone }, { loadDeviceId }]) => {
        if (stopped) return;
        let storage: Storage | null = null;
        try {
          storage = window.localStorage;
        } catch {
          storage = null;
        }
        const phone = connectPhone(relayUrl, loadDeviceId(storage));
        connection.current = phone;
        unsubscribe = phone.subscribe(setState);
        // A scanned QR code carries the session code: join at once.
        const fromLink = new URLSearchParams(location.search).get('code');
        if (fromLink) {
          setCode(normalizeCode(fromLink));
          phone.join(normalizeCode(fromLink));
        }
      });
    return () => {
      stopped = true;
      unsubscribe();
      connection.current?.close();
    };
  }, [relayUrl]);

  // A new question moves focus to it, so a screen reader reads the question first.
  const questionId = state.current?.question.id;
  useEffect(() => {
    if (questionId) heading.current?.focus();
  }, [questionId]);

  const status = voteStatus(state);
  const current = state.current;
  const offline = state.connection === 'offline' && state.step !== 'code';

  return (
    <div class="jt-vote" data-ready={connection.current ? 'true' : undefined}>
      {offline && (
        <p class="jt-vote__connection" role="status">
          Geen verbinding met de stemserver. We proberen het steeds opnieuw; u hoeft niets te doen.
        </p>
      )}
      {state.step !== 'joined' ? (
        <form
          class="jt-vote__join"
          onSubmit={(event) => {
            event.preventDefault();
            connection.current?.join(normalizeCode(code));
          }}
        >
          <label for="jt-vote-code">Sessiecode</label>
          <p id="jt-vote-code-hint" class="jt-vote__hint">
            De code staat op het scherm van de trainer: {CODE_LENGTH} letters en cijfers.
          </p>
          <input
            ref={codeField}
            id="jt-vote-code"
            name="code"
            value={code}
            onInput={(event) => setCode((event.target as HTMLInputElement).value)}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            inputMode="text"
            maxLength={CODE_LENGTH + 4}
            aria-describedby={state.notice ? 'jt-vote-code-hint jt-vote-notice' : 'jt-vote-code-hint'}
            aria-invalid={state.notice ? 'true' : undefined}
            required
          />
          <button type="submit" class="nl-button nl-button--primary" disabled={state.step === 'joining' || !connection.current}>
            {state.step === 'joining' ? 'Bezig met aanmelden…' : 'Meedoen'}
          </button>
        </form>
      ) : current ? (
        <section class="jt-vote__question" aria-labelledby="jt-vote-question">
          <h2 id="jt-vote-question" tabIndex={-1} ref={heading}>
            {current.question.title}
          </h2>
          {current.state === 'revealed' && current.counts ? (
            <VoteBars options={current.question.options} counts={current.counts} />
          ) : (
            <ul class="jt-vote__options" role="list">
              {current.question.options.map((label, option) => {
                const chosen = (state.pending?.option ?? state.myVote) === option;
                return (
                  <li key={option}>
                    <button
                      type="button"
                      class={`jt-vote__option${chosen ? ' jt-vote__option--chosen' : ''}`}
                      aria-pressed={chosen}
                      disabled={current.state !== 'open'}
                      onClick={() => connection.current?.vote(option)}
                    >
                      <span class="jt-vote__letter" aria-hidden="true">
                        {String.fromCharCode(65 + option)}
                      </span>
                      {label}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : (
        <p>U doet mee. Zodra de trainer een stemming opent, ziet u hier de vraag.</p>
      )}
      <p class="jt-vote__status" role="status" aria-live="polite">
        {status}
      </p>
      {state.notice && (
        <p id="jt-vote-notice" class="jt-vote__notice" role="alert">
          {state.notice}
        </p>
      )}
    </div>
  );
}
