// What the curtain shows, from what the person asked for: plain logic, tested without a page.

export type CurtainMode = 'call' | 'names';

/**
 * `call`: the shortcut or the popup's button (hide the whole call, or show it again); `names`:
 * "Hide names on my screen" on or off; `lift`: the curtain's own button; `share-on`/`share-off`:
 * the person started or stopped sharing their screen; `watch-share`: from now on, names are hidden
 * while the person shares their screen (sent when they opted in, utils/platform/curtain-command.ts);
 * `state`: only ask.
 */
export type CurtainCommand = 'call' | 'names' | 'lift' | 'share-on' | 'share-off' | 'watch-share' | 'state';

export interface CurtainChoice {
  call: boolean;
  /** Kept for this call's page: the whole call's curtain lifts back to names only. */
  names: boolean;
  sharing: boolean;
  /** Follow the call's screen sharing (the snapshot's `screenSharing`) into `sharing`. */
  watchShare: boolean;
}

export const NO_CURTAIN: CurtainChoice = { call: false, names: false, sharing: false, watchShare: false };

export function nextChoice(choice: CurtainChoice, command: CurtainCommand): CurtainChoice {
  switch (command) {
    case 'call':
      return { ...choice, call: !choice.call };
    case 'names':
      return { ...choice, names: !choice.names };
    case 'lift':
      // Over the whole call, its button lifts that; over names only (a page whose names could
      // not be found gets the whole-page curtain then), it lifts names only too.
      return choice.call ? { ...choice, call: false } : { ...NO_CURTAIN, watchShare: choice.watchShare };
    case 'share-on':
      return { ...choice, sharing: true };
    case 'share-off':
      return { ...choice, sharing: false };
    case 'watch-share':
      return { ...choice, watchShare: true };
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
