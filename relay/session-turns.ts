/**
 * Runs the messages of one session one at a time on this relay, in the order they arrived.
 *
 * A handler reads the session, changes it and tells the room. Side by side, a trainer window that
 * resumes while the other window opens the vote could read the session before the vote opened and
 * join the room after the news went out, and then show a closed vote until the next change. In turn,
 * it either reads the open vote or is in the room when the vote opens.
 */
export function createSessionTurns() {
  const tails = new Map<string, Promise<void>>();
  return function inTurn(code: string, task: () => Promise<void>): Promise<void> {
    const run = (tails.get(code) ?? Promise.resolve()).then(task);
    // A failed message must not block the ones after it.
    const tail = run.catch(() => undefined);
    tails.set(code, tail);
    void tail.then(() => {
      if (tails.get(code) === tail) tails.delete(code);
    });
    return run;
  };
}
