// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCurtain } from '../../../components/curtain/curtain';
import type { CurtainHook } from '../../../utils/call/curtain-hook';
import { createOverlayHost } from '../../../utils/call/overlay-host';

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

const t = (key: string) => key;

function call(client: string): CurtainHook {
  const ui = createOverlayHost(document, '', controller.signal);
  return { adapter: { id: client }, ui, signal: controller.signal, state: { snapshot: null } };
}

describe('the curtain on a call page', () => {
  it('draws in the overlay\'s host and keeps it while shown, even when the page has nothing else to show', () => {
    const hook = call('jitsi');
    const curtain = createCurtain(document, window, () => hook, t);
    curtain.run('call');
    const shadow = hook.ui.mounted!.shadow;
    expect(shadow.querySelector('[data-curtain]')?.getAttribute('data-curtain')).toBe('call');
    // The call page has nothing left to show and asks to hide the host: the curtain stays.
    hook.ui.hide();
    expect(hook.ui.mounted).not.toBeNull();
    // Lifted: the host goes, as the page asked meanwhile.
    curtain.run('call');
    expect(hook.ui.mounted).toBeNull();
  });

  it('a page whose regions are not found gets one cover over everything, with its words and button', () => {
    const hook = call('jitsi');
    createCurtain(document, window, () => hook, t).run('call');
    const shadow = hook.ui.mounted!.shadow;
    expect(shadow.querySelectorAll('.vc-cover')).toHaveLength(1);
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('curtainTextcurtainShowAgain');
  });

  it('the whole call, just asked for, is one cover over everything, drawn without reading a box of the page', () => {
    const hook = call('jitsi');
    // Jitsi's stage is in the page: drawn from its regions, the curtain would read its box.
    const stage = document.createElement('div');
    stage.id = 'largeVideoContainer';
    document.body.append(stage);
    const read = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    const offset = vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get');
    try {
      createCurtain(document, window, () => hook, t).run('call');
      expect(read).not.toHaveBeenCalled();
      expect(offset).not.toHaveBeenCalled();
    } finally {
      read.mockRestore();
      offset.mockRestore();
    }
    const covers = hook.ui.mounted!.shadow.querySelectorAll<HTMLElement>('.vc-cover');
    expect(covers).toHaveLength(1);
    expect([covers[0]!.style.width, covers[0]!.style.height]).toEqual(['100%', '100%']);
  });

  it('an unknown client gets the whole-page cover too', () => {
    const hook = call('somewhere-else');
    createCurtain(document, window, () => hook, t).run('call');
    expect(hook.ui.mounted!.shadow.querySelectorAll('.vc-cover')).toHaveLength(1);
  });

  it('once the call is no longer checked (its signal ended), the curtain adds nothing', () => {
    const hook = call('jitsi');
    controller.abort();
    createCurtain(document, window, () => undefined, t).run('call');
    expect(hook.ui.mounted).toBeNull();
    expect(document.body.children).toHaveLength(0);
  });

  it('a made-up click on its button does not lift it', () => {
    const hook = call('jitsi');
    createCurtain(document, window, () => hook, t).run('call');
    const shadow = hook.ui.mounted!.shadow;
    shadow.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(shadow.querySelector('[data-curtain]')).not.toBeNull();
  });
});
