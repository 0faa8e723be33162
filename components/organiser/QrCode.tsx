import { useMemo } from 'preact/hooks';
import { t } from '../../utils/platform/i18n';
import { qrMatrix } from '../../utils/organiser/qr';

/**
 * The QR code of `text` as an inline SVG of <rect>s (Preact elements, no markup strings), or
 * a plain note when the text does not fit into a QR code.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const qr = useMemo(() => qrMatrix(text), [text]);
  if (!qr.ok) {
    return (
      <p class="card" data-qr="too-long">
        {t('orgQrTooLong', [String(text.length)])}
      </p>
    );
  }
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      data-qr-size={qr.size}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      {qr.runs.map((run) => (
        <rect key={`${run.x}:${run.y}`} x={run.x} y={run.y} width={run.width} height={1} fill="#000" />
      ))}
    </svg>
  );
}
