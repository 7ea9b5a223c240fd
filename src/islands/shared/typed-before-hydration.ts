/**
 * What a person typed into a server-rendered field before its island hydrated. Hydration leaves the
 * field's text alone, but the island's state starts empty, so its first render after that would clear
 * the field. Read it into state in the island's first effect.
 */
export function typedBeforeHydration(field: HTMLInputElement | HTMLTextAreaElement | null): string {
  return field?.value.trim() ? field.value : '';
}
