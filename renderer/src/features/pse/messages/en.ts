import { PAYMENTS_LABELS } from '@shared/labels/payments-labels'
import type { PseMessages } from './es'

export const en: PseMessages = {
  title: 'PSE payment',
  labels: PAYMENTS_LABELS.en.pse,
  steps: {
    label: 'Steps of the PSE payment',
    how: 'How do you want to pay?',
    info: 'Complete your information',
    pay: 'Make your payment',
    status: 'Confirm the status',
  },
  how: {
    method: 'Payment method: debit from your checking or savings account at another bank, through PSE.',
    account: 'Which savings account do you top up?',
    amount: 'Amount to pay',
    limits: 'From {minimum} to {maximum} per payment.',
    none: 'You have no savings account to top up.',
  },
  info: {
    lead: "Check the details. When you continue, the PSE gateway creates the payment and you pay it on your phone: this kiosk never opens your bank's site.",
    create: 'Create PSE payment',
    creating: 'Creating the payment…',
    notCreated: 'The payment was not created: no money moved. You can try again.',
    unconfirmed:
      "We don't know yet whether the gateway created the payment. We are checking; do not repeat it.",
    check: 'Check again',
  },
  pay: {
    lead: "Scan the QR code with your phone's camera and pay on your bank's page.",
    qr: 'QR code of the payment link',
    link: 'Or open this link on your phone:',
    waiting: "Waiting for your bank's answer…",
    cancel: 'Cancel process',
    cancelling: 'Cancelling…',
    cannotCancel: 'The payment is already at your bank and cannot be cancelled here.',
  },
  payment: {
    description: 'Payment description',
    reference: 'Reference',
    total: 'Total to pay',
    payBefore: 'Pay before',
    account: 'Account to top up',
  },
  result: {
    approved: {
      title: 'Payment approved',
      lead: 'Your bank approved the payment: the money is in your account.',
    },
    pending: {
      title: 'Payment pending at your bank',
      lead: 'Your bank has not confirmed the payment yet. You will see it applied within half an hour at most, and you can check it in My products, in the movements of account {account}. Do not pay it again.',
    },
    rejected: {
      title: 'Payment rejected',
      lead: 'Your bank rejected the payment. No money moved.',
    },
    expired: {
      title: 'Payment expired',
      lead: 'The payment was not made before the deadline. No money moved.',
    },
    cancelled: {
      title: 'Process cancelled',
      lead: 'You cancelled the PSE payment. No money moved.',
    },
    receiptNumber: PAYMENTS_LABELS.en.receipt.receiptNumber,
    postedAt: PAYMENTS_LABELS.en.receipt.postedAt,
    code: PAYMENTS_LABELS.en.receipt.code,
    another: 'Make another payment',
    home: 'Back to home',
  },
  print: {
    printing: 'Printing your receipt…',
    printed: 'Receipt printed. Take it from the printer.',
    reprint: 'Reprint receipt',
    queued: 'It could not print now: your receipt is in the reprint queue. The payment was made.',
    failed: 'The receipt could not be printed; the payment was made.',
  },
  nav: { previous: 'Previous', next: 'Next', cancel: 'Cancel' },
  loading: 'Looking up your accounts…',
  loadError: 'We could not look up your accounts.',
}
