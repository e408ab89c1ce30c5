import type { PsePayment } from '../../shared/api/pse'
import { formatMoney } from '../../shared/money/money'

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

const STATUS_TEXT: Record<PsePayment['status'], string> = {
  created: 'Esperando su pago',
  pending: 'Pendiente en su banco',
  approved: 'Pago aprobado',
  rejected: 'Pago rechazado',
  expired: 'Pago vencido: pasó la fecha límite',
  cancelled: 'Proceso cancelado en el kiosco',
}

/**
 * The demo bank's page behind the checkout link (sandbox only): seed 000's four steps, the payment's
 * description, reference, total and "Paga antes del", and plain forms to approve, reject or leave it
 * pending. No script: it works on any phone.
 */
export function checkoutPage(p: PsePayment, locale: string, notice?: string): string {
  const open = p.status === 'created' || p.status === 'pending'
  const action = (decision: string, label: string) =>
    `<form method="post" action="/sandbox/pse/checkout/${escape(p.paymentId)}/${decision}">` +
    `<button type="submit" data-decision="${decision}">${label}</button></form>`
  const payBefore = new Date(p.payBefore).toLocaleString(locale, { timeZone: 'UTC' })
  return `<!doctype html>
<html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>PSE · Pago ${escape(p.reference)}</title>
<style>body{font-family:sans-serif;max-width:32rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}
ol{display:flex;gap:.5rem;padding:0;list-style:none;font-size:.85rem}li{flex:1;border-bottom:3px solid #ccc}
li[aria-current]{border-color:#0b5394;font-weight:bold}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}
dt{font-weight:bold}form{display:inline-block;margin:.5rem .5rem 0 0}button{font-size:1rem;padding:.6rem 1rem}</style>
</head><body>
<header><p><strong>PSE</strong> · Pagos Seguros en Línea (sandbox: banco de demostración)</p></header>
<main>
<ol aria-label="Pasos"><li>1 ¿Cómo quieres pagar?</li><li>2 Complementa tu información</li>
<li${open ? ' aria-current="step"' : ''}>3 Realiza tu pago</li><li${open ? '' : ' aria-current="step"'}>4 Confirma el estado</li></ol>
<h1>Comprobante de pago</h1>
${notice ? `<p role="status">${escape(notice)}</p>` : ''}
<dl>
<dt>Descripción del pago</dt><dd>${escape(p.description)}</dd>
<dt>Referencia</dt><dd data-field="reference">${escape(p.reference)}</dd>
<dt>Total a pagar</dt><dd data-field="total">${escape(formatMoney(p.total, locale))}</dd>
<dt>Paga antes del</dt><dd>${escape(payBefore)} UTC</dd>
<dt>Estado</dt><dd data-field="status" data-status="${p.status}">${STATUS_TEXT[p.status]}</dd>
</dl>
${
  open
    ? `<p>Medio de pago: débito desde cuenta corriente/ahorros.</p>
${action('approve', 'Aprobar pago')}${action('reject', 'Rechazar pago')}${
        p.status === 'created' ? action('pending', 'Dejar pendiente en el banco') : ''
      }`
    : '<p>Puede volver al kiosco.</p>'
}
</main></body></html>`
}

export function notFoundPage(): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>PSE</title></head>
<body><main><h1>Pago no encontrado</h1><p>El enlace no corresponde a ningún pago.</p></main></body></html>`
}
