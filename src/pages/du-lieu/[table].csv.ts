/**
 * `du-lieu/<table>.csv`: each published table as machines read it (UTF-8 without a byte-order mark,
 * as datapackage.json declares), spreadsheet-safe all the same; the copy for Excel is `excel/<table>.csv`.
 */
import type { APIRoute } from 'astro';
import { toCsv } from '../../site/outputs/open-data.ts';
import { csvHeaders, publishedTables, tablePaths, type Table } from './_open-data.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute = async ({ props }) => {
  const { table } = props as { table: Table };
  const rows = (await publishedTables())[table.name];
  return new Response(toCsv(table.fields, rows), { headers: csvHeaders });
};
