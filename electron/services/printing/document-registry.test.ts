import { describe, expect, it } from 'vitest'
import { PdfRequestSchema, ReceiptRequestSchema } from '../../../shared/ipc/printing-contract'
import { createDocumentRegistry } from './document-registry'
import type { PrintContext } from './print-context'
import type { PrintData } from './print-data'
import { createPrintRegistries, DOCUMENT_REGISTRATIONS } from './print-documents'

type ToyRequest = { kind: 'greeting'; name: string } | { kind: 'farewell' }
const ctx = { kioskId: 'KIOSK-007' } as PrintContext
const data = {} as PrintData

const contractKinds = (schema: typeof ReceiptRequestSchema | typeof PdfRequestSchema) =>
  schema.options.map((o) => o.shape.kind.value).sort()

describe('document registry', () => {
  it('builds each request with the builder registered for its kind', async () => {
    const seen: unknown[] = []
    const registry = createDocumentRegistry<ToyRequest, string>('toy')
      .register('greeting', async (r, c, d) => {
        seen.push(c, d)
        return `hola ${r.name}`
      })
      .register('farewell', async () => 'adiós')
    expect(await registry.build({ kind: 'greeting', name: 'María' }, ctx, data)).toBe('hola María')
    expect(await registry.build({ kind: 'farewell' }, ctx, data)).toBe('adiós')
    expect(seen).toEqual([ctx, data])
    expect(registry.kinds).toEqual(['greeting', 'farewell'])
  })

  it('refuses a kind registered twice, and names a kind nobody builds', async () => {
    const registry = createDocumentRegistry<ToyRequest, string>('toy').register('farewell', async () => 'a')
    expect(() => registry.register('farewell', async () => 'b')).toThrow('toy "farewell" is registered twice')
    await expect(registry.build({ kind: 'greeting', name: 'x' }, ctx, data)).rejects.toThrow(
      'no toy builder for "greeting"',
    )
  })

  it('the kiosk registers exactly the documents the print contract accepts, receipts and PDFs', () => {
    const { receipts, pdfs } = createPrintRegistries()
    expect([...receipts.kinds].sort()).toEqual(contractKinds(ReceiptRequestSchema))
    expect([...pdfs.kinds].sort()).toEqual(contractKinds(PdfRequestSchema))
  })

  it('a feature that claims another feature’s document fails at start-up', () => {
    const thief = ({ receipts }: ReturnType<typeof createPrintRegistries>) => {
      receipts.register('position', async () => ({ title: 't', blocks: [{ type: 'rule' }] }))
    }
    expect(() => createPrintRegistries([...DOCUMENT_REGISTRATIONS, thief])).toThrow(
      'receipt "position" is registered twice',
    )
  })
})
