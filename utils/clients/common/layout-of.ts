/**
 * A client's layout.ts in a few lines: the regions the person needs are every element its selectors
 * match (the overlay keeps off their boxes), and the name field is the first input `nameField` matches.
 */
export function layoutOf(regions: Record<string, string>, nameField: string) {
  const all = Object.values(regions).join(',');
  return {
    neededRegions: (doc: Document): Element[] => [...doc.querySelectorAll(all)],
    nameField: (doc: Document): HTMLInputElement | null => {
      const field = doc.querySelector(nameField);
      return field instanceof HTMLInputElement ? field : null;
    },
  };
}
