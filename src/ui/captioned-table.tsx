/**
 * A table in a box that scrolls sideways when the table is wider than the screen, with its caption.
 * Given a captionId, the box is a region named by the caption that the keyboard can focus (tab to
 * it, then arrow keys scroll it), as a screen reader announces it. The caption is a <caption> in
 * the table, or with captionAbove a title paragraph above the box that names the table too.
 * The box's and the table's classes are the caller's (.table-wrap, .table-scroll, .cohort-table-scroll).
 * A header of plain column labels can be given as columns; a richer one is a <thead> among the children.
 */
import type { ReactNode } from 'react';

/** a column's label, or its label and the header cell's classes */
export type Column = string | { label: string; className: string };

interface Common {
  caption?: ReactNode;
  /** the header row, one <th scope="col"> a column */
  columns?: readonly Column[];
  /** the scroll box's classes */
  scrollClassName: string;
  tableClassName?: string;
  /** classes of the <caption> (e.g. visually-hidden) */
  captionClassName?: string;
  'data-testid'?: string;
  /** tbody and tfoot (and thead, without columns) */
  children: ReactNode;
}

type Props = Common & (
  | { captionAbove: true; captionId: string }
  | { captionAbove?: false; captionId?: string }
);

export function CaptionedTable({
  caption, captionId, captionAbove = false, columns, scrollClassName, tableClassName, captionClassName, children,
  'data-testid': testId,
}: Props) {
  const region = captionId === undefined ? {} : { tabIndex: 0, role: 'region', 'aria-labelledby': captionId };
  return (
    <>
      {captionAbove && <p className="table-title" id={captionId}>{caption}</p>}
      <div className={scrollClassName} {...region}>
        <table className={tableClassName} aria-labelledby={captionAbove ? captionId : undefined} data-testid={testId}>
          {!captionAbove && caption !== undefined && <caption id={captionId} className={captionClassName}>{caption}</caption>}
          {columns && (
            <thead>
              <tr>
                {columns.map((c, i) => (typeof c === 'string'
                  ? <th key={i} scope="col">{c}</th>
                  : <th key={i} scope="col" className={c.className}>{c.label}</th>))}
              </tr>
            </thead>
          )}
          {children}
        </table>
      </div>
    </>
  );
}
