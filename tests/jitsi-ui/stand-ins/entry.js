// The page's script: globals first (as index.html's inline scripts do), then jitsi-meet's web entry,
// then the app rendered into #react as index.html does. `window.JitsiUi` lets a test drive the call
// with Jitsi's own redux action creators (dispatched into APP.store, as lib-jitsi-meet's events
// would make the app do), and a conference object that answers what the UI asks of a joined one.
import './globals.js';
import 'jitsi-sdk/react/index.web.js';

import { conferenceJoined, conferenceWillJoin } from 'jitsi-sdk/react/features/base/conference/actions.any';
import {
  createVirtualScreenshareParticipant,
  localParticipantIdChanged,
  localParticipantRoleChanged,
  participantJoined,
  participantLeft,
  participantUpdated,
  updateLocalRecordingStatus,
} from 'jitsi-sdk/react/features/base/participants/actions';
import { updateSettings } from 'jitsi-sdk/react/features/base/settings/actions';
import {
  knockingParticipantLeft,
  openLobbyScreen,
  participantIsKnockingOrUpdated,
  setLobbyModeEnabled,
} from 'jitsi-sdk/react/features/lobby/actions.any';
import { close as closeParticipantsPane, open as openParticipantsPane } from 'jitsi-sdk/react/features/participants-pane/actions.web';
import { setPrejoinPageVisibility } from 'jitsi-sdk/react/features/prejoin/actions.web';
import { updateRecordingSessionData } from 'jitsi-sdk/react/features/recording/actions.any';
import { setTileView, virtualScreenshareParticipantsUpdated } from 'jitsi-sdk/react/features/video-layout/actions.any';

import { conference, LOCAL_ID } from './conference.js';

window.JitsiUi = {
  conference,
  localId: LOCAL_ID,
  dispatch: (action) => window.APP.store.dispatch(action),
  actions: {
    closeParticipantsPane,
    conferenceJoined,
    conferenceWillJoin,
    createVirtualScreenshareParticipant,
    knockingParticipantLeft,
    localParticipantIdChanged,
    localParticipantRoleChanged,
    openLobbyScreen,
    openParticipantsPane,
    participantIsKnockingOrUpdated,
    participantJoined,
    participantLeft,
    participantUpdated,
    setLobbyModeEnabled,
    setPrejoinPageVisibility,
    setTileView,
    updateLocalRecordingStatus,
    updateRecordingSessionData,
    updateSettings,
    virtualScreenshareParticipantsUpdated,
  },
  /** A recording session as lib-jitsi-meet's JitsiRecordingSession presents it to updateRecordingSessionData. */
  recordingSession({ id = 'session-1', mode = 'file', status = 'on' } = {}) {
    return {
      getID: () => id,
      getMode: () => mode,
      getStatus: () => status,
      getError: () => undefined,
      getInitiator: () => undefined,
      getTerminator: () => undefined,
      getLiveStreamViewURL: () => undefined,
    };
  },
};

window.JitsiMeetJS.app.renderEntryPoint({ Component: window.JitsiMeetJS.app.entryPoints.APP });
