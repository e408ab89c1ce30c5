import { APP_ORIGIN } from './app-origin'

/**
 * A static page main can always serve, even when the renderer bundle is what keeps crashing: no
 * script, so nothing to crash. It retries the real app every five minutes by itself (meta refresh
 * is navigation, which the CSP does not block and harden.ts allows inside app://kiosk/).
 */
export const MAINTENANCE_PATH = '/__kiosk/maintenance.html'
export const MAINTENANCE_CSS_PATH = '/__kiosk/maintenance.css'
export const MAINTENANCE_URL = `${APP_ORIGIN}${MAINTENANCE_PATH}`
export const MAINTENANCE_RETRY_SECONDS = 300

export const MAINTENANCE_HTML = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${MAINTENANCE_RETRY_SECONDS}; url=/index.html">
<title>Fuera de servicio</title>
<link rel="stylesheet" href="${MAINTENANCE_CSS_PATH}">
</head>
<body>
<main>
<h1>Este punto de atención está temporalmente fuera de servicio</h1>
<p>Por favor acérquese a una ventanilla. Disculpe las molestias.</p>
<p lang="en">This kiosk is temporarily out of service. Please visit a teller.</p>
</main>
</body>
</html>
`

export const MAINTENANCE_CSS = `html,body{margin:0;height:100%;background:#fff;color:#1a1a1a;font-family:system-ui,sans-serif}
main{display:flex;flex-direction:column;justify-content:center;align-items:center;height:100%;text-align:center;padding:0 8vw}
h1{font-size:2.4rem;margin:0 0 1.5rem}p{font-size:1.5rem;margin:.4rem 0}p[lang=en]{color:#555}
`
