import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { TableCell, TableModel } from '../../charts/spec.js';
import { afterNextPaint } from './yield-to-main.js';

/**
 * Rows of the data table rendered in one task. A dataset at the row limit (2,000 rows) rendered and laid
 * out its whole table in one task of over half a second; in blocks, one per frame, the page keeps answering
 * input and the table is complete a few tasks later (screen readers get every row, downloads never depended
 * on it).
 */
export const TABLE_BLOCK_ROWS = 100;

type Rows = readonly (readonly TableCell[])[];

/** Renders a table's rows a block per frame, and each block only when its table changes. */
export class TableRowsController implements ReactiveController {
  private table?: TableModel;
  /** Rows rendered so far; a new table keeps as many (they are laid out already), at least one block. */
  private shownRows = TABLE_BLOCK_ROWS;
  /** Set while rows remain to be added: settles when the next block has been asked for. */
  growing?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The shown rows of `table` in blocks, each rendered by `render` (re-rendered only for a new table). */
  blocks(table: TableModel, render: (rows: Rows) => unknown): unknown[] {
    this.table = table;
    const count = isServer ? table.rows.length : Math.min(this.shownRows, table.rows.length);
    const blocks: unknown[] = [];
    for (let start = 0; start < count; start += TABLE_BLOCK_ROWS) {
      const rows = table.rows.slice(start, Math.min(start + TABLE_BLOCK_ROWS, count));
      blocks.push(guard([table, rows.length], () => render(rows)));
    }
    return blocks;
  }

  /** Rows the table has that are not rendered yet. */
  get pending(): number {
    return this.table ? Math.max(0, this.table.rows.length - this.shownRows) : 0;
  }

  hostUpdated(): void {
    if (isServer || this.growing || this.pending === 0) return;
    // After the block just added has been painted: each frame styles and lays out one block. Added on
    // mere yields, many blocks came before a frame and that frame's style and layout took 200 ms.
    this.growing = afterNextPaint().then(() => {
      this.shownRows += TABLE_BLOCK_ROWS;
      this.growing = undefined;
      this.host.requestUpdate();
    });
  }
}
