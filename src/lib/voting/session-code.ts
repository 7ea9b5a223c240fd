/**
 * Session codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), so they are
 * easy to type from a projector. 31^6 ≈ 887 million codes; the relay limits join attempts per
 * connection, so guessing a live code is impractical.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;
export const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A code as a participant may type it: spaces and lower case are forgiven. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
