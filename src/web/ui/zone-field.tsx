/** A time-zone input: free text (an IANA name) with the browser's known zones as suggestions. */
import { TextField } from './field.js';

const timeZones: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The field and its suggestion list; `listId` must be unique on the page. */
export function ZoneField(
  props: Omit<Parameters<typeof TextField>[0], 'list'> & { listId: string },
) {
  const { listId, ...field } = props;
  return (
    <>
      <TextField {...field} list={listId} />
      <datalist id={listId}>
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
