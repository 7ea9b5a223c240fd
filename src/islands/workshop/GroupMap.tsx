import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopModel } from '../../lib/workshop/model';
import type { WorkshopAction, WorkshopSession } from '../../lib/workshop/session';
import { groupTallies } from '../../lib/workshop/route';
import { runMarks } from '../../lib/scenario/run-marks';
import { markRun, markTallies } from '../../lib/browser/scenario-map';
import { mapFromPage } from '../../lib/workshop/group-map';
import { useModalDialog } from '../shared/use-modal-dialog';
// Only the map dialog needs the map's styles: they load with it, not with the workshop page.
import '../../styles/scenario-map.css';

interface Props {
  open: boolean;
  onClose: () => void;
  model: WorkshopModel;
  session: WorkshopSession;
  dispatch: (action: WorkshopAction) => void;
  id: string;
  /** The workshop's map page, whose map the dialog shows. */
  mapUrl: string;
}

/**
 * The scenario's map at the end of a workshop scenario, in a dialog over the projector screen: the
 * group's route numbered and the votes next to each option's letter. The trainer can go back to any
 * of the group's decisions to play the road not taken. The map is the one laid out at build time on
 * the workshop's map page, fetched when the dialog first opens (the service worker keeps it offline),
 * so the browser gets no layout code and the workshop page stays small.
 */
export function GroupMapDialog({ open, onClose, model, session, dispatch, id, mapUrl }: Props) {
  const dialog = useModalDialog(open, onClose);
  const slot = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<HTMLElement | null>(null);
  const { scenario } = model.plan;
  const end = model.positionAfter(session.path, session.path.length);

  // The map is fetched once, placed while the dialog is open, and removed when it closes.
  const page = useRef<Promise<string> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!open) return;
    let placed: HTMLElement | null = null;
    let closed = false;
    page.current ??= fetch(mapUrl).then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))));
    page.current.then(
      (html) => {
        if (closed) return;
        const target = slot.current;
        const copy = target && mapFromPage(html);
        if (!target || !copy) return setFailed(true);
        placed = copy;
        target.append(copy);
        setMap(copy);
      },
      () => {
        page.current = null;
        if (!closed) setFailed(true);
      },
    );
    return () => {
      closed = true;
      placed?.remove();
      setMap(null);
      setFailed(false);
    };
  }, [open]);

  useEffect(() => {
    if (!map) return;
    markRun(map, 'own', runMarks(scenario, session.path, end.phase === 'ending' ? end.nodeId : null), 'de route van de groep');
    markTallies(map, groupTallies(model, session));
  }, [map, session.rev]);

  const jump = (decision: number) => {
    dispatch({ type: 'scene.vote', decision });
    onClose();
  };

  // A box of the group's route on the map jumps back to that decision's vote.
  useEffect(() => {
    if (!map) return;
    const onClick = (event: MouseEvent) => {
      const nodeId = (event.target as Element).closest('.jt-map__link')?.closest<SVGElement>('[data-node]')?.dataset.node;
      const decision = session.path.findIndex((_, i) => model.positionAfter(session.path, i).nodeId === nodeId);
      if (decision === -1) return;
      event.preventDefault();
      jump(decision);
    };
    map.addEventListener('click', onClick);
    return () => map.removeEventListener('click', onClick);
  }, [map, session.rev]);

  return (
    <dialog {...dialog} class="jt-ws-dialog jt-ws-mapdialog" aria-labelledby={`${id}-titel`}>
      <h2 id={`${id}-titel`} class="jt-ws-dialog__title">
        De kaart: de route van de groep
      </h2>
      <p>Bij elke letter staat hoeveel stemmen die keuze kreeg. Kies een beslissing om de andere weg te spelen.</p>
      <div class="jt-ws-map" ref={slot} />
      {failed && (
        <p role="alert">
          De kaart kon niet worden geladen. U kunt hieronder toch terug naar een beslissing, of de kaart openen via{' '}
          <a href={mapUrl}>de kaartpagina</a>.
        </p>
      )}
      <ol class="jt-ws-map__decisions" aria-label="Terug naar een beslissing">
        {session.path.map((choiceId, i) => (
          <li key={`${i}-${choiceId}`}>
            <button type="button" class="nl-button nl-button--secondary" onClick={() => jump(i)}>
              Speel beslissing {i + 1} opnieuw: {model.choice(choiceId)?.node.title}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="nl-button nl-button--primary" onClick={onClose}>
        Sluiten
      </button>
    </dialog>
  );
}
