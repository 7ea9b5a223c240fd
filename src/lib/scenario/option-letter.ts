/** "A", "B", … for the option at this position: the letter learners, the map and a voting group use. */
export function optionLetter(index: number): string {
  return 'ABCDEFGHI'[index] ?? String(index + 1);
}
