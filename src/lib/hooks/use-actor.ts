import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createActor, initialTransition, type Actor, type AnyStateMachine, type EventFrom, type SnapshotFrom } from 'xstate';

// createActor's options are conditional on the machine's input type; our machines take no input.
const startActor = createActor as <T extends AnyStateMachine>(machine: T, options?: { snapshot?: SnapshotFrom<T> }) => Actor<T>;
const firstSnapshot = initialTransition as <T extends AnyStateMachine>(machine: T) => [SnapshotFrom<T>, unknown];

/**
 * The one binding between Preact and XState. The first render uses the
 * machine's initial snapshot (so server and client markup agree); the actor is
 * created after mount. `restart(snapshot)` replaces the actor, which is how undo,
 * "terug naar stap …" and restoring a saved run work: the engine computes the
 * snapshot purely and the view starts from it.
 */
export function useActor<TMachine extends AnyStateMachine>(machine: TMachine) {
  const [snapshot, setSnapshot] = useState<SnapshotFrom<TMachine>>(() => firstSnapshot(machine)[0]);
  const actorRef = useRef<Actor<TMachine> | null>(null);

  const restart = useCallback(
    (from?: SnapshotFrom<TMachine>) => {
      actorRef.current?.stop();
      const actor = startActor(machine, from ? { snapshot: from } : {});
      actor.subscribe((next) => setSnapshot(next as SnapshotFrom<TMachine>));
      actor.start();
      actorRef.current = actor;
      setSnapshot(actor.getSnapshot() as SnapshotFrom<TMachine>);
    },
    [machine],
  );

  useEffect(() => {
    if (!actorRef.current) restart();
    return () => {
      actorRef.current?.stop();
      actorRef.current = null;
    };
  }, [restart]);

  const send = useCallback((event: EventFrom<TMachine>) => actorRef.current?.send(event), []);
  return { snapshot, send, restart };
}
