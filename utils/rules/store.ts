import { localStateStore } from './writer/local-store';
import { importContextOf } from './writer/apply';
import { readState, type ReadState } from './writer/state';
import type { ImportContext } from './import';
import type { RuleSetLibrary } from './stored';

// Reading only: every change goes to the background's one writer (writer/client.ts). What is
// read is checked (writer/state.ts): damaged parts are left out and named, never acted on.

export async function readRuleSetState(): Promise<ReadState> {
  return readState(await localStateStore.read());
}

export async function readLibrary(): Promise<RuleSetLibrary> {
  const { state } = await readRuleSetState();
  return { ruleSets: state.ruleSets, activeRuleSetId: state.activeRuleSetId, managedRuleSet: state.managedRuleSet };
}

/** What a preview is checked against (accepting checks again, against the state at that moment). */
export async function importContext(): Promise<ImportContext> {
  return importContextOf((await readRuleSetState()).state);
}
