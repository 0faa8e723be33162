import { useEffect, useState } from 'preact/hooks';
import { QuickCheck } from '../../components/checklist/QuickCheck';
import { markQuickCheckDone, quickCheckDone, type QuickChecks } from '../../utils/checks/quick-check';
import { quickChecksItem } from '../../utils/platform/storage';

/** The quick check for the call in the current tab, kept for the day and that meeting link. */
export function PopupQuickCheck({ url }: { url: string }) {
  const [checks, setChecks] = useState<QuickChecks | null>(null);
  useEffect(() => {
    void quickChecksItem.getValue().then(setChecks);
    return quickChecksItem.watch(setChecks);
  }, []);
  if (checks === null) return null;
  return (
    <QuickCheck
      idPrefix="popup-qc"
      done={quickCheckDone(checks, url, Date.now())}
      onDone={() => void quickChecksItem.setValue(markQuickCheckDone(checks, url, Date.now()))}
    />
  );
}
