/**
 * English messages of client communications: rule errors, salutations for personalisation,
 * consent and campaign words, and the unsubscribe page.
 */

/** English communications messages. */
export const enCommunications = {
  'communications.rule.contact_anonymised': 'This contact was anonymised and cannot be contacted.',
  'communications.rule.source_cannot_grant': 'Consent cannot be given through {source}.',
  'communications.rule.no_versions':
    'The campaign needs a version for every segment in its default language.',
  'communications.rule.duplicate_version': 'There are two versions for one segment and language.',
  'communications.rule.unknown_segment': 'The segment of a version does not exist.',
  'communications.rule.unsubscribe_link_missing':
    'Every version, in HTML and in text, must include the unsubscribe link field, unsubscribeUrl.',
  'communications.rule.template_syntax':
    'Unbalanced braces at line {line}, column {column} of the template.',
  'communications.rule.unknown_field': 'Unknown field “{field}” at line {line}, column {column}.',
  'communications.rule.missing_field': 'A recipient has no value for {field}.',
  'communications.rule.campaign_not_editable': 'The campaign can no longer be changed.',
  'communications.rule.no_recipients': 'Nobody in the campaign’s audience gets this version.',
  'communications.rule.unsubscribe_unavailable':
    'Unsubscribe links are not available: this installation has no secret key (PACTA_SECRET_KEY) to sign them with.',

  'communications.rule.no_email_address':
    'There is no email address to send the updates to: ask the support desk to add yours.',

  'communications.salutation.mr': 'Dear Mr {name},',
  'communications.salutation.ms': 'Dear Ms {name},',
  'communications.salutation.plain': 'Hello {name},',

  'communications.channel.email': 'Email',
  'communications.channel.sms': 'SMS',
  'communications.channel.phone': 'Phone',
  'communications.channel.whatsapp': 'WhatsApp',
  'communications.purpose.marketing': 'Campaigns',
  'communications.purpose.product_updates': 'Platform updates',
  'communications.counter.sent': 'Sent',
  'communications.counter.delivered': 'Delivered',
  'communications.counter.bounced': 'Bounced',
  'communications.counter.opened': 'Opened',
  'communications.counter.clicked': 'Clicked',
  'communications.counter.unsubscribed': 'Unsubscribed',
  'communications.unsubscribe.done': 'You will no longer receive {purpose} by email.',
  'communications.unsubscribe.invalid': 'This unsubscribe link is not valid.',
} as const;
