/** `du-lieu/<table>.json`: each published table as an array of records. */
import type { APIRoute } from 'astro';
import { toJson } from '../../site/outputs/open-data.ts';
import { jsonHeaders, publishedTables, tablePaths, type Table } from './_open-data.ts';

export const getStaticPaths = tablePaths;

export const GET: APIRoute = async ({ props }) => {
  const { table } = props as { table: Table };
  const rows = (await publishedTables())[table.name];
  return new Response(toJson(table.fields, rows), { headers: jsonHeaders });
};
