import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, isInsideOrigin } from './app-origin'

describe('isInsideOrigin', () => {
  it.each([APP_ENTRY_URL, 'app://kiosk/', 'app://kiosk/assets/index.js?x=1#top'])('accepts %s', (url) => {
    expect(isInsideOrigin(url)).toBe(true)
  })

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://kiosk.evil.example/index.html',
    'app://evil/index.html',
    'app://user@kiosk/index.html',
    'http://kiosk/index.html',
    'app://kiosk:81/index.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isInsideOrigin(url)).toBe(false)
  })
})
