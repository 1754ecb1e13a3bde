/** Table parts every list page repeats: the header row and the "nothing here" row. */
import type { ReactNode } from 'react';

/** A header cell: its text, and whether it is numeric (right-aligned) or only for screen readers. */
export type Column = string | { label: string; numeric?: boolean; hidden?: boolean };

/** The `<thead>` of a table with the given columns. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          const { label, numeric, hidden } =
            typeof column === 'string' ? { label: column, numeric: false, hidden: false } : column;
          return (
            <th key={label} scope="col" className={numeric ? 'numeric' : undefined}>
              {hidden ? <span className="sr-only">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

/** The single row shown when a loaded list is empty. */
export function EmptyRow({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr>
      <td colSpan={columns} className="table__empty">
        {children}
      </td>
    </tr>
  );
}
