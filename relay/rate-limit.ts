/**
 * A token bucket per connection: `perSecond` messages a second on average, with a burst of twice
 * that, so a phone that reconnects and re-sends its vote is never refused.
 */
export function createBucket(perSecond: number, now: () => number = Date.now) {
  const capacity = perSecond * 2;
  let tokens = capacity;
  let last = now();
  return {
    take(): boolean {
      const t = now();
      tokens = Math.min(capacity, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
