import type { Queryable } from '../../../store/db.ts';
import { messagePage } from '../pages/message-page.ts';
import { ANSWER_EXPORT_COLUMNS, exportAnswers } from '../queries/export-answers.ts';
import { exportHistory } from '../queries/export-history.ts';
import { exportIntros, INTRO_EXPORT_COLUMNS } from '../queries/export-intros.ts';
import { exportMembers, MEMBER_EXPORT_COLUMNS } from '../queries/export-members.ts';
import { sendDownload, sendHtml } from '../send-html.ts';
import type { CommunityHandler } from '../with-community.ts';
import type { CsvCell } from './to-csv.ts';
import { toCsv } from './to-csv.ts';

type Records = Record<string, CsvCell | Date>[];

const DATASETS: Readonly<
  Record<string, { columns: readonly string[]; load: (q: Queryable, id: number) => Promise<Records> }>
> = {
  members: { columns: MEMBER_EXPORT_COLUMNS, load: exportMembers },
  rounds: { columns: INTRO_EXPORT_COLUMNS, load: exportIntros },
  outcomes: { columns: ANSWER_EXPORT_COLUMNS, load: exportAnswers },
};

const cell = (value: CsvCell | Date): CsvCell => (value instanceof Date ? value.toISOString() : value);

/**
 * `GET /admin/c/:id/export/{members,rounds,outcomes}.{csv,json}` and `history.json`.
 * CSV and JSON carry the same records; dates are ISO 8601 in UTC.
 */
export function exportRoute(db: Queryable): CommunityHandler {
  return async (ctx, community) => {
    const file = ctx.params['file'] ?? '';
    const stem = `kindred-${community.id}`;
    if (file === 'history.json') {
      const history = await exportHistory(db, community.id);
      sendDownload(
        ctx.res,
        `${JSON.stringify(history, null, 2)}\n`,
        'application/json; charset=utf-8',
        `${stem}-history.json`,
      );
      return;
    }
    const match = /^(\w+)\.(csv|json)$/.exec(file);
    // An own property only: `constructor.json` must not find Object's constructor.
    const dataset = match && Object.hasOwn(DATASETS, match[1]!) ? DATASETS[match[1]!] : undefined;
    if (!match || !dataset) {
      sendHtml(
        ctx.res,
        404,
        messagePage(
          'Not found',
          'Exports are members, rounds and outcomes, as .csv or .json, and history.json.',
        ),
      );
      return;
    }
    const records = await dataset.load(db, community.id);
    const name = `${stem}-${match[1]}.${match[2]}`;
    if (match[2] === 'json') {
      sendDownload(ctx.res, `${JSON.stringify(records, null, 2)}\n`, 'application/json; charset=utf-8', name);
    } else {
      const flat = records.map((r) => Object.fromEntries(dataset.columns.map((c) => [c, cell(r[c])])));
      // A byte-order mark makes spreadsheet programs read the file as UTF-8.
      sendDownload(ctx.res, `\uFEFF${toCsv(dataset.columns, flat)}`, 'text/csv; charset=utf-8', name);
    }
  };
}
