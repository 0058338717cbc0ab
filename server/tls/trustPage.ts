import { Router } from 'express';

/**
 * GET /trust explains how to trust the server's certificate on a tablet;
 * GET /trust/gauge.crt downloads it. Served over plain HTTP too, so a tablet can fetch
 * the certificate before it trusts it.
 */
export function trustRoutes(certificatePem: string): Router {
  const router = Router();
  router.get('/trust/gauge.crt', (_req, res) => {
    res.setHeader('content-type', 'application/x-x509-ca-cert');
    res.setHeader('content-disposition', 'attachment; filename="gauge.crt"');
    res.send(certificatePem);
  });
  router.get('/trust', (_req, res) => {
    res.type('html').send(PAGE);
  });
  return router;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gauge — trust this server</title>
<style>body{font-family:sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;line-height:1.5;background:#07131f;color:#e8eef5}
a.button{display:inline-block;padding:1rem 1.5rem;background:#f5a623;color:#000;font-weight:700;border-radius:10px;text-decoration:none;font-size:1.2rem}
h2{color:#f5a623;margin-top:2rem}li{margin:.4rem 0}</style></head><body>
<h1>Trust this Gauge server on a tablet</h1>
<p>The referee app keeps working without Wi-Fi only over HTTPS. This server made its own certificate;
install it once on each tablet. 裁判平板需先安装并信任此证书。 Төреші планшетіне сертификатты бір рет орнатыңыз.
Установите сертификат на планшет судьи один раз.</p>
<p><a class="button" href="/trust/gauge.crt" download>Download the certificate (gauge.crt)</a></p>
<h2>Android</h2>
<ol><li>Download the certificate above.</li>
<li>Settings → Security → Encryption &amp; credentials → Install a certificate → <b>CA certificate</b> → pick <code>gauge.crt</code>.</li>
<li>Open the referee link again with <code>https://</code>.</li></ol>
<h2>iPad / iPhone</h2>
<ol><li>Open this page in Safari and download the certificate; allow the profile download.</li>
<li>Settings → General → VPN &amp; Device Management → install the Gauge profile.</li>
<li>Settings → General → About → Certificate Trust Settings → turn on full trust for Gauge.</li></ol>
<h2>Windows / Chromebook</h2>
<ol><li>Open <code>gauge.crt</code> → Install certificate → Trusted Root Certification Authorities.</li></ol>
<p>If the laptop gets a new address, the server makes a new certificate at its next start: install it again.</p>
</body></html>`;
