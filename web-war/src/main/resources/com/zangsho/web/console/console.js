// The console's frame: sign-in, the menu (only what the token may do), the language and time-zone
// pickers, and the views by the address's #fragment (#/revenue, #/customers/12, …), so that the
// back button and a bookmark work and no state hides in memory.
import * as api from "./api.js";
import { h, show, field, select } from "./dom.js";
import { t, LANGUAGES, language, setLanguage, zone, setZone, zones } from "./i18n.js";
import { revenueView } from "./revenue.js";
import { customersView, customerView, ordersView } from "./customers.js";
import { importsView } from "./imports.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");
const preferences = document.getElementById("preferences");
const status = document.getElementById("status");

/** The menu's views, each shown only to a token with its ability. */
const VIEWS = [
  { name: "revenue", ability: "subscriptions:read", render: revenueView },
  { name: "customers", ability: "customers:read", render: customersView },
  { name: "orders", ability: "orders:read", render: ordersView },
  { name: "imports", ability: "imports:manage", render: importsView },
];

let leaveView = null;
// Each render's number: a view still waiting for the API when another render began (a click, the
// back button) must not draw over the newer one.
let renders = 0;

export function navigate(fragment) {
  if (location.hash === fragment) {
    render();
  } else {
    location.hash = fragment;
  }
}

function parseHash() {
  const [path, search = ""] = location.hash.replace(/^#\/?/, "").split("?");
  return { parts: path.split("/").filter(Boolean), params: new URLSearchParams(search) };
}

async function render() {
  const generation = ++renders;
  const current = () => generation === renders;
  if (leaveView) {
    leaveView();
    leaveView = null;
  }
  document.documentElement.lang = language();
  document.title = t("title");
  document.getElementById("skip").textContent = t("skip");
  renderPreferences();
  if (!api.hasToken()) {
    show(nav);
    signInView();
    return;
  }
  if (!api.tokenName()) {
    try {
      await api.signIn();
    } catch (error) {
      signInView(error);
      return;
    }
    if (!current()) {
      return;
    }
  }
  const allowed = VIEWS.filter((view) => api.can(view.ability));
  const { parts, params } = parseHash();
  const view = allowed.find((candidate) => candidate.name === parts[0]);
  renderNav(allowed, view);
  if (allowed.length === 0) {
    show(main, h("p", { class: "error" }, t("nothingAllowed")));
    return;
  }
  if (!view) {
    navigate("#/" + allowed[0].name);
    return;
  }
  const startedAt = performance.now();
  delete main.dataset.renderedMs;
  show(main, h("p", {}, t("loading")));
  try {
    const render = parts[0] === "customers" && parts[1] ? customerView : view.render;
    const leave = await render(main, { id: parts[1], params, navigate, current, rendered: () => rendered(startedAt) });
    if (current()) {
      leaveView = leave;
    } else if (leave) {
      leave();
    }
  } catch (error) {
    if (!current()) {
      return;
    }
    show(main, h("p", { class: "error", role: "alert" }, t("failed", error.describe ? error.describe() : error.message)));
  }
}

/** Marks the view drawn: how long it took, and how long since the page began to load. */
function rendered(startedAt) {
  main.dataset.renderedMs = String(Math.round(performance.now() - startedAt));
  main.dataset.sinceLoadMs = String(Math.round(performance.now()));
}

function renderNav(allowed, current) {
  show(
    nav,
    h(
      "ul",
      { "aria-label": t("nav") },
      allowed.map((view) =>
        h("li", {}, h("a", { href: "#/" + view.name, "aria-current": view === current ? "page" : null }, t(view.name))),
      ),
    ),
  );
  nav.setAttribute("aria-label", t("nav"));
}

function renderPreferences() {
  const languagePicker = select(LANGUAGES, language(), {
    id: "language",
    onchange: (event) => {
      setLanguage(event.target.value);
      render();
    },
  });
  const zonePicker = select(
    zones().map((name) => [name, name]),
    zone(),
    {
      id: "zone",
      onchange: (event) => {
        setZone(event.target.value);
        render();
      },
    },
  );
  show(
    preferences,
    field(t("language"), languagePicker),
    field(t("zone"), zonePicker),
    api.hasToken()
      ? h("button", { type: "button", id: "sign-out", onclick: () => { api.signOut(); navigate("#/"); render(); } }, t("signOut"))
      : null,
  );
  if (api.tokenName()) {
    preferences.prepend(h("span", { class: "who" }, t("signedInAs", api.tokenName())));
  }
}

function signInView(error) {
  const input = h("input", { type: "password", id: "token", autocomplete: "off", required: true, spellcheck: "false" });
  show(
    main,
    h(
      "form",
      {
        class: "sign-in",
        onsubmit: async (event) => {
          event.preventDefault();
          try {
            await api.signIn(input.value.trim());
            input.value = "";
            render();
          } catch (problem) {
            signInView(problem);
          }
        },
      },
      h("h1", {}, t("signInTitle")),
      h("p", {}, t("signInHelp")),
      field(t("token"), input),
      error ? h("p", { class: "error", role: "alert" }, error.status === 401 ? t("badToken") : t("failed", error.message)) : null,
      h("button", { type: "submit", class: "primary" }, t("signIn")),
    ),
  );
  input.focus();
}

// The skip link focuses the page's content; followed as a link it would change the #fragment.
document.getElementById("skip").addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
api.onThrottle((seconds) => show(status, seconds > 0 ? t("throttled", seconds) : ""));
window.addEventListener("hashchange", render);
window.addEventListener("zangsho:signed-out", render);
render();
