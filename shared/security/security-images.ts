/** The 12 anti-phishing pictures of seeds 000 and 004; files live in resources/security-images/<id>.svg. */
export const SECURITY_IMAGE_IDS = [
  'feather',
  'power-button',
  'apple',
  'guitar',
  'umbrella',
  'duck',
  'bicycle',
  'hat',
  'keys',
  'teacup',
  'zebra',
  'gift-box',
] as const
export type SecurityImageId = (typeof SECURITY_IMAGE_IDS)[number]
