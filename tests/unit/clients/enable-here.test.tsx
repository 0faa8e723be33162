// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EnableHere } from '../../../components/status/EnableHere';
import { SELF_HOSTED_PAGE_SCRIPTS } from '../../../utils/clients/call-scripts';

type Injection = { target: { tabId: number }; files: string[]; world?: string };
const flush = () => new Promise((done) => setTimeout(done, 0));

describe('EnableHere (popup: "Enable Vertraulich here")', () => {
  let injected: Injection[];
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string) => key) as typeof fakeBrowser.i18n.getMessage);
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  it('marks the call as the group\'s and runs the self-hosted checks (the derived list) in that tab only, on the click', async () => {
    Object.assign(fakeBrowser.scripting, { executeScript: async (injection: Injection) => void injected.push(injection) });
    render(<EnableHere tabId={42} url="https://jitsi.example.org/Gruppe-Mitte" />, root);
    expect(injected).toEqual([]);
    root.querySelector('button')!.click();
    await flush();
    // The person said so: the call is the group's (its page scripts start from the checks, as on any group call).
    expect(await fakeBrowser.storage.local.get('callMarks')).toEqual({ callMarks: { 'https://jitsi.example.org/gruppe-mitte': 'group' } });
    expect(injected).toEqual([{ target: { tabId: 42 }, files: ['/content-scripts/call-self-hosted.js'] }]);
    expect(injected.map((injection) => injection.files[0])).toEqual(SELF_HOSTED_PAGE_SCRIPTS.map((script) => `/${script.file}`));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('enableHereDone');
    expect(root.querySelector('button')?.disabled).toBe(true);
  });

  it('says so, in an alert, when the page cannot be checked (a browser page, no permission)', async () => {
    Object.assign(fakeBrowser.scripting, {
      executeScript: async () => {
        throw new Error('Cannot access contents of the page');
      },
    });
    render(<EnableHere tabId={7} url="https://jitsi.example.org/x" />, root);
    root.querySelector('button')!.click();
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('enableHereFailed');
  });
});
