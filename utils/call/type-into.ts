/**
 * Writes `value` into one of the page's fields the way typing does, so the client keeps it: through
 * the input element's own value setter (React and Vue watch the instance's, and a value set past it
 * is one they have not seen yet) and then an `input` event, which their change handlers listen for.
 * The one thing we ever write into a call page, and only on the person's click.
 */
export function typeInto(field: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(field, value);
  else field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}
