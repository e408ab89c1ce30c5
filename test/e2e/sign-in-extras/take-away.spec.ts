import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demoMember } from '../../../sandbox/seed/demo-members'
import { expectAccessible } from '../support/axe'
import { signIn } from '../support/kiosk-actions'
import { expect, test } from '../support/stack'

// Issue 16, flow 4: "Enviar a mi correo" e-mails the statement on screen to the registered address (the
// sandbox's outbox keeps the attachment) and leaves no file of the member on the kiosk.

const maria = demoMember('co', 'active')
const squeeze = (s: string) => s.replace(/\s+/g, ' ')

interface Attachment {
  fileName: string
  contentType: string
  contentBase64: string
}

async function attachments(sandboxUrl: string, idNumber: string): Promise<Attachment[]> {
  const res = await fetch(`${sandboxUrl}/sandbox/outbox/attachments?idNumber=${idNumber}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as { attachments: Attachment[] }).attachments
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'take-away-'))
  try {
    const file = join(dir, 'statement.pdf')
    writeFileSync(file, pdf)
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Every file under a folder, recursively. */
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

const WORDS = {
  es: { emailed: /Documento enviado a su correo registrado mar\*{5}@exa\*{5} \(\d+ páginas?\)/ },
  en: { emailed: /Document sent to your registered e-mail mar\*{5}@exa\*{5} \(\d+ pages?\)/ },
}

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: the statement e-mailed with its PDF, whose text is the screen's, and nothing left on the kiosk`, async ({
    kiosk: page,
    stack,
  }) => {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    await signIn(page, maria)
    await page.getByRole('link', { name: /Posición consolidada|Consolidated position/ }).click()
    await page.getByTestId('back').click()
    await page.getByTestId('tab-savings').click()
    await page.getByTestId('open-movements').first().click()
    await expect(page.getByTestId('movement-row').first()).toBeVisible()
    const rows = page.getByTestId('movement-row')
    const onScreen = (await rows.allInnerTexts()).slice(0, 5)

    await page.getByTestId('print-pdf-email').click()
    await expect(page.getByTestId('print-status')).toContainText(WORDS[lang].emailed)
    await expectAccessible(page, `statement e-mailed (${lang})`)

    const [mail] = await attachments(stack.sandboxUrl, maria.idNumber)
    expect(mail).toMatchObject({ contentType: 'application/pdf', fileName: expect.stringMatching(/\.pdf$/) })
    const pdf = Buffer.from(mail!.contentBase64, 'base64')
    const text = squeeze(pdfText(pdf))
    expect(text).toContain(maria.fullName.toUpperCase())
    // Every movement on screen is in the PDF: its description and reference.
    for (const row of onScreen) {
      const cells = row.split('\t').map((c) => c.trim())
      expect(cells[1]!.length * cells[2]!.length, row).toBeGreaterThan(0)
      expect(text).toContain(squeeze(cells[1]!))
      expect(text).toContain(cells[2]!)
    }

    await page.getByTestId('secure-exit').click()
    await expect(page.getByTestId('start')).toBeVisible({ timeout: 15_000 })
    // The kiosk's folders after the session: no PDF, and no file that names the member.
    const files = listFiles(stack.dataDir).filter((f) => !f.endsWith('sandbox.db') && !/sandbox\.db-/.test(f))
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter((f) => f.endsWith('.pdf'))).toEqual([])
    for (const f of files) {
      const content = readFileSync(f, 'latin1')
      expect(content, f).not.toContain(maria.idNumber)
      expect(content, f).not.toContain(maria.fullName.toUpperCase())
    }
  })
}
