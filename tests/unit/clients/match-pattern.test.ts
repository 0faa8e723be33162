import { describe, expect, it } from 'vitest';
import { matchesAny, patternCoversHost } from '../../../utils/clients/common/match-pattern';
import { HOSTED_CALL_MATCHES } from '../../../utils/clients/call-scripts';

const zoom = ['https://zoom.us/wc/*', 'https://*.zoom.us/wc/*'];

describe('match patterns, read as the browser reads them', () => {
  it('match the host, with or without a subdomain for "*.", and the path', () => {
    expect(matchesAny(zoom, new URL('https://zoom.us/wc/81234567890/join'))).toBe(true);
    expect(matchesAny(zoom, new URL('https://acme.zoom.us/wc/81234567890/start?from=pwa'))).toBe(true);
    expect(matchesAny(zoom, new URL('https://zoom.us/j/81234567890'))).toBe(false);
    expect(matchesAny(zoom, new URL('https://zoom.us.example.org/wc/1'))).toBe(false);
    expect(matchesAny(zoom, new URL('https://evilzoom.us/wc/1'))).toBe(false);
    expect(matchesAny(zoom, new URL('http://zoom.us/wc/1'))).toBe(false);
    expect(matchesAny(['https://meet.jit.si/*'], new URL('https://meet.jit.si:8443/Gruppe'))).toBe(true);
    expect(matchesAny(['https://meet.jit.si/*'], new URL('https://meetxjit.si/Gruppe'))).toBe(false);
  });

  it('know which hosts a pattern covers (the self-hosted check)', () => {
    expect(patternCoversHost('https://*.zoom.us/wc/*', 'zoom.us')).toBe(true);
    expect(patternCoversHost('https://*.zoom.us/wc/*', 'acme.zoom.us')).toBe(true);
    expect(patternCoversHost('https://*.zoom.us/wc/*', 'notzoom.us')).toBe(false);
    expect(patternCoversHost('https://meet.jit.si/*', 'meet.jit.si')).toBe(true);
  });

  it('are only of the simple form the reader knows, in every hosts.ts', () => {
    for (const pattern of HOSTED_CALL_MATCHES) expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/[a-z0-9/]*\*$/);
  });
});
