import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorkshopModel } from '../../lib/workshop/model';
import type { WorkshopAction, WorkshopSession } from '../../lib/workshop/session';
import { groupTallies } from '../../lib/workshop/route';
import { runMarks } from '../../lib/scenario/run-marks';
import { markRun, markTallies } from '../../lib/browser/scenario-map';

interface Props {
  open: boolean;
  onClose: () => void;
  model: WorkshopModel;
  session: WorkshopSession;
  dispatch: (action: WorkshopAction) => void;
  id: string;
}

/**
 * The scenario's map at the end of a workshop scenario, in a dialog over the projector screen: the
 * group's route numbered and the votes next to each option's letter. The trainer can go back to any
 * of the group's decisions to play the road not taken. The map itself is the page's server-rendered
 * one (a <template>), so the browser gets no layout code.
 */
export function GroupMapDialog({ open, onClose, model, session, dispatch, id }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const slot = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<HTMLElement | null>(null);
  const { scenario } = model.plan;
  const end = model.positionAfter(session.path, session.path.length);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The map is copied in while the dialog is open, and removed when it closes.
  useEffect(() => {
    if (!open || !slot.current) return;
    const template = document.querySelector<HTMLTemplateElement>(`template[data-map-template="${CSS.escape(scenario.id)}"]`);
    const copy = template?.content.firstElementChild?.cloneNode(true);
    if (!(copy instanceof HTMLElement)) return;
    slot.current.append(copy);
    setMap(copy);
    return () => {
      copy.remove();
      setMap(null);
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
    <dialog ref={ref} class="jt-ws-dialog jt-ws-mapdialog" aria-labelledby={`${id}-titel`} onClose={onClose}>
      <h2 id={`${id}-titel`} class="jt-ws-dialog__title">
        De kaart: de route van de groep
      </h2>
      <p>Bij elke letter staat hoeveel stemmen die keuze kreeg. Kies een beslissing om de andere weg te spelen.</p>
      <div class="jt-ws-map" ref={slot} />
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
