import type { SecurityImageId } from '@shared/security/security-images'

/*
 * Pictures drawn in resources/. `?no-inline` keeps them as files: a data: URL would be refused by the
 * CSP (img-src 'self'). A missing file simply yields no URL and the screen shows a neutral frame.
 */
const securityImages = import.meta.glob<string>('@resources/security-images/*.svg', {
  eager: true,
  query: '?no-inline',
  import: 'default',
})
const logos = import.meta.glob<string>('@resources/logo.svg', {
  eager: true,
  query: '?no-inline',
  import: 'default',
})

const baseName = (path: string) => (path.split('/').pop() ?? '').replace(/\.svg$/, '')
const securityImageUrls = new Map(Object.entries(securityImages).map(([path, url]) => [baseName(path), url]))

export function securityImageUrl(id: SecurityImageId): string | undefined {
  return securityImageUrls.get(id)
}

export const logoUrl: string | undefined = Object.values(logos)[0]
