import type { DeviceMessages } from './es'

export const deviceEn: DeviceMessages = {
  unprovisioned: {
    title: 'Kiosk not set up',
    lead: 'This kiosk is not ready to serve yet. Please see a member of staff.',
  },
  revoked: {
    title: 'Kiosk out of service',
    lead: 'This kiosk cannot serve at the moment. Please see a member of staff.',
  },
  kiosk: 'Kiosk {id}',
  it: {
    title: 'IT staff',
    lead: "Plug in the USB stick with this kiosk's provisioning file (.provisioning.json).",
    search: 'Search the USB stick',
    searching: 'Searching…',
    none: 'No .provisioning.json file was found on the USB stick.',
    apply: 'Apply {name}',
    applying: 'Applying…',
    applied: 'Kiosk {id} provisioned for {branch}.',
    continue: 'Continue',
  },
  reasons: {
    unreadable: 'The file could not be read.',
    malformed: 'The file is not a valid provisioning file.',
    'foreign-key': "The file is not signed by this cooperative's provisioning key.",
    tampered: 'The file was changed after it was signed.',
    expired: 'The enrollment token has expired. Ask for a new file.',
    'token-used': 'The enrollment token was already used or has expired. Ask for a new file.',
    'token-unknown': 'The cooperative does not know the enrollment token for this kiosk.',
    'api-unreachable': 'The cooperative could not be reached. Check the network and try again.',
    'api-refused': 'The cooperative refused the enrollment.',
    keychain: 'The key could not be kept in the OS keychain.',
  },
}
