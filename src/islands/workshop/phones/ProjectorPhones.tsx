import '../../../styles/phones.css';
import type { PhoneSession, WorkshopAction } from '../../../lib/workshop/session';
import type { Screen } from '../../../lib/workshop/view';
import { VoteBars } from '../../voting/VoteBars';
import { QrCode } from './QrCode';
import { ballotsText, handsTotal, phonesText, useTrainerConnection, voteLink } from './use-trainer-connection';

interface Props {
  relayUrl: string;
  phones: PhoneSession;
  screen: Screen;
  dispatch: (action: WorkshopAction) => void;
}

/**
 * The projector's part of voting with phones: how to join (QR code, address and code in large type)
 * and how many phones are connected and have voted. The distribution stays hidden until the reveal.
 * The trainer secret is never shown; only the code is.
 */
export default function ProjectorPhones({ relayUrl, phones, screen, dispatch }: Props) {
  const { state, phase, vote } = useTrainerConnection(relayUrl, phones, screen, dispatch);
  if (screen.type !== 'vote' && screen.type !== 'scenario-intro') return null;
  const { page, link } = voteLink(phones.code);
  const lost = state.connection === 'offline';
  const phoneCounts = vote?.votes.phones;
  const hands = vote ? handsTotal(vote) : 0;

  return (
    <section class="jt-phones" aria-labelledby="ws-phones-title">
      <QrCode text={link} label={`QR-code naar ${link}`} />
      <div class="jt-phones__join">
        <h3 id="ws-phones-title">Stem met uw telefoon</h3>
        <p class="jt-phones__address">
          Ga naar <strong>{page}</strong> en vul de code in:
        </p>
        <p class="jt-phones__code" aria-label={`Code: ${phones.code.split('').join(' ')}`}>
          {phones.code}
        </p>
        {vote && (
          <div aria-live="polite" aria-atomic="true">
            {lost ? (
              <p class="jt-phones__lost">
                De verbinding met de stemserver is weg. Ontvangen tot nu toe: {ballotsText(state.voted)}. Tel verder met handopsteken, of
                wacht even: zodra de stemserver terug is, gaat het stemmen verder.
              </p>
            ) : state.connection === 'connecting' ? (
              <p class="jt-phones__status">Verbinden met de stemserver…</p>
            ) : (
              <p class="jt-phones__status">
                {phonesText(state.connected)} verbonden. {phase === 'not-open' && 'De stemming is nog niet open.'}
                {phase === 'open' && `${ballotsText(state.voted)} ontvangen. De uitslag volgt als de stemming sluit.`}
                {phase === 'closed' && `De stemming is gesloten. ${ballotsText(state.voted)} ontvangen.`}
                {phase === 'revealed' && 'De uitslag van de telefoons:'}
              </p>
            )}
            {phoneCounts && vote.votes.revealed && (
              <>
                <VoteBars options={vote.options.map((o) => o.label)} counts={vote.options.map((o) => phoneCounts[o.id] ?? 0)} />
                {hands > 0 && <p>Met handopsteken erbij: {ballotsText(hands)}. De opties hierboven tellen beide mee.</p>}
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
