const TITLES = /^(dr|prof|herr|frau|mr|mrs|ms|dipl\.?-?ing)\.?$/i;

/**
 * A kinder alternative to show instead of a full name: first name and initial
 * ("Sabine Wagner" → "Sabine W."). Only a suggestion in a notice, never applied by itself.
 */
export function suggestShortName(fullName: string): string | null {
  const words = fullName.trim().split(/\s+/).filter((w) => w && !TITLES.test(w));
  if (words.length < 2) return null;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const initial = Array.from(last)[0];
  return initial ? `${first} ${initial.toLocaleUpperCase()}.` : first;
}
