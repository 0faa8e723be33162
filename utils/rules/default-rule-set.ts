import { DEFAULT_CHECKS } from './default-checks';
import type { RuleSet } from './types';

/**
 * The built-in agreement, after the 2020 NAKOS guidance for virtual self-help group meetings.
 * It applies whenever no other rule set does.
 */
export const DEFAULT_RULE_SET: RuleSet = {
  ...DEFAULT_CHECKS,
  rules: [
    {
      id: 'no-recordings',
      text: {
        de: 'Wir machen keine Bildschirmfotos und keine Ton- oder Videoaufnahmen vom Treffen oder vom Chat.',
        en: 'We take no screenshots and no audio or video recordings of the call or its chat.',
      },
    },
    {
      id: 'nothing-passed-on',
      text: {
        de: 'Was im Treffen gesagt wird, bleibt im Treffen: Wir geben nichts weiter.',
        en: 'What is said in the call stays in the call: we pass nothing on.',
      },
    },
    {
      id: 'nobody-else-sees',
      text: {
        de: 'Niemand außerhalb der Gruppe – auch nicht Familie oder Mitbewohner – kann unseren Bildschirm sehen oder mithören.',
        en: 'Nobody outside the group – not family, not flatmates – can see our screen or listen in.',
      },
    },
    {
      id: 'own-name',
      text: {
        de: 'Jede Person entscheidet selbst, ob ihr voller Name unter ihrem Video zu sehen ist.',
        en: 'Each person decides for themselves whether their full name is shown under their video.',
      },
    },
    {
      id: 'nobody-unknown',
      text: {
        de: 'Neue Personen kommen nur nach einem Vorgespräch mit der Leitung dazu; den Link veröffentlichen wir nie.',
        en: 'New people join only after a talk with the organiser first; we never publish the link.',
      },
    },
  ],
};

