import { t } from '../../utils/platform/i18n';
import { addRule, idFromTitle, removeRule, type Draft, type DraftRule } from '../../utils/organiser/draft';
import { RosterEditor } from './RosterEditor';

interface Props {
  draft: Draft;
  onChange: (draft: Draft) => void;
}

/** Step 1: the rule set's fields. Every control has its own label; hints are tied to it with aria-describedby. */
export function RuleSetForm({ draft, onChange }: Props) {
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  const setRule = (index: number, patch: Partial<DraftRule>) =>
    set({ rules: draft.rules.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)) });
  const onTitle = (title: string) => {
    // The id follows the title until the organiser gives it a name of their own.
    const followsTitle = draft.id === '' || draft.id === idFromTitle(draft.title);
    set({ title, ...(followsTitle ? { id: idFromTitle(title) } : {}) });
  };

  return (
    <div class="organiser__step">
      <h3>{t('orgWriteHeading')}</h3>
      <div class="field">
        <label for="org-title">{t('orgTitleLabel')}</label>
        <input id="org-title" type="text" maxLength={80} value={draft.title} aria-describedby="org-title-hint" onInput={(e) => onTitle(e.currentTarget.value)} />
        <span id="org-title-hint" class="hint">{t('orgTitleHint')}</span>
      </div>
      <div class="field">
        <label for="org-id">{t('orgIdLabel')}</label>
        <input id="org-id" type="text" maxLength={64} spellcheck={false} autoComplete="off" value={draft.id} aria-describedby="org-id-hint" onInput={(e) => set({ id: e.currentTarget.value })} />
        <span id="org-id-hint" class="hint">{t('orgIdHint')}</span>
      </div>
      <div class="field field--short">
        <label for="org-version">{t('orgVersionLabel')}</label>
        <input id="org-version" type="number" min={1} step={1} inputMode="numeric" value={draft.version} aria-describedby="org-version-hint" onInput={(e) => set({ version: e.currentTarget.value })} />
        <span id="org-version-hint" class="hint">{t('orgVersionHint')}</span>
      </div>

      <fieldset class="organiser__group">
        <legend>{t('orgRulesLegend')}</legend>
        <p class="hint">{t('orgRulesHint')}</p>
        <ol class="organiser__rules">
          {draft.rules.map((rule, index) => {
            const n = String(index + 1);
            return (
              <li key={rule.id} data-org-rule={rule.id}>
                <fieldset class="organiser__rule">
                  <legend>{t('orgRuleLegend', [n])}</legend>
                  <div class="field">
                    <label for={`org-rule-${n}-de`}>{t('orgRuleGerman', [n])}</label>
                    <textarea id={`org-rule-${n}-de`} lang="de" rows={2} maxLength={500} value={rule.de} onInput={(e) => setRule(index, { de: e.currentTarget.value })} />
                  </div>
                  <div class="field">
                    <label for={`org-rule-${n}-en`}>{t('orgRuleEnglish', [n])}</label>
                    <textarea id={`org-rule-${n}-en`} lang="en" rows={2} maxLength={500} value={rule.en} onInput={(e) => setRule(index, { en: e.currentTarget.value })} />
                  </div>
                  <div class="actions">
                    <button class="button button--quiet" type="button" onClick={() => onChange(removeRule(draft, index))}>
                      {t('orgRuleRemove', [n])}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div class="actions">
          <button id="org-rule-add" class="button button--quiet" type="button" disabled={draft.rules.length >= 30} onClick={() => onChange(addRule(draft))}>
            {t('orgRuleAdd')}
          </button>
        </div>
      </fieldset>

      <fieldset class="organiser__group">
        <legend>{t('orgPolicyLegend')}</legend>
        <label class="choice">
          <input id="org-policy-any" type="radio" name="org-policy" value="any" checked={draft.policy === 'any'} onChange={() => set({ policy: 'any' })} />
          {t('orgPolicyAny')}
        </label>
        <label class="choice">
          <input id="org-policy-first-name" type="radio" name="org-policy" value="first-name" checked={draft.policy === 'first-name'} onChange={() => set({ policy: 'first-name' })} />
          {t('orgPolicyFirstName')}
        </label>
      </fieldset>

      <RosterEditor draft={draft} onChange={onChange} />

      <div class="field">
        <label for="org-meetings">{t('orgMeetingsLabel')}</label>
        <textarea
          id="org-meetings"
          rows={3}
          spellcheck={false}
          autoComplete="off"
          placeholder="https://meet.jit.si/…"
          value={draft.meetings}
          aria-describedby="org-meetings-hint"
          onInput={(e) => set({ meetings: e.currentTarget.value })}
        />
        <span id="org-meetings-hint" class="hint">{t('orgMeetingsHint')}</span>
      </div>

      <fieldset class="organiser__group">
        <legend>{t('orgRemindersLegend')}</legend>
        <label class="choice">
          <input id="org-at-join" type="checkbox" checked={draft.atJoin} onChange={(e) => set({ atJoin: e.currentTarget.checked })} />
          {t('orgAtJoinLabel')}
        </label>
        <div class="field field--short">
          <label for="org-every">{t('orgEveryLabel')}</label>
          <input id="org-every" type="number" min={0} max={240} step={1} inputMode="numeric" value={draft.everyMinutes} onInput={(e) => set({ everyMinutes: e.currentTarget.value })} />
        </div>
      </fieldset>
    </div>
  );
}
