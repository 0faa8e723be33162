import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { NO_CURTAIN, type CurtainChoice, type CurtainCommand } from '../call/curtain-state';
import { parseTabState } from './messages';
import { tabStateKey } from './storage';

/** The curtain's script (entrypoints/curtain.ts): not a web-accessible resource, no page can probe for it. */
export const CURTAIN_SCRIPT = '/curtain.js';

/** The commands of the manifest (wxt.config.ts `commands`) and the curtain command each one sends. */
export const CURTAIN_SHORTCUTS: Readonly<Record<string, CurtainCommand>> = { 'curtain-call': 'call', 'curtain-names': 'names' };

type FrameAnswer = CurtainChoice | 'no-call' | 'no-curtain';

/**
 * Runs in each frame of the tab (scripting.executeScript, serialised: it may use nothing from
 * outside). A frame without the call page's hook is no group call's: it is left alone.
 */
function inFrame(command: CurtainCommand): FrameAnswer {
  const world = globalThis as { vertraulichCall?: { signal: AbortSignal }; vertraulichCurtain?: (command: CurtainCommand) => CurtainChoice };
  if (!world.vertraulichCall || world.vertraulichCall.signal.aborted) return 'no-call';
  return world.vertraulichCurtain ? world.vertraulichCurtain(command) : 'no-curtain';
}

/**
 * Sends a curtain command to the tab's call, injecting the curtain's script first where it is not
 * there yet. Only on a group's call (the tab's state says so): anywhere else nothing enters the
 * page. Asking only (`state`) injects nothing. The answer: what is now shown, or null when this tab
 * has no group call.
 */
export async function runCurtain(tabId: number, command: CurtainCommand): Promise<CurtainChoice | null> {
  const state = parseTabState(await storage.getItem(tabStateKey(tabId)));
  if (!state?.groupCall) return null;
  const target = { tabId, allFrames: true };
  let answers = await browser.scripting.executeScript({ target, func: inFrame, args: [command] }).catch(() => []);
  const missing = answers.filter((answer) => answer.result === 'no-curtain').map((answer) => answer.frameId);
  if (missing.length > 0 && command !== 'state') {
    const frames = { tabId, frameIds: missing };
    await browser.scripting.executeScript({ target: frames, files: [CURTAIN_SCRIPT] });
    answers = [...answers, ...(await browser.scripting.executeScript({ target: frames, func: inFrame, args: [command] }))];
  }
  const results = answers.map((answer) => answer.result as FrameAnswer);
  if (results.every((result) => result === 'no-call')) return null;
  // Zoom's call is in a sub-frame: what any frame shows counts.
  return results.reduce<CurtainChoice>(
    (all, result) =>
      typeof result === 'object' && result
        ? { call: all.call || result.call, names: all.names || result.names, sharing: all.sharing || result.sharing, watchShare: all.watchShare || result.watchShare }
        : all,
    NO_CURTAIN,
  );
}
