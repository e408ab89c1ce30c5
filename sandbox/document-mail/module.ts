import type { SandboxModule } from '../modules/sandbox-module'
import { registerAttachmentsRoute } from './attachments-route'
import { createDocumentMail } from './document-mail'
import { DOCUMENT_MAIL_MIGRATIONS } from './migrations'

/** A copy to take away (issue 16, flow 4): the member's PDF e-mailed to the address on file. */
export const documentMailModule: SandboxModule<'documentMail'> = {
  name: 'document-mail',
  migrations: DOCUMENT_MAIL_MIGRATIONS,
  start: ({ db, outbox, profile, sessions, now }) => {
    const mail = createDocumentMail({ db, outbox, cooperativeName: profile.shortName, now })
    return {
      handlers: { documentMail: ({ bearer, body }) => mail.send(sessions.require(bearer).memberId, body) },
      routes: (app) => registerAttachmentsRoute(app, db),
      provides: undefined,
    }
  },
}
