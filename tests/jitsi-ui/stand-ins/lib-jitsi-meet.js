// Stands in for lib-jitsi-meet (window.JitsiMeetJS, which jitsi-meet's index.html loads before the app):
// no signalling, no media. What the UI asks of it at start-up gets a plain answer; anything else is
// a "path" stand-in: the same object for the same name (so event names compare equal and can key a
// map), a string of its own name where one is needed, a no-op when called.
const paths = new Map();

function path(name) {
  if (paths.has(name)) return paths.get(name);
  const target = function () {};
  const proxy = new Proxy(target, {
    get(object, key) {
      if (Object.prototype.hasOwnProperty.call(object, key) && key !== 'prototype') return object[key];
      if (key === Symbol.toPrimitive || key === 'toString' || key === 'toJSON') return () => name;
      if (typeof key === 'symbol' || key === 'then') return undefined;
      return path(`${name}.${key}`);
    },
    apply() {
      return undefined;
    },
    construct() {
      return path(`new ${name}`);
    },
  });
  paths.set(name, proxy);
  return proxy;
}

/** Chromium, which is what the tests run. */
const browser = new Proxy(
  {
    isChrome: () => true,
    isChromiumBased: () => true,
    isElectron: () => false,
    isFirefox: () => false,
    isSafari: () => false,
    isWebKitBased: () => false,
    isReactNative: () => false,
    isSupported: () => true,
    getName: () => 'chrome',
    getVersion: () => '120',
    isVersionGreaterThan: () => true,
    isVersionLessThan: () => false,
  },
  { get: (object, key) => (key in object ? object[key] : () => false) },
);

const mediaDevices = new Proxy(
  {
    enumerateDevices: (callback) => callback?.([]),
    isDeviceListAvailable: () => Promise.resolve(true),
    isDeviceChangeAvailable: () => false,
    isMultipleAudioInputSupported: () => false,
    getAudioOutputDevice: () => 'default',
    isDevicePermissionGranted: () => Promise.resolve(false),
    addEventListener() {},
    removeEventListener() {},
  },
  { get: (object, key) => (key in object ? object[key] : () => undefined) },
);

const lib = path('JitsiMeetJS');
Object.assign(lib, {
  app: {},
  version: 'stand-in',
  init() {},
  setLogLevel() {},
  setGlobalLogOptions() {},
  addGlobalLogTransport() {},
  removeGlobalLogTransport() {},
  setNetworkInfo() {},
  isWebRtcSupported: () => true,
  isDesktopSharingEnabled: () => false,
  isMultipleAudioInputSupported: () => false,
  isCollectingLocalStats: () => false,
  getActiveAudioDevice: () => Promise.resolve({}),
  // No camera or microphone: the pre-join screen then shows its "no devices" state.
  createLocalTracks: () => Promise.resolve([]),
  createLocalTracksFromMediaStreams: () => [],
  runPreCallTest: () => Promise.resolve([]),
  logLevels: { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', LOG: 'log', WARN: 'warn', ERROR: 'error' },
  // Constants the UI compares with values in its store: lib-jitsi-meet's own strings
  // (lib-jitsi-meet modules/recording/recordingConstants, modules/connectivity/TrackStreamingStatus).
  constants: Object.assign(path('JitsiMeetJS.constants'), {
    recording: {
      error: {
        BUSY: 'busy',
        ERROR: 'error',
        POLICY_VIOLATION: 'policy-violation',
        RESOURCE_CONSTRAINT: 'resource-constraint',
        SERVICE_UNAVAILABLE: 'service-unavailable',
        UNEXPECTED_REQUEST: 'unexpected-request',
      },
      mode: { FILE: 'file', STREAM: 'stream' },
      status: { OFF: 'off', ON: 'on', PENDING: 'pending' },
    },
    trackStreamingStatus: { ACTIVE: 'active', INACTIVE: 'inactive', INTERRUPTED: 'interrupted', RESTORING: 'restoring' },
    transcriptionStatus: { ON: 'ON', OFF: 'OFF', PENDING: 'PENDING' },
  }),
  util: path('JitsiMeetJS.util'),
  mediaDevices,
});
Object.assign(lib.util, { browser });

export default lib;
