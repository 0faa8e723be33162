// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createOverlayHost, neutralTagName } from '../../../utils/call/overlay-host';

// Each test's content script ends with the test (a shown host would otherwise put itself back).
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
});

describe('neutralTagName', () => {
  it('is a valid lowercase custom-element-like name that says nothing about the extension', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 200; i++) {
      const name = neutralTagName(random);
      expect(name).toMatch(/^[a-z]{4,7}-[a-z]{4,8}$/);
      expect(name).not.toMatch(/vertraulich|overlay/);
      expect(() => document.createElement(name)).not.toThrow();
    }
  });
});

describe('createOverlayHost', () => {
  it('adds nothing to the page until there is something to show, and takes it away again', () => {
    const host = createOverlayHost(document, '', controller.signal);
    expect(document.body.children).toHaveLength(0);
    expect(host.mounted).toBeNull();

    const mounted = host.show();
    expect(host.show()).toBe(mounted); // once
    expect([...document.body.children]).toEqual([mounted.shadowHost]);
    expect(mounted.shadowHost.getAttributeNames()).toEqual([]);
    expect(host.owns(mounted.shadowHost)).toBe(true);
    expect(host.owns(mounted.uiContainer)).toBe(true);
    expect(host.owns(document.body)).toBe(false);

    host.hide();
    expect(document.body.children).toHaveLength(0);
    expect(host.mounted).toBeNull();
    // Still known as ours: its removal is no page change worth a read.
    expect(host.owns(mounted.shadowHost)).toBe(true);
  });

  it('is closed outside test builds', () => {
    const host = createOverlayHost(document, '', controller.signal);
    expect(host.show().shadowHost.shadowRoot).toBeNull();
  });

  it('leaves with the content script', () => {
    const host = createOverlayHost(document, '', controller.signal);
    host.show();
    controller.abort();
    expect(document.body.children).toHaveLength(0);
  });
});
