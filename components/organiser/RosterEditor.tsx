import { useState } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { addNames, clearRoster, removeNames, type Draft } from '../../utils/organiser/draft';
import { RosterNotifications } from './RosterNotifications';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
}

/**
 * The participant list, entered as names and kept as hashes only. The names live in this
 * component's state just until "Add" or "Take off": then they are hashed and the field is
 * emptied. Spell checking is off, so no name is sent to an online spelling service.
 */
export function RosterEditor({ draft, onChange }: Props) {
  const [names, setNames] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const count = draft.roster.members.length;

  const change = async (how: 'add' | 'remove') => {
    if (names.trim() === '') return;
    setBusy(true);
    try {
      const result = how === 'add' ? await addNames(draft, names) : await removeNames(draft, names);
      setNames('');
      onChange(result.draft);
      setMessage(t(how === 'add' ? 'orgNamesAdded' : 'orgNamesRemoved', [String(result.changed), String(result.unchanged)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="organiser__group" data-org-roster>
      <legend>{t('orgRosterLegend')}</legend>
      <p class="hint">{t('orgRosterNote')}</p>
      <p class="hint">{t('orgRosterHonest')}</p>
      <p data-org-roster-count={count}>{count === 1 ? t('orgRosterCountOne') : t('orgRosterCount', [String(count)])}</p>
      <div class="field">
        <label for="org-names">{t('orgNamesLabel')}</label>
        <textarea
          id="org-names"
          rows={4}
          spellcheck={false}
          autoComplete="off"
          value={names}
          aria-describedby="org-names-hint"
          onInput={(e) => setNames(e.currentTarget.value)}
        />
        <span id="org-names-hint" class="hint">{t('orgNamesHint')}</span>
      </div>
      <div class="actions">
        <button class="button" type="button" disabled={busy || names.trim() === ''} onClick={() => void change('add')}>
          {t('orgNamesAdd')}
        </button>
        <button class="button button--quiet" type="button" disabled={busy || names.trim() === '' || count === 0} onClick={() => void change('remove')}>
          {t('orgNamesRemove')}
        </button>
        <button
          class="button button--quiet"
          type="button"
          disabled={busy || count === 0}
          onClick={() => {
            onChange(clearRoster(draft));
            setMessage(t('orgRosterCleared'));
          }}
        >
          {t('orgRosterClear')}
        </button>
      </div>
      <p role="status" data-org-roster-message>
        {message}
      </p>
      <div class="field field--short">
        <label for="org-expected">{t('orgExpectedLabel')}</label>
        <input
          id="org-expected"
          type="number"
          min={1}
          max={2000}
          step={1}
          inputMode="numeric"
          value={draft.expected}
          onInput={(e) => onChange({ ...draft, expected: e.currentTarget.value })}
        />
      </div>
      <RosterNotifications />
    </fieldset>
  );
}
