import QRCode from 'qrcode';
import { memo, useEffect, useState } from 'react';

/** A QR code (inline SVG, made in the browser) for an address. */
export const QrCode = memo(function QrCode({ url }: { url: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let alive = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#07131f', light: '#ffffff' } }).then(
      (made) => alive && setSvg(made),
    );
    return () => {
      alive = false;
    };
  }, [url]);
  return <div className="qr" data-testid="qr" data-url={url} dangerouslySetInnerHTML={{ __html: svg }} />;
});
