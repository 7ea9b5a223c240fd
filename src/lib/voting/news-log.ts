/**
 * The relay sends its answer to a message before any news of a later change, but when both come in
 * one packet, code that awaits the answer gets it a microtask after the news. This remembers the
 * newest news heard since the message went out, so the caller applies it after the answer.
 */
export function createNewsLog() {
  let heard: { message: unknown } | null = null;
  return {
    /** Call when the message goes out. */
    expectAnswer() {
      heard = null;
    },
    hear(message: unknown) {
      heard = { message };
    },
    /** The newest news since `expectAnswer`, or null. */
    heardSince(): { message: unknown } | null {
      return heard;
    },
  };
}
