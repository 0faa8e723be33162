import { t } from '../../utils/platform/i18n';
import { ForgetGroup } from './ForgetGroup';

/**
 * Groups removed from this browser that it still remembers: their highest version (and organiser
 * key, if they were signed), so that an older or foreign copy is not accepted again. Each can be
 * forgotten completely, on purpose.
 */
export function RememberedGroups({ floors, kept }: { floors: Readonly<Record<string, number>>; kept: Readonly<Record<string, unknown>> }) {
  const removed = Object.entries(floors)
    .filter(([id]) => !Object.hasOwn(kept, id))
    .sort(([a], [b]) => a.localeCompare(b));
  if (removed.length === 0) return null;
  return (
    <section aria-labelledby="remembered-heading">
      <h3 id="remembered-heading">{t('optionsRememberedHeading')}</h3>
      <p class="hint">{t('optionsRememberedHint')}</p>
      <ul class="kept">
        {removed.map(([id, version]) => (
          <li key={id} class="card" data-remembered={id}>
            <strong>{id}</strong> <span class="hint">{t('previewVersion', [String(version)])}</span>
            <div class="actions">
              <ForgetGroup id={id} title={id} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
