import { describe, expect, it } from 'vitest';
import { type SplitReply, splitReply } from './quote.js';

const quoted = (reply: string, signature = '') => ({ reply, signature });

describe('quoted history is stripped from replies, Spanish and English', () => {
  const cases: [string, string, Pick<SplitReply, 'reply' | 'signature'>, string][] = [
    [
      'Gmail in Spanish',
      'Ya funciona, gracias.\n\nEl lun, 3 mar 2025 a las 10:15, Soporte Andino (<soporte@andino.example>) escribió:\n> Hola María,\n> ¿Puede probar de nuevo?\n',
      quoted('Ya funciona, gracias.'),
      'El lun, 3 mar 2025',
    ],
    [
      'Gmail in English, attribution wrapped over two lines',
      'Works now.\n\nOn Mon, Mar 3, 2025 at 10:15 AM Soporte Andino <\nsoporte+t-k3v9q2xw@andino.example> wrote:\n\n> Could you try again?\n',
      quoted('Works now.'),
      'On Mon, Mar 3',
    ],
    [
      'Apple Mail in Spanish with its mobile signature',
      'Adjunto la captura.\n\nEnviado desde mi iPhone\n\n> El 3 mar 2025, a las 10:15, Soporte Andino <soporte@andino.example> escribió:\n> \n> ¿Nos manda una captura?\n',
      quoted('Adjunto la captura.', 'Enviado desde mi iPhone'),
      '> El 3 mar 2025',
    ],
    [
      'Apple Mail in English, attribution not quoted',
      'Thanks!\n\nOn 3 Mar 2025, at 10:15, Soporte Andino <soporte@andino.example> wrote:\n\n> Fixed.\n',
      quoted('Thanks!'),
      'On 3 Mar 2025',
    ],
    [
      'Outlook desktop in Spanish (De / Enviado el) after a separator',
      'Sigue fallando en producción.\n\nSaludos,\nPedro\n\n________________________________\nDe: Soporte Andino <soporte@andino.example>\nEnviado el: lunes, 3 de marzo de 2025 10:15\nPara: Pedro Soto <pedro@clinicanorte.example>\nAsunto: [#1042] Error al facturar\n\nHola Pedro,\n',
      quoted('Sigue fallando en producción.\n\nSaludos,\nPedro'),
      '________________________________',
    ],
    [
      'Outlook on the web in English (From / Sent), no separator',
      'Please go ahead.\n\nFrom: Soporte Andino <soporte@andino.example>\nSent: Monday, March 3, 2025 10:15 AM\nTo: Pedro Soto <pedro@clinicanorte.example>\nSubject: [#1042] Quote\n\nThe change takes 6 hours.\n',
      quoted('Please go ahead.'),
      'From: Soporte Andino',
    ],
    [
      'Outlook for Mac (From / Date) with bold labels from HTML',
      'Ok.\n\n*From:* Soporte Andino <soporte@andino.example>\n*Date:* Monday, 3 March 2025 at 10:15\n*To:* Pedro\n',
      quoted('Ok.'),
      '*From:* Soporte',
    ],
    [
      'Outlook "Mensaje original" block',
      'De acuerdo.\n\n-----Mensaje original-----\nDe: Soporte Andino\nEnviado: lunes\n',
      quoted('De acuerdo.'),
      '-----Mensaje original-----',
    ],
    [
      'English "Original Message" block',
      'Agreed.\n\n-----Original Message-----\nFrom: Soporte Andino\n',
      quoted('Agreed.'),
      '-----Original Message-----',
    ],
    [
      'only > quoting at the bottom',
      'Confirmado.\n\n> ¿Confirma el cambio?\n> Gracias\n',
      quoted('Confirmado.'),
      '> ¿Confirma el cambio?',
    ],
    [
      'interleaved answers keep the answers',
      '> ¿Qué navegador?\nChrome 120.\n> ¿Desde cuándo?\nDesde ayer.\n',
      quoted('Chrome 120.\nDesde ayer.'),
      '> ¿Qué navegador?',
    ],
    [
      'bottom-posted answers between the quotes (Thunderbird, Spanish)',
      'El 2/3/26 a las 10:15, Soporte Andino escribió:\n> ¿Qué navegador usa?\nChrome 120.\n\n> ¿Desde cuándo?\nDesde ayer.\n\n-- \nPedro\n',
      quoted('Chrome 120.\n\nDesde ayer.', 'Pedro'),
      'El 2/3/26 a las 10:15, Soporte Andino escribió:\n> ¿Qué navegador usa?',
    ],
    [
      'a disclaimer the gateway appends below a top-posted reply stays out of the reply',
      'Listo, gracias.\n\nEl lun, 2 mar 2026 a las 10:15, Soporte <soporte@andino.example> escribió:\n> ¿Funciona?\n\nAVISO DE CONFIDENCIALIDAD: este mensaje es privado.\n',
      quoted('Listo, gracias.'),
      'El lun, 2 mar 2026',
    ],
    [
      'an RFC 3676 signature separator',
      'Lo reviso mañana.\n\n-- \nAna Ruiz\nJefa de TI | Tienda Sol\n',
      quoted('Lo reviso mañana.', 'Ana Ruiz\nJefa de TI | Tienda Sol'),
      '',
    ],
    [
      'signature and quote together',
      'Hecho.\n--\nAna\n\nOn Tue, 4 Mar 2025 at 09:00, Soporte <soporte@andino.example> wrote:\n> ok?\n',
      quoted('Hecho.', 'Ana'),
      'On Tue, 4 Mar 2025',
    ],
    [
      'Get Outlook for iOS',
      'Sí.\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\nFrom: Soporte\nSent: Monday\n',
      quoted('Sí.', 'Get Outlook for iOS<https://aka.ms/o0ukef>'),
      '____',
    ],
    [
      'CRLF line ends',
      'Listo.\r\n\r\nOn Mon, Mar 3, 2025 at 10:15 AM Soporte wrote:\r\n> x\r\n',
      quoted('Listo.'),
      'On Mon',
    ],
    [
      'no history at all',
      'Hola,\n\nNo puedo entrar al portal.\n\nGracias',
      quoted('Hola,\n\nNo puedo entrar al portal.\n\nGracias'),
      '',
    ],
    [
      '"wrote:" inside a sentence is not an attribution',
      'On Monday the supplier wrote: "we ship Friday".\nStill waiting.',
      quoted('On Monday the supplier wrote: "we ship Friday".\nStill waiting.'),
      '',
    ],
    [
      'a From: line in the body without a Sent line is kept',
      'From: the warehouse team we got the report.\nPlease check.',
      quoted('From: the warehouse team we got the report.\nPlease check.'),
      '',
    ],
  ];
  it.each(cases)('%s', (_name, text, expected, quoteStartsWith) => {
    const split = splitReply(text);
    expect({ reply: split.reply, signature: split.signature }).toEqual(expected);
    expect(split.quoted.startsWith(quoteStartsWith)).toBe(true);
    if (quoteStartsWith === '') expect(split.quoted).toBe('');
  });
});
