/** English messages of the hour bank: balances, statements, the ledger, approvals, charge rules and charge reasons. */

/** English hour-bank messages; the keys of every language. */
export const hourBank = {
  'charge.rule.minTicket': 'Minimum charge per ticket: {hours}.',
  'charge.rule.minConversation': 'Minimum per opened conversation: {minutes} min.',
  'charge.rule.rounding': 'Rounded up to steps of {step} min.',
  'charge.rule.cap': 'Maximum per ticket: {hours}; beyond it a quote is required.',
  'charge.rule.noCap': 'No maximum per ticket.',
  'charge.rule.free': 'Never deducted: {kinds}.',
  'charge.rule.approval': 'Work beyond the first contact needs the client’s approval.',
  'charge.reason.free_kind': 'This kind of request is never deducted.',
  'charge.reason.out_of_scope': 'Out of scope: a quote is required, nothing deducted.',
  'charge.reason.rounded': 'Rounded to {to} min ({step}-min steps, {from} min worked).',
  'charge.reason.minimum_per_conversation': 'Minimum per opened conversation: {minutes} min.',
  'charge.reason.minimum_per_ticket': 'Minimum per ticket: {minutes} min.',
  'charge.reason.covered_by_minimum': 'Covered by the {minutes} min minimum already charged.',
  'charge.reason.maximum_per_ticket': 'Capped at {minutes} min: a quote is required.',
  'charge.reason.approval_required': 'Awaiting client approval before deduction.',
  'charge.reason.first_contact_charge':
    'Answered in the same communication: the {minutes} min minimum per ticket is deducted.',
  'charge.reason.billable_diagnosis':
    'Platform limitation: only the diagnosis is billable, up to the {minutes} min minimum per ticket.',
  'charge.reason.overage_rate':
    'Hours exhausted: what the bank does not cover is billed at the overage rate.',
  'charge.reason.not_covered':
    'Not covered by the service: nothing deducted; a quote may be offered.',
  'charge.reason.answer_changed': 'Ticket answered ({outcome}): its charge was settled again.',
  'charge.reason.reclassified': 'Ticket reclassified as {kind}: its charge was settled again.',

  'charge.phrase.free_kind': '{kind}: never deducted',
  'charge.phrase.out_of_scope': 'out of scope: quote required, not deducted',
  'charge.phrase.rounded.up': 'rounded up to {to} min ({step}-min steps, worked {from} min)',
  'charge.phrase.rounded.down': 'rounded down to {to} min ({step}-min steps, worked {from} min)',
  'charge.phrase.rounded.nearest':
    'rounded to {to} min, the nearest {step}-min step (worked {from} min)',
  'charge.phrase.minimum_per_conversation': 'minimum per opened conversation: {minutes} min',
  'charge.phrase.minimum_per_ticket': 'minimum per ticket: {minutes} min',
  'charge.phrase.covered_by_minimum.ticket': 'covered by the {minutes} min minimum per ticket',
  'charge.phrase.covered_by_minimum.conversation':
    'covered by the {minutes} min minimum per conversation',
  'charge.phrase.maximum_per_ticket': 'capped at {minutes} min: quote required',
  'charge.phrase.approval_required': 'awaiting client approval before deduction',
  'charge.phrase.first_contact_charge':
    'answered in the same communication: the {minutes} min minimum per ticket is deducted',
  'charge.phrase.billable_diagnosis':
    'platform limitation: only the diagnosis is billable, up to the {minutes} min minimum per ticket',
  'charge.phrase.overage_rate':
    'hours exhausted: what the bank does not cover is billed at the overage rate',
  'charge.phrase.not_covered':
    'not covered by the service: nothing deducted, a quote may be offered',
  'charge.phrase.answer_changed': 'ticket answered ({outcome}): its charge settled again',
  'charge.phrase.reclassified': 'ticket reclassified as {kind}: its charge settled again',

  'bank.balanceTitle': 'Hour bank, {from} – {to}',
  'bank.segment.used': 'Used',
  'bank.segment.left': 'Left',
  'bank.segment.expiring': 'Expiring at period end',
  'bank.segment.pending': 'Pending approval',
  'bank.segment.overage': 'Overage',
  'bank.statement': 'Period statement',
  'bank.open': '(period open)',
  'bank.closed': '(period closed)',
  'bank.st.opening': 'Carried over',
  'bank.st.granted': 'Granted',
  'bank.st.adjusted': 'Adjustments',
  'bank.st.consumed': 'Consumed',
  'bank.st.pending': 'Pending approval',
  'bank.st.expired': 'Expired',
  'bank.st.overage': 'Overage',
  'bank.st.overageAmount': 'Overage amount',
  'bank.st.closing': 'Closing balance',
  'bank.ledger': 'Ledger entries',
  'bank.col.on': 'Date',
  'bank.col.type': 'Type',
  'bank.col.detail': 'Detail',
  'bank.col.hours': 'Hours',
  'bank.needsApproval': 'needs approval',
  'bank.noEntries': 'No entries yet.',
  'bank.pendingTitle': 'Awaiting approval',
  'bank.noPending': 'Nothing is awaiting approval.',
  'bank.pendingItem': '{hours} on {date} ({kind})',
  'bank.approve': 'Approve',
  'bank.reject': 'Reject',
  'bank.approvedDone': 'Consumption approved and deducted.',
  'bank.rejectedDone': 'Consumption rejected.',
  'bank.onlyDecisionMaker': 'Only your organisation’s decision-maker can approve or reject.',
} as const;
