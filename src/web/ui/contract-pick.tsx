/**
 * The contract a per-contract page (quotes, projects) is showing, kept in the address as
 * `?contract=` so a link or a reload opens the same one; the first contract by default.
 */
import { type Contract, desk } from '../api/desk.js';
import { useI18n } from '../i18n.js';
import { navigate, usePath, useSearch } from '../router.js';
import { useLoad } from './use-load.js';

/** The contracts the user sees and the one picked. */
export function useContractPick(): { contracts: Contract[] | undefined; picked: Contract | null } {
  const search = useSearch();
  const contracts = useLoad(() => desk.contracts(), []);
  const wanted = new URLSearchParams(search).get('contract');
  const list = contracts.data;
  const picked = list?.find((c) => c.id === wanted) ?? list?.[0] ?? null;
  return { contracts: list, picked };
}

/** The select that switches the page to another contract. */
export function ContractSelect(props: {
  contracts: Contract[] | undefined;
  picked: Contract | null;
}) {
  const { t } = useI18n();
  const path = usePath();
  if (!props.contracts) return null;
  if (props.contracts.length === 0) return <p className="muted">{t('portal.noContract')}</p>;
  return (
    <div className="field field--inline">
      <label className="field__label" htmlFor="contract-pick">
        {t('ticket.field.contract')}
      </label>
      <select
        id="contract-pick"
        className="input"
        value={props.picked?.id ?? ''}
        onChange={(event) => navigate(`${path}?contract=${encodeURIComponent(event.target.value)}`)}
      >
        {props.contracts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}
