/**
 * `du-lieu/excel/<table>.csv`: each published table for spreadsheets, the same CSV as
 * `du-lieu/<table>.csv` with a byte-order mark, so Excel reads its Vietnamese. Machines read the
 * file without one, which datapackage.json describes.
 */
import type { APIRoute } from 'astro';
import { toCsv } from '../../../site/outputs/open-data.ts';
import { csvHeaders, publishedTables, tablePaths, type Table } from '../_open-data.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute = async ({ props }) => {
  const { table } = props as { table: Table };
  const rows = (await publishedTables())[table.name];
  return new Response(toCsv(table.fields, rows, { excel: true }), { headers: csvHeaders });
};
