import { json } from '@sveltejs/kit';
import { apiUrl } from '$lib/server/api';
import type { RequestHandler } from './$types';

/** Liveness of the dashboard, with the API's health as seen from here (the page data comes from it). */
export const GET: RequestHandler = async ({ fetch }) => {
  let api: unknown = 'down';
  try {
    const res = await fetch(`${apiUrl()}/healthz`);
    api = res.ok ? await res.json() : 'down';
  } catch {
    api = 'down';
  }
  return json({ status: 'ok', api }, { headers: { 'cache-control': 'no-store' } });
};
