export const FOCUS_HIDDEN: string;
export function addFocusablesInPage(): void;
export function whereFocusIsInPage(hidden: string): string;
