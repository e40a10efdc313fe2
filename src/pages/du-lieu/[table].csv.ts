/** `du-lieu/<table>.csv`: each published table, spreadsheet-safe CSV. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/open-data.ts';
import { csvHeaders, publishedTables, tablePaths, type Table } from './_open-data.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute = async ({ props }) => {
  const { table } = props as { table: Table };
  const rows = (await publishedTables())[table.name];
  return new Response(toCsv(table.fields, rows), { headers: csvHeaders });
};
