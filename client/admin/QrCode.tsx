import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A QR code for a tablet or station to scan, drawn in the browser (no network). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(text, { margin: 1, width: 160 }).then((url) => live && setSrc(url), () => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [text]);
  return src ? <img className="qr" src={src} alt={label} width={160} height={160} /> : <span className="qr" />;
}
