// Generated Jitsi Meet call pages for the benchmarks: N participants in tile view, built from the
// same markup as tests/fixtures/jitsi/tile-view.html (ids, test ids and plain class names are
// Jitsi's, "css-xxxxxx-key" classes stand for tss-react generated ones), plus each thumbnail's
// audio-level indicator, which the churn benchmark animates. The page carries a small helper
// (window.__bench) that changes the DOM the way Jitsi's React tree would and times what the
// extension shows; it is test code, never shipped.

/** The local participant's shown name: a full name, so the overlay always has one notice. */
export const SELF_NAME = 'Sabine Wagner';

const FIRST_NAMES = [
  'Lena', 'Klaus', 'Mia', 'Jonas', 'Aylin', 'Piotr', 'Fatma', 'Ole', 'Hanna', 'Emre',
  'Greta', 'Yusuf', 'Ida', 'Mateo', 'Svenja', 'Kofi', 'Nora', 'Luca', 'Merve', 'Timo',
];

/** Endpoint ids are 8 hex digits like Jitsi's. */
export const endpointId = (n) => (0x10000000 + n).toString(16);

/** A name that is neither a full name nor a contact detail: no notice under the default rules. */
export const plainName = (n) => `${FIRST_NAMES[n % FIRST_NAMES.length]} ${String.fromCharCode(65 + ((n / FIRST_NAMES.length) | 0) % 26)}.`;

/**
 * Like plainName with a second initial, so that all of up to 13 520 people have a name of their
 * own ("Lena A. K."): for the large call, where plainName's 520 names would repeat 19 times each.
 */
export const distinctName = (n) => `${plainName(n)} ${String.fromCharCode(65 + ((n / (FIRST_NAMES.length * 26)) | 0) % 26)}.`;

/** "+49 171 23456NN": a dial-in participant, which the extension must report as `phone-number`. */
export const phoneName = (n) => `+49 171 23456${String(n % 100).padStart(2, '0')}`;

/**
 * Hostile shown names for the large call (run.mjs, results.largeCall): what a page or a
 * participant can put in a display name. `expect` is the notice the overlay must show for it under the default
 * rules (names policy 'any': contact details are notices, full names are not), or null for none.
 * The overlay must show each name as text: the whole (as the adapter reads it: trimmed, at most
 * 1000 UTF-16 units) in the notice's aria-label, the start of it as its visible text, and no
 * element a name could have made.
 */
export const HOSTILE_NAMES = [
  { what: 'HTML-looking, with a number', name: '<img src=x onerror=alert(1)>+49 171 2345601', expect: 'phone-number' },
  { what: 'HTML-looking first name', name: '<b>Lena</b>', expect: null },
  { what: 'script tag and a name', name: '<script>alert("x")</script> Ole', expect: null },
  { what: 'U+202E around a number', name: 'Lena \u202E+49 171 2345602\u202C', expect: 'phone-number' },
  { what: 'U+202E: a number drawn reversed', name: '\u202E1067654 171 94+', expect: 'phone-number' },
  { what: 'U+202E: a full name drawn reversed', name: '\u202Eenibas Wagner', expect: null },
  { what: 'zero-width characters in a number', name: '+49\u200B 171\u200C 234\u200D5603', expect: 'phone-number' },
  { what: 'zero-width characters in an e-mail address', name: 's\u200Babine.wag\u200Dner@exa\u2060mple.org', expect: 'phone-number' },
  { what: 'zero-width characters in a first name', name: 'Mi\u200Ba\u200C', expect: null },
  { what: '10 000 characters, a number first', name: `+49 171 2345604 ${'A'.repeat(10_000 - 16)}`, expect: 'phone-number' },
  // The classifier looks at a bounded prefix (utils/checks/names/text.ts MAX_SCAN, MAX_CHARS) and the
  // adapter keeps 1000 units: a number behind 9 985 characters of padding is not seen, by design.
  { what: '10 000 characters, a number last', name: `${'A'.repeat(10_000 - 13)} 0171 2345678`, expect: null },
  { what: 'emoji sequences (ZWJ, flag, skin tone) and a number', name: '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} \u{1F3F3}\uFE0F\u200D\u{1F308} +49 171 2345605 \u{1F44D}\u{1F3FD}', expect: 'phone-number' },
  { what: 'emoji sequences and a first name', name: '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} Lena \u{1F1E9}\u{1F1EA}', expect: null },
  { what: 'markup, U+202E, zero-width and emoji together', name: '<i>Ole</i>\u202E\u200B\u{1F4DE} 0171 2345606', expect: 'phone-number' },
];

/** Where the hostile names sit among `remotes` remote participants: spread evenly, never first. */
export const hostileIndex = (i, remotes) => Math.floor(((i + 1) * remotes) / (HOSTILE_NAMES.length + 1));

/** A name as the Jitsi adapter reads it (utils/clients/jitsi/adapter.ts `clean`): trimmed, at most 1000 UTF-16 units. */
export const adapterName = (name) => name.trim().slice(0, 1000);

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/**
 * react/features/filmstrip/components/web/ThumbnailAudioIndicator.tsx: span.audioindicator-container around
 * react/features/audio-level-indicator/components/AudioLevelIndicator.tsx: span.audioindicator.in-react with five
 * dots (bottom, bottom, middle, top, top) whose style.opacity follows the audio level.
 */
const AUDIO_INDICATOR =
  '<span class="audioindicator-container"><span class="audioindicator in-react">' +
  ['bottom', 'bottom', 'middle', 'top', 'top'].map((dot) => `<span class="audiodot-${dot}" style="opacity: 0;"></span>`).join('') +
  '</span></span>';

/** react/features/filmstrip/components/web/Thumbnail.tsx (local): span#localVideoContainer.videocontainer */
function localThumbnail(name) {
  return `<span class="videocontainer display-avatar-only" id="localVideoContainer">
  <span aria-label="Pin ${escapeHtml(name)}" class="css-1c1n2yq-keyboardPinButton" role="button" tabindex="0"></span>
  <span id="localVideoWrapper"></span>
  <div class="css-4vp2qx-containerBackground"></div>
  <div class="css-1r9c0aq-indicatorsContainer css-9xk1pg-indicatorsBottomContainer tile-view-mode">
    <div class="css-1f8m3ih-indicatorsBackground"><span class="css-13vxa2d-nameContainer"><span class="displayname css-1gkqmx0-displayName" id="localDisplayName">${escapeHtml(name)} (me)</span></span></div>
  </div>
  <div class="css-1r9c0aq-indicatorsContainer css-6ehw5v-indicatorsTopContainer tile-view-mode">${AUDIO_INDICATOR}</div>
  <div class="avatar-container"><div class="avatar userAvatar"></div></div>
  <div class="css-3sd6yl-borderIndicator raised-hand-border"></div>
  <div class="css-3sd6yl-borderIndicator active-speaker-indicator"></div>
</span>`;
}

/**
 * Thumbnail.tsx (remote): span#participant_<endpointId>.videocontainer; ThumbnailBottomIndicators.tsx and
 * DisplayName.tsx: span#participant_<endpointId>_name with the shown name.
 */
function remoteThumbnail(id, name) {
  return `<span class="videocontainer display-avatar-only" id="participant_${escapeHtml(id)}">
  <span aria-label="Pin ${escapeHtml(name)}" class="css-1c1n2yq-keyboardPinButton" role="button" tabindex="0"></span>
  <div class="css-4vp2qx-containerBackground"></div>
  <div class="css-1r9c0aq-indicatorsContainer css-9xk1pg-indicatorsBottomContainer tile-view-mode">
    <div class="css-1f8m3ih-indicatorsBackground"><span class="css-13vxa2d-nameContainer"><span class="displayname css-1gkqmx0-displayName" id="participant_${escapeHtml(id)}_name">${escapeHtml(name)}</span></span></div>
  </div>
  <div class="css-1r9c0aq-indicatorsContainer css-6ehw5v-indicatorsTopContainer tile-view-mode">${AUDIO_INDICATOR}</div>
  <div class="avatar-container"><div class="avatar userAvatar"></div></div>
  <div class="presence-label-container"><div class="presence-label"></div></div>
  <div class="css-3sd6yl-borderIndicator raised-hand-border"></div>
  <div class="css-3sd6yl-borderIndicator active-speaker-indicator"></div>
</span>`;
}

/**
 * A call page with `participants` people: you plus `participants - 1` remote thumbnails.
 *
 * `large`: the large call (10 000 participants). HOSTILE_NAMES replace the plain names at
 * `hostileIndex` (renames leave them alone), and the page watches long tasks and the moment the
 * overlay first shows a notice (firstNotice). Its remote thumbnails are not in the HTML: the
 * page's own script builds them from the same thumbnail template while the page loads (before
 * DOMContentLoaded, so before the content script at document_idle), which gives the same DOM:
 * 10 000 thumbnails are 13 MB of HTML, and answering that through Playwright's request
 * interception took 7–12 s per page load on the bench machine; this page is about 170 KB.
 * The other pages stay as they were, so their figures compare with earlier runs.
 * @param {number} participants
 * @param {{ large?: boolean }} [options]
 */
export function callPage(participants, { large = false } = {}) {
  const remoteCount = participants - 1;
  const hostileAt = new Map(large ? HOSTILE_NAMES.map((h, i) => [hostileIndex(i, remoteCount), h.name]) : []);
  const names = [];
  for (let n = 0; n < remoteCount; n++) names.push(hostileAt.get(n) ?? (large ? distinctName(n) : plainName(n)));
  const remotes = large ? [] : names.map((name, n) => remoteThumbnail(endpointId(n), name));
  // In a <script>, "</script" and "<!--" in a name would end or change it: escape "<" in the JSON.
  const largeCall = large ? JSON.stringify({ hostileIds: [...hostileAt.keys()].map(endpointId), names }).replace(/</g, '\\u003c') : 'null';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Jitsi Meet</title></head>
<body>
<!-- Generated by tests/bench/page.mjs from the markup of tests/fixtures/jitsi/tile-view.html -->
<div id="react" role="main">
<div id="layout_wrapper">
<div class="tile-view" id="videoconference_page">
  <div class="details-container"><span class="subject-timer">00:00:00</span></div>
  <div id="videospace">
    <div class="videocontainer" id="largeVideoContainer"><div id="largeVideoWrapper"></div></div>
    <div class="filmstrip css-1k2a7qd-filmstrip">
      <span aria-level="1" class="sr-only" role="heading">Filmstrip</span>
      <div class="filmstrip__videos" id="remoteVideos">
        <div class="filmstrip__videos" id="filmstripLocalVideo"></div>
        <div class="filmstrip__videos remote-videos" style="position: relative; overflow: auto;">
          <div style="position: relative;">
${localThumbnail(SELF_NAME)}
${remotes.join('\n')}
          </div>
        </div>
      </div>
    </div>
  </div>
  <span aria-level="1" class="sr-only" role="heading">Meeting toolbar</span>
  <div class="new-toolbox" id="new-toolbox"></div>
</div>
</div>
</div>
<template id="bench-thumbnail">${remoteThumbnail('template', 'template')}</template>
<script>(${pageHelper.toString()})(${remoteCount}, ${largeCall});</script>
</body>
</html>`;
}

/* Runs in the page (serialised with toString): no imports, no closures over this module. */
function pageHelper(initialRemotes, large) {
  'use strict';
  const grid = document.querySelector('#remoteVideos .remote-videos > div');
  const template = document.getElementById('bench-thumbnail');
  const clock = document.querySelector('.details-container .subject-timer');
  /** Remote endpoint ids currently in the call, oldest first. */
  const present = [];
  for (let n = 0; n < initialRemotes; n++) present.push((0x10000000 + n).toString(16));
  let nextId = 0x20000000;
  let clockSeconds = 0;

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const random = (n) => Math.floor(Math.random() * n);

  function thumbnail(id, name) {
    const tile = template.content.firstElementChild.cloneNode(true);
    tile.id = `participant_${id}`;
    tile.querySelector('[aria-label]').setAttribute('aria-label', `Pin ${name}`);
    const label = tile.querySelector('.displayname');
    label.id = `participant_${id}_name`;
    label.textContent = name;
    return tile;
  }
  const hostileIds = large ? large.hostileIds : [];
  if (large) {
    // callPage({ large }): the remote thumbnails, built now, while the page is still loading.
    const tiles = document.createDocumentFragment();
    large.names.forEach((name, n) => tiles.append('\n', thumbnail(present[n], name)));
    grid.append(tiles, '\n');
  }
  /* React updates an existing text node in place (a characterData mutation). */
  function setText(node, text) {
    if (node.firstChild && node.firstChild.nodeType === 3) node.firstChild.data = text;
    else node.textContent = text;
  }
  function join(id, name) {
    grid.appendChild(thumbnail(id, name));
    present.push(id);
  }
  function leave(id) {
    document.getElementById(`participant_${id}`)?.remove();
    const at = present.indexOf(id);
    if (at >= 0) present.splice(at, 1);
  }
  function rename(id, name) {
    setText(document.getElementById(`participant_${id}_name`), name);
  }
  function tick() {
    clockSeconds++;
    const pad = (n) => String(n).padStart(2, '0');
    setText(clock, `${pad(Math.floor(clockSeconds / 3600))}:${pad(Math.floor(clockSeconds / 60) % 60)}:${pad(clockSeconds % 60)}`);
  }

  const overlayRoot = () => ([...document.querySelectorAll('*')].find((el) => el.shadowRoot?.querySelector('[data-overlay-root]')))?.shadowRoot ?? null;

  /*
   * Large call only: long tasks (over 50 ms) from here on, and the moment the overlay first shows
   * a notice: the task around that moment is the extension's first read of the page (content
   * script at document_idle, after this script has run).
   */
  const longTasks = [];
  let firstNoticeAt = null;
  if (large) {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, ms: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no Long Tasks API: the list stays empty (firstNotice says so)
    }
    const hostWatch = new MutationObserver(() => {
      const root = overlayRoot();
      if (!root) return;
      hostWatch.disconnect();
      const noticeWatch = new MutationObserver(() => {
        if (firstNoticeAt !== null || !root.querySelector('[data-finding]')) return;
        firstNoticeAt = performance.now();
        noticeWatch.disconnect();
      });
      noticeWatch.observe(root, { childList: true, subtree: true });
    });
    hostWatch.observe(document.body, { childList: true });
  }

  function shows(kind, name) {
    const root = overlayRoot();
    if (!root) return false;
    for (const notice of root.querySelectorAll(`[data-finding="${kind}"]`)) {
      if (name === undefined || notice.textContent.includes(name)) return true;
    }
    return false;
  }
  /** Resolves with performance.now() at the moment the overlay (starts to / stops to) show the notice. */
  function whenShown(kind, name, shown, timeoutMs = 5000) {
    const root = overlayRoot();
    if (!root) return Promise.reject(new Error('no overlay in the page'));
    return new Promise((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (shows(kind, name) !== shown) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(at);
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${kind} notice for ${name} not ${shown ? 'shown' : 'gone'} after ${timeoutMs} ms`));
      }, timeoutMs);
    });
  }

  /** The extension's read count (stats.ts answers synchronously), or null without the extension. */
  function reads() {
    let count = null;
    const listener = (event) => {
      count = typeof event.detail?.reads === 'number' ? event.detail.reads : null;
    };
    document.addEventListener('vertraulich:stats', listener);
    document.dispatchEvent(new CustomEvent('vertraulich:stats-request'));
    document.removeEventListener('vertraulich:stats', listener);
    return count;
  }

  let churning = [];

  const nextTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });

  /**
   * One tick of churn, as a function: audio-level dots (style) on `tilesPerTick` thumbnails and the
   * active-speaker classes moved; with `indicators`, also a status indicator mounted or unmounted in
   * a thumbnail (a childList change, as React makes for icons and tooltips). The same pseudo-random
   * sequence in every page (mulberry32 from `seed`), so runs with and without the extension do the
   * same work; elements are looked up once, so the page's own cost stays small.
   */
  function churnTicker(tilesPerTick, seed, indicators) {
    let state = seed >>> 0;
    const rand = (n) => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const tiles = [...grid.querySelectorAll('span.videocontainer')].map((tile) => ({
      tile,
      dots: [...tile.querySelectorAll('.audioindicator > span')],
      top: tile.querySelector('.css-6ehw5v-indicatorsTopContainer'),
    }));
    const indicator = document.createElement('div');
    indicator.className = 'css-2kbx4z-indicator raised-hand-indicator';
    let speaker = null;
    return () => {
      for (let k = 0; k < tilesPerTick; k++) {
        const level = rand(1000) / 1000;
        // AudioLevelIndicator.tsx: opacity of dot i = clamp(5 * level - |2 - i|, 0, 1)
        tiles[rand(tiles.length)].dots.forEach((dot, i) => {
          dot.style.opacity = String(Math.min(1, Math.max(0, 5 * level - Math.abs(2 - i))));
        });
      }
      speaker?.classList.remove('css-8h2ma1-activeSpeaker', 'dominant-speaker');
      speaker = tiles[rand(tiles.length)].tile;
      speaker.classList.add('css-8h2ma1-activeSpeaker', 'dominant-speaker');
      if (!indicators) return;
      if (indicator.isConnected) indicator.remove();
      else tiles[rand(tiles.length)].top.appendChild(indicator);
    };
  }

  /** ms from running `change` to the next task: the page's own bit plus all MutationObserver work. */
  async function timed(change) {
    const t0 = performance.now();
    change();
    await nextTask();
    return performance.now() - t0;
  }

  window.__bench = {
    reads,
    visibility: () => document.visibilityState,
    shows,
    now: () => performance.now(),
    /** Long tasks that started at or after `since` (performance.now() ms). */
    longTasksSince: (since) => longTasks.filter((task) => task.start >= since),
    /** When the overlay first showed a notice, and the long task around that moment (null: under 50 ms). */
    firstNotice() {
      const task = firstNoticeAt === null ? null : longTasks.find((t) => t.start <= firstNoticeAt && firstNoticeAt <= t.start + t.ms + 1);
      return { at: firstNoticeAt, taskMs: task ? task.ms : null, longTaskApi: PerformanceObserver.supportedEntryTypes.includes('longtask') && large !== null };
    },
    /**
     * What the overlay shows, read from its open shadow root: every [data-finding] with its kind,
     * the name's aria-label (the whole name) and visible text, and every tag name in the root.
     */
    overlayInventory() {
      const root = overlayRoot();
      if (!root) return null;
      return {
        findings: [...root.querySelectorAll('[data-finding]')].map((notice) => {
          const name = notice.querySelector('.notice__name');
          return {
            kind: notice.getAttribute('data-finding'),
            name: name ? name.getAttribute('aria-label') : null,
            shown: name ? name.textContent : null,
          };
        }),
        tags: [...new Set([...root.querySelectorAll('*')].map((e) => e.localName))].sort(),
      };
    },
    /** A participant joins: ms from the thumbnail's insertion to its notice in the overlay. */
    async timeJoin(name, kind) {
      const id = (nextId++).toString(16);
      const shown = whenShown(kind, name, true);
      const t0 = performance.now();
      join(id, name);
      // Was the notice there by the next task (read in a microtask), or did the loop defer the read?
      const inTask = nextTask().then(() => shows(kind, name));
      return { id, ms: (await shown) - t0, inTask: await inTask };
    },
    /** The participant leaves: ms until the notice is gone. */
    async timeLeave(id, name, kind) {
      const gone = whenShown(kind, name, false);
      const t0 = performance.now();
      leave(id);
      return (await gone) - t0;
    },
    /**
     * Noise a real call makes all the time and that can never change a name (issue 8): at `hz`,
     * audio-level dots (style) on `tilesPerTick` random thumbnails and the active-speaker classes
     * moving to a random thumbnail (with `indicators`, also a status indicator mounted/unmounted);
     * the call clock every second.
     */
    startChurn(hz = 20, tilesPerTick = 4, seed = 1, indicators = false) {
      churning.push(setInterval(churnTicker(tilesPerTick, seed, indicators), 1000 / hz), setInterval(tick, 1000));
    },
    stopChurn() {
      churning.forEach(clearInterval);
      churning = [];
    },
    /**
     * One rename between two plain names, timed from the page: it is relevant and must cause
     * exactly one read (which reads the page, compares the snapshot and runs the guards; no notice
     * changes, so nothing is rendered). The loop reads in a microtask after the task that changed
     * the page, so the time from the rename to the next task is the page's own bit plus the
     * extension's whole pass; the same without the extension gives the page's bit.
     */
    async timedRename(k) {
      let at = (k * 37) % present.length;
      while (hostileIds.includes(present[at])) at = (at + 1) % present.length;
      const id = present[at];
      const label = document.getElementById(`participant_${id}_name`);
      const name = label.textContent.endsWith(' X.') ? label.textContent.slice(0, -3) : `${label.textContent} X.`;
      const before = reads();
      const ms = await timed(() => rename(id, name));
      const after = reads();
      return { ms, reads: before === null ? null : after - before };
    },
    /**
     * `count` each of: churn ticks (style, classes), the same with an indicator mounted/unmounted,
     * and clock ticks, each timed like timedRename. None of them may cause a read.
     */
    async timedChurn(count, tilesPerTick = 4) {
      const churnTick = churnTicker(tilesPerTick, 2, false);
      const withIndicator = churnTicker(tilesPerTick, 3, true);
      const before = reads();
      const churn = [];
      const indicators = [];
      const clock = [];
      for (let k = 0; k < count; k++) {
        churn.push(await timed(churnTick));
        indicators.push(await timed(withIndicator));
        clock.push(await timed(tick));
      }
      const after = reads();
      return { churn, indicators, clock, reads: before === null ? null : after - before };
    },
    /**
     * A time-compressed call: each simulated minute has 60 clock ticks and ten changes, one per
     * frame: three joins (one of them a dial-in number), three leaves (the two longest in the call
     * and the dial-in), and four renames (one name to a phone number and back). Notices come and
     * go, but every minute ends as it started: the same number of people, none with a notice
     * except you, so the heap can be compared minute to minute.
     */
    async simulate(minutes) {
      for (let m = 0; m < minutes; m++) {
        const dialIn = (nextId++).toString(16);
        // Two people who stay this minute (the leaves take the longest in the call).
        const x = present[3 + random(present.length - 4)];
        const y = present[present.indexOf(x) + 1];
        const n = nextId;
        const events = [
          () => join(dialIn, `+49 171 23456${String(n % 100).padStart(2, '0')}`),
          () => join((nextId++).toString(16), `Gast ${nextId % 1000}`),
          () => rename(x, `+49 160 98765${String(n % 100).padStart(2, '0')}`),
          () => leave(present[0]),
          () => join((nextId++).toString(16), `Gast ${nextId % 1000}`),
          () => rename(y, `Name ${n % 1000}`),
          () => leave(present[0]),
          () => rename(x, `Name ${(n + 1) % 1000}`),
          () => rename(y, `Name ${(n + 2) % 1000}`),
          () => leave(dialIn),
        ];
        for (const [k, event] of events.entries()) {
          event();
          for (let s = Math.floor((60 * k) / events.length); s < Math.floor((60 * (k + 1)) / events.length); s++) tick();
          await frame();
        }
      }
      return present.length;
    },
  };
}
