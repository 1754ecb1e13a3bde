import type { InboundMail } from '../../src/domain/mail/index.js';

/** A plain message from a client to the desk, with `overrides` applied; headers are merged. */
export function buildInboundMail(overrides: Partial<InboundMail> = {}): InboundMail {
  const base: InboundMail = {
    headers: { from: ['María Pérez <maria@tiendasol.example>'], subject: ['No carga el catálogo'] },
    from: 'maria@tiendasol.example',
    returnPath: 'maria@tiendasol.example',
    recipients: ['soporte@andino.example'],
    subject: 'No carga el catálogo',
    messageId: 'CAF1234@mail.gmail.com',
    inReplyTo: [],
    references: [],
    contentType: { type: 'multipart/alternative', params: {} },
    text: 'Hola, el catálogo no carga desde esta mañana.',
  };
  return { ...base, ...overrides, headers: { ...base.headers, ...overrides.headers } };
}
