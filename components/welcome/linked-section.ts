/**
 * The sections of the settings page other pages link to (the welcome page's "I lead a group"),
 * by a stable name rather than an element id, so the link survives a renamed heading.
 */
const SECTIONS: Record<string, string> = { '#organisers': 'organiser-heading' };

/** Bring the linked section into view and move focus to its heading, so keyboard and screen-reader users land there too. */
export function scrollToLinkedSection(hash: string): void {
  const id = SECTIONS[hash];
  const heading = id ? document.getElementById(id) : null;
  if (!heading) return;
  heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
