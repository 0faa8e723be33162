/**
 * Saves `text` as a file through a Blob URL and an <a download> click. The URL is revoked
 * a little later, not at once: Firefox may still be reading the Blob when click() returns.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Copies `text`; when the clipboard is not available, selects it in `field` so Ctrl+C works.
 * Returns whether the copy went through.
 */
export async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.focus();
    field?.select();
    return false;
  }
}
