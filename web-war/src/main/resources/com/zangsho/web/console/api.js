// The /v1 API as the console calls it: the token only ever in the Authorization header (never in
// a URL, where logs and history would keep it), kept in sessionStorage for this tab's session.
// A 429 waits as Retry-After says and tries again; a 401 signs out.
import { language } from "./i18n.js";

const TOKEN = "zangsho.token";
const THROTTLE_RETRIES = 5;

let current = null;
let rateLimitPerMinute = 60;
const throttleListeners = [];

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.message || "HTTP " + status);
    this.status = status;
    this.errors = body?.errors || {};
  }

  /** The message and every field's first problem, as one line. */
  describe() {
    const fields = Object.entries(this.errors).map(([name, problems]) => name + ": " + problems[0]);
    return [this.message, ...fields].join(" · ");
  }
}

export function hasToken() {
  return sessionStorage.getItem(TOKEN) !== null;
}

/**
 * Signs in with `token` when given, else with the one this tab kept: asks the server what the token
 * may do. Throws ApiError (401) for a token it does not know.
 */
export async function signIn(token) {
  if (token) {
    sessionStorage.setItem(TOKEN, token);
  }
  try {
    current = (await get("/v1/tokens/current")).data;
  } catch (error) {
    signOut();
    throw error;
  }
  return current;
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  current = null;
}

export function tokenName() {
  return current?.name;
}

/** Whether the signed-in token may do `ability` (docs/api.md §2). */
export function can(ability) {
  const abilities = current?.abilities || [];
  return abilities.includes("*") || abilities.includes(ability);
}

/** How often a poll may ask without using more than a third of the token's limit. */
export function pollMilliseconds() {
  return Math.max(1000, Math.ceil(180000 / rateLimitPerMinute));
}

/** `listener(seconds)` hears of each wait for a 429's Retry-After (0 when it is over). */
export function onThrottle(listener) {
  throttleListeners.push(listener);
}

export async function get(path, params = {}) {
  return (await send("GET", path, params)).json();
}

export async function post(path, body) {
  return (await send("POST", path, {}, body)).json();
}

/** Fetches a file the API answers (e.g. failed rows as CSV) and hands it to the browser to save. */
export async function download(path, fileName) {
  const response = await send("GET", path, {}, undefined, "text/csv");
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A query string of the parameters that have a value. */
export function query(params) {
  const given = Object.entries(params).filter(([, value]) => value !== null && value !== undefined && value !== "");
  return given.length === 0 ? "" : "?" + new URLSearchParams(given).toString();
}

async function send(method, path, params, body, accept = "application/json") {
  const headers = {
    Authorization: "Bearer " + sessionStorage.getItem(TOKEN),
    Accept: accept,
    "Accept-Language": language() === "en" ? "en" : "zh-TW",
  };
  if (body !== undefined && !(body instanceof FormData)) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(body);
  }
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(path + query(params), { method, headers, body, cache: "no-store" });
    const limit = Number(response.headers.get("X-RateLimit-Limit"));
    if (limit > 0) {
      rateLimitPerMinute = limit;
    }
    if (response.status === 429 && attempt < THROTTLE_RETRIES) {
      const seconds = Number(response.headers.get("Retry-After")) || 1;
      throttleListeners.forEach((listener) => listener(seconds));
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      throttleListeners.forEach((listener) => listener(0));
      continue;
    }
    if (response.status === 401) {
      signOut();
      window.dispatchEvent(new Event("zangsho:signed-out"));
    }
    if (!response.ok) {
      let problem = null;
      try {
        problem = await response.json();
      } catch {
        problem = null;
      }
      throw new ApiError(response.status, problem);
    }
    return response;
  }
}
