/** A QR code drawn as SVG from text (an otpauth:// link), for phones to scan. */
import { create } from 'qrcode';
import { useMemo } from 'react';

/** The dark modules of `text`'s QR code as one SVG path, one unit per module, 4 units of margin. */
function qrPath(text: string): { d: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const margin = 4;
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
    }
  }
  return { d, size: modules.size + 2 * margin };
}

/** The QR code of `text`, labelled for screen readers. */
export function QrCode(props: { text: string; label: string }) {
  const { d, size } = useMemo(() => qrPath(props.text), [props.text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size} ${size}`}
      width={size * 5}
      height={size * 5}
      shapeRendering="crispEdges"
    >
      <title>{props.label}</title>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
