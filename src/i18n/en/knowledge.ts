/**
 * English messages of the knowledge base: rule errors, the out-of-support canned explanation
 * (seed 001 "Fuera de soporte"), deflection and the updates section.
 */

/** English knowledge-base messages. */
export const enKnowledge = {
  'knowledge.rule.translation_language_taken':
    'This text already has a {language} version; edit that one instead.',
  'knowledge.rule.translation_mismatch':
    'A translation must have the same {field} as the text it translates.',
  'knowledge.rule.not_publishable': 'The article cannot be published yet: it lacks {missing}.',
  'knowledge.rule.redirect_without_article':
    'To close as “redirected to documentation”, a public reply must link a help-centre article.',
  'knowledge.rule.article_not_public':
    'The linked article {language}/{slug} is not published for clients.',
  'knowledge.rule.draft_already_submitted': 'This request was already sent to the support team.',

  'knowledge.outcome.redirected_to_documentation': 'Redirected to documentation',
  'knowledge.suggestions.title': 'These articles may answer your question',
  'knowledge.suggestions.solved': 'This solved it',
  'knowledge.suggestions.thanks': 'Glad it helped. No request was sent; you can still send one.',
  'knowledge.deflection.title': 'Requests solved with the help centre',
  'knowledge.deflection.rate': 'Deflection rate',
  'knowledge.deflection.deflected': 'Solved by an article',
  'knowledge.deflection.submitted': 'Sent after seeing articles',
  'knowledge.deflection.abandoned': 'Left without an answer',

  'knowledge.updates.title': 'Platform updates',
  'knowledge.updates.subscribe': 'Email me new updates',
  'knowledge.updates.subscribed': 'You will receive new updates by email.',

  'knowledge.outOfSupport.intro':
    'Thank you for your request. It falls outside what our support service covers:',
  'knowledge.outOfSupport.custom_formula_review':
    'reviewing custom formulas written by the client.',
  'knowledge.outOfSupport.third_party_integration': 'integrations with third-party services.',
  'knowledge.outOfSupport.connection_performance':
    'problems caused by poor performance of your Internet provider or your own server.',
  'knowledge.outOfSupport.custom_use_case':
    'custom use cases and modifications beyond the general use of the platform.',
  'knowledge.outOfSupport.covered.formula_logic':
    'We can still check that the logic of the formula works correctly.',
  'knowledge.outOfSupport.covered.connector_export':
    'We can still check that the data is exported correctly through the connector.',
  'knowledge.outOfSupport.referral.partner':
    'For this kind of specialised work we can suggest one of our official Partners.',
  'knowledge.outOfSupport.referral.own_provider':
    'Please contact your Internet or hosting provider, who can look into it.',
} as const;
