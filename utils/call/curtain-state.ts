// What the curtain shows, from what the person asked for: plain logic, tested without a page.

export type CurtainMode = 'call' | 'names';

/**
 * `call`: the shortcut or the popup's button (hide the whole call, or show it again); `names`:
 * "Hide names on my screen" on or off; `lift`: the curtain's own button; `share-on`/`share-off`:
 * the person started or stopped sharing their screen (only sent when they opted in to hiding
 * names then); `state`: only ask.
 */
export type CurtainCommand = 'call' | 'names' | 'lift' | 'share-on' | 'share-off' | 'state';

export const CURTAIN_COMMANDS: readonly CurtainCommand[] = ['call', 'names', 'lift', 'share-on', 'share-off', 'state'];

export interface CurtainChoice {
  call: boolean;
  /** Kept for this call's page: the whole call's curtain lifts back to names only. */
  names: boolean;
  sharing: boolean;
}

export const NO_CURTAIN: CurtainChoice = { call: false, names: false, sharing: false };

export function nextChoice(choice: CurtainChoice, command: CurtainCommand): CurtainChoice {
  switch (command) {
    case 'call':
      return { ...choice, call: !choice.call };
    case 'names':
      return { ...choice, names: !choice.names };
    case 'lift':
      // Over the whole call, its button lifts that; over names only (a page whose names could
      // not be found gets the whole-page curtain then), it lifts names only too.
      return choice.call ? { ...choice, call: false } : NO_CURTAIN;
    case 'share-on':
      return { ...choice, sharing: true };
    case 'share-off':
      return { ...choice, sharing: false };
    case 'state':
      return choice;
  }
}

export function modeOf(choice: CurtainChoice): CurtainMode | null {
  if (choice.call) return 'call';
  return choice.names || choice.sharing ? 'names' : null;
}

/** Where the curtain's script leaves its entry point, on the global of the extension's isolated world. */
export const CURTAIN_KEY = 'vertraulichCurtain';
