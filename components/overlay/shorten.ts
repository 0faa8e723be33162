/** Names can be 10 000 characters long; show a readable start, keep the whole for screen readers. */
export const MAX_SHOWN_NAME = 80;

export function shortenForDisplay(text: string, max = MAX_SHOWN_NAME): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
