#!/usr/bin/env node
// Renders build/icon.svg to build/icon.png (512×512, transparent) with headless Chromium, since
// ImageMagick/rsvg are not available here.
//   --sheet FILE   also render a labelled contact sheet of resources/security-images + logo (for review)
import { readFile, readdir } from 'node:fs/promises'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from './lib/system-deps.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values: opts } = parseArgs({ options: { sheet: { type: 'string' } } })

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
})

try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 } })
  const icon = await readFile(join(root, 'build/icon.svg'), 'utf8')
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:512px;height:512px}</style>${icon}`,
  )
  const out = join(root, 'build/icon.png')
  await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: 512, height: 512 } })
  console.log(`wrote ${out}`)

  if (opts.sheet) await renderSheet(opts.sheet)
} finally {
  await browser.close()
}

/** Every security picture at 256 and 96 px, plus the logo on a dark header, in one PNG. */
async function renderSheet(out) {
  const dir = join(root, 'resources/security-images')
  const files = (await readdir(dir)).filter((f) => f.endsWith('.svg')).sort()
  const cells = await Promise.all(
    files.map(async (f) => {
      const svg = await readFile(join(dir, f), 'utf8')
      return `<figure><div class="big">${svg}</div><div class="small">${svg}</div><figcaption>${f}</figcaption></figure>`
    }),
  )
  const logo = await readFile(join(root, 'resources/logo.svg'), 'utf8')
  const html = `<style>
    body{margin:0;padding:16px;background:#fff;font:14px sans-serif;width:1520px}
    .grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
    figure{margin:0;display:flex;align-items:flex-end;gap:8px;flex-wrap:wrap}
    .big svg{width:256px;height:256px;display:block}.small svg{width:96px;height:96px;display:block}
    figcaption{width:100%}
    header{margin-top:16px;display:flex;gap:24px;align-items:center;padding:8px 16px}
    header svg{height:56px;width:auto;display:block}
  </style><div class="grid">${cells.join('')}</div>
  <header style="background:#1b5e20">${logo}${logo.replace(/<svg /, '<svg style="height:48px" ')}</header>
  <header style="background:#0d47a1">${logo}</header>`
  const page = await browser.newPage({ viewport: { width: 1552, height: 800 } })
  await page.setContent(html)
  await page.screenshot({ path: out, fullPage: true })
  console.log(`wrote ${out}`)
}
