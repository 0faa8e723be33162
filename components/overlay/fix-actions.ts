/** What a notice can fix for the person, in this client, on their click. */
export interface FixActions {
  /** The pre-join name field is there to write into ("Use 'Ute B.'"). */
  canFill: boolean;
  /** Write this name into the client's pre-join name field. */
  onUseName(name: string): void;
  /** The steps to change one's shown name during the call, in this client's words, or null. */
  renameHelp: string | null;
}

export const NO_FIX: FixActions = { canFill: false, onUseName() {}, renameHelp: null };
