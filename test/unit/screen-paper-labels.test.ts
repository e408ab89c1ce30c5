import { describe, expect, it } from 'vitest'
import { DOCUMENT_LABELS, type DocumentLabels } from '../../electron/services/printing/document-labels'
import { PRODUCT_KINDS } from '../../shared/api/member'
import { CERTIFICATE_KINDS } from '../../shared/api/products-certificates'
import type { Language } from '../../shared/config/kiosk-config'

type Tree = { [key: string]: unknown }

// The renderer's modules use its `@shared` alias, which only vitest resolves here: loaded by a path the
// node type-check does not follow, and read as plain trees.
const modules = ['../../renderer/src/i18n/es', '../../renderer/src/i18n/en']
// The products feature's screen texts, one module per language (loaded with its screens).
const productsModules = [
  '../../renderer/src/features/products/messages/es',
  '../../renderer/src/features/products/messages/en',
]

/** What the screen shows for a key, as the translator looks it up (`myProducts` is the products feature). */
async function screenMessages(): Promise<Record<Language, Tree>> {
  const [es, en, productsEs, productsEn] = (await Promise.all(
    [...modules, ...productsModules].map((m) => import(m)),
  )) as Tree[]
  return {
    es: { ...(es!.es as Tree), myProducts: productsEs!.es },
    en: { ...(en!.en as Tree), myProducts: productsEn!.en },
  }
}

const at = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree)

/** Screen key → the label paper prints for the same thing. */
const SAME_WORDS: [screen: string, paper: (l: DocumentLabels) => string][] = [
  ...PRODUCT_KINDS.map((k): [string, (l: DocumentLabels) => string] => [
    `products.kinds.${k}`,
    (l) => l.kinds[k],
  ]),
  ...CERTIFICATE_KINDS.map((k): [string, (l: DocumentLabels) => string] => [
    `myProducts.certificates.kinds.${k}.title`,
    (l) => l.certificateTitles[k],
  ]),
  ...(['date', 'description', 'reference', 'debit', 'credit', 'balance'] as const).map(
    (k): [string, (l: DocumentLabels) => string] => [
      `myProducts.movements.columns.${k}`,
      (l) => l.movements.columns[k],
    ],
  ),
  ...(['opening', 'closing', 'credits', 'debits', 'none', 'page', 'period'] as const).map(
    (k): [string, (l: DocumentLabels) => string] => [`myProducts.movements.${k}`, (l) => l.movements[k]],
  ),
  ...(['title', 'assets', 'liabilities', 'net', 'commitments'] as const).map(
    (k): [string, (l: DocumentLabels) => string] => [`myProducts.position.${k}`, (l) => l.position[k]],
  ),
  ...(['balance', 'available', 'monthly', 'nextDue'] as const).map(
    (k): [string, (l: DocumentLabels) => string] => [
      `myProducts.position.columns.${k}`,
      (l) => l.position.columns[k],
    ],
  ),
  ...(['holder', 'idNumber', 'memberNumber', 'joinedOn'] as const).map(
    (k): [string, (l: DocumentLabels) => string] => [`myProducts.certificates.${k}`, (l) => l.member[k]],
  ),
  ...(
    [
      'code',
      'verifyHint',
      'issuedAt',
      'membershipText',
      'balanceText',
      'taxText',
      'total',
      'assets',
      'liabilities',
    ] as const
  ).map((k): [string, (l: DocumentLabels) => string] => [
    `myProducts.certificates.${k}`,
    (l) => l.certificates[k],
  ]),
  ...(['product', 'balance', 'earned', 'paid', 'withheld'] as const).map(
    (k): [string, (l: DocumentLabels) => string] => [
      `myProducts.certificates.columns.${k}`,
      (l) => l.certificates.columns[k],
    ],
  ),
  ['welcome.branch', (l) => l.paper.header.branch],
  ['welcome.kiosk', (l) => l.paper.header.kiosk],
]

describe('screen and paper say the same words', () => {
  it.each(['es', 'en'] as const)(
    '%s: every label both show is the screen’s wording on paper',
    async (language) => {
      const screen = (await screenMessages())[language]
      for (const [key, paper] of SAME_WORDS) {
        const shown = at(screen, key)
        expect(typeof shown, `screen key ${key}`).toBe('string')
        expect(paper(DOCUMENT_LABELS[language]), key).toBe(shown)
      }
    },
  )

  it('paper prints "CDAT / plazo fijo" as the tabs do', async () => {
    expect(DOCUMENT_LABELS.es.kinds.term_deposit).toBe('CDAT / plazo fijo')
    expect(at((await screenMessages()).es, 'products.kinds.term_deposit')).toBe('CDAT / plazo fijo')
  })
})
