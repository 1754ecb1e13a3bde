/** English messages of contracts: the contract pages, amendments (growth, prepaid hours) and authorised requesters. */

/** English contracts messages; the keys of every language. */
export const contracts = {
  'contracts.title': 'Contracts',
  'contracts.intro': 'Each client contract with its plan and hour bank.',
  'contracts.col.name': 'Contract',
  'contracts.col.client': 'Client',
  'contracts.col.start': 'Start',
  'contracts.col.included': 'Included hours',
  'contracts.perPeriod': '{hours} per {period}',
  'contracts.empty': 'There are no contracts yet.',
  'contracts.back': 'All contracts',

  'contract.intro': 'Hour bank of the current period, its statement and the ledger.',
  'contract.rules': 'Charge rules',

  'contracts.new': 'New contract',
  'contracts.created': 'Contract “{name}” created; its first period is granted.',
  'contracts.field.client': 'Client',
  'contracts.field.plan': 'Plan',
  'contracts.field.planHint': 'The contract keeps a copy of the plan’s parameters.',
  'contracts.field.name': 'Contract name',
  'contracts.field.start': 'Start date',
  'contracts.field.end': 'End date',
  'contracts.field.endHint': 'Leave it empty for a contract without an end.',

  'contract.amendments': 'Amendments',
  'contract.amendmentsIntro':
    'Dated changes to the contract; every rule reads the version in force on its day.',
  'contract.noAmendments': 'No amendments yet.',

  'amendment.col.from': 'From',
  'amendment.col.kind': 'Kind',
  'amendment.col.detail': 'Detail',
  'amendment.kind.temporary_growth': 'Temporary growth',
  'amendment.kind.prepaid_hours': 'Prepaid hours',
  'amendment.kind.parameter_change': 'Parameter change',
  'amendment.growthDetail': '+{hours} per period for {periods} periods',
  'amendment.prepaidDetail': '{hours}, price {price}',
  'amendment.changeDetail': 'Changes: {fields}',

  'growth.title': 'Add temporary growth',
  'growth.hours': 'Extra hours per period',
  'growth.periods': 'Number of periods',
  'growth.from': 'From',
  'growth.fromHint': 'The first day of a period.',
  'growth.added': 'Temporary growth added.',

  'prepaid.title': 'Add prepaid hours',
  'prepaid.hours': 'Prepaid hours',
  'prepaid.on': 'Date',
  'prepaid.price': 'Price paid',
  'prepaid.priceHint': 'Leave it empty when the hours are not charged.',
  'prepaid.added': 'Prepaid hours added.',

  'requesters.title': 'Authorised requesters',
  'requesters.intro':
    'The client’s people who may open tickets on this contract. Saving replaces the whole list.',
  'requesters.legend': 'Users of the client',
  'requesters.limit': 'The plan allows up to {max}; {count} chosen.',
  'requesters.noLimit': 'The plan sets no limit; {count} chosen.',
  'requesters.atLimit': 'Limit reached: clear one to choose another.',
  'requesters.none': 'This client has no users yet.',
  'requesters.save': 'Save requesters',
  'requesters.saved': 'Authorised requesters saved: {count}.',
} as const;
