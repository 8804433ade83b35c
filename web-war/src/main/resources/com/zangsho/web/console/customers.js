// Customers and orders: lists as the API searches and pages them (keyset cursors: the next page
// costs the same however deep), and a customer's page with their orders, subscription and events,
// each part shown only when the token may read it.
import * as api from "./api.js";
import { h, show, field, select, table } from "./dom.js";
import { t, money, count, dateTime } from "./i18n.js";

const ORDER_STATUSES = ["pending", "paid", "failed", "refunded", "cancelled"];

/** "Next page" from the answer's cursor, "previous page" back through the browser's history. */
function pager(page, params, navigate, path) {
  const next = page.meta.next_cursor;
  const total = page.meta.total_is_exact ? count(page.meta.total) : "≥ " + count(page.meta.total);
  return h(
    "div",
    { class: "pager" },
    h("span", {}, total),
    h("button", { type: "button", disabled: !params.get("cursor"), onclick: () => history.back() }, t("previous")),
    h(
      "button",
      {
        type: "button",
        disabled: !next,
        onclick: () => {
          const following = new URLSearchParams(params);
          following.set("cursor", next);
          navigate(path + "?" + following);
        },
      },
      t("next"),
    ),
  );
}

function customerLink(id, text, navigate) {
  return h("button", { type: "button", class: "link", onclick: () => navigate("#/customers/" + id) }, text);
}

export async function customersView(main, { params, navigate, current, rendered }) {
  const search = h("input", { type: "search", id: "search", value: params.get("search") || "" });
  const page = await api.get("/v1/customers", { search: params.get("search"), cursor: params.get("cursor"), per_page: 20 });
  if (!current()) {
    return null;
  }
  show(
    main,
    h("h1", {}, t("customers")),
    h(
      "form",
      {
        class: "controls",
        role: "search",
        onsubmit: (event) => {
          event.preventDefault();
          navigate("#/customers?" + new URLSearchParams({ search: search.value.trim() }));
        },
      },
      field(t("search"), search),
      h("button", { type: "submit", class: "primary" }, t("searchButton")),
    ),
    page.data.length === 0
      ? h("p", {}, t("none"))
      : table(
          null,
          [t("email"), t("name"), t("ltv"), t("orderCount"), t("createdAt")],
          page.data.map((customer) => [
            customerLink(customer.id, customer.email, navigate),
            customer.name ?? "",
            money(customer.ltv),
            count(customer.order_count),
            dateTime(customer.created_at),
          ]),
          { class: "customers" },
        ),
    pager(page, params, navigate, "#/customers"),
  );
  rendered();
}

export async function ordersView(main, { params, navigate, current, rendered }) {
  const status = select([["", t("allStatuses")], ...ORDER_STATUSES.map((name) => [name, name])], params.get("status") || "", { id: "status-filter" });
  const start = h("input", { type: "date", id: "order-start", value: params.get("start_date") || "" });
  const end = h("input", { type: "date", id: "order-end", value: params.get("end_date") || "" });
  const page = await api.get("/v1/orders", {
    status: params.get("status"),
    start_date: params.get("start_date"),
    end_date: params.get("end_date"),
    cursor: params.get("cursor"),
    per_page: 20,
  });
  if (!current()) {
    return null;
  }
  show(
    main,
    h("h1", {}, t("orders")),
    h(
      "form",
      {
        class: "controls",
        onsubmit: (event) => {
          event.preventDefault();
          const filters = Object.entries({ status: status.value, start_date: start.value, end_date: end.value }).filter(([, value]) => value);
          navigate("#/orders?" + new URLSearchParams(filters));
        },
      },
      field(t("status"), status),
      field(t("startDate"), start),
      field(t("endDate"), end),
      h("button", { type: "submit", class: "primary" }, t("filter")),
    ),
    page.data.length === 0 ? h("p", {}, t("none")) : ordersTable(page.data, api.can("customers:read") ? navigate : null),
    pager(page, params, navigate, "#/orders"),
  );
  rendered();
}

/** Orders; each customer a link to their page when `navigate` is given. */
function ordersTable(orders, navigate) {
  return table(
    null,
    [t("orderNo"), t("customer"), t("amount"), t("currency"), t("status"), t("paymentMethod"), t("billingCycle"), t("paidAt"), t("createdAt")],
    orders.map((order) => [
      order.order_no,
      navigate ? customerLink(order.customer_id, order.customer_email, navigate) : order.customer_email,
      money(order.amount),
      order.currency,
      order.status,
      order.payment_method ?? "",
      order.billing_cycle ?? "",
      dateTime(order.paid_at),
      dateTime(order.created_at),
    ]),
    { class: "orders" },
  );
}

export async function customerView(main, { id, current, rendered }) {
  const customer = (await api.get("/v1/customers/" + encodeURIComponent(id))).data;
  const reads = (ability, path, params) => (api.can(ability) ? api.get(path, params) : Promise.resolve(null));
  const [orders, subscriptions, events] = await Promise.all([
    reads("orders:read", "/v1/orders", { customer_id: customer.id, per_page: 100 }),
    reads("subscriptions:read", "/v1/subscriptions", { customer_id: customer.id }),
    reads("subscriptions:read", "/v1/subscriptions/events", { customer_id: customer.id, per_page: 100 }),
  ]);
  if (!current()) {
    return null;
  }
  const facts = [
    [t("email"), customer.email],
    [t("name"), customer.name ?? "—"],
    [t("phone"), customer.phone ?? "—"],
    [t("externalId"), customer.external_id ?? "—"],
    [t("ltv"), money(customer.ltv)],
    [t("orderCount"), count(customer.order_count)],
    [t("firstPayment"), dateTime(customer.first_payment_at)],
    [t("lastPayment"), dateTime(customer.last_payment_at)],
    [t("createdAt"), dateTime(customer.created_at)],
    [t("updatedAt"), dateTime(customer.updated_at)],
  ];
  show(
    main,
    h("h1", { id: "customer-title" }, t("customerTitle", customer.name || customer.email)),
    h(
      "section",
      { "aria-labelledby": "details-title" },
      h("h2", { id: "details-title" }, t("details")),
      h("dl", { class: "facts" }, facts.map(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])),
      customer.metadata && Object.keys(customer.metadata).length > 0
        ? [h("h3", {}, t("metadata")), h("pre", { class: "metadata" }, JSON.stringify(customer.metadata, null, 2))]
        : null,
    ),
    orders ? h("section", {}, h("h2", {}, t("orders")), orders.data.length ? ordersTable(orders.data, null) : h("p", {}, t("none"))) : null,
    subscriptions ? h("section", {}, h("h2", {}, t("subscription")), subscriptionFacts(subscriptions.data[0])) : null,
    events ? h("section", {}, h("h2", {}, t("events")), eventsTable(events.data)) : null,
  );
  rendered();
}

function subscriptionFacts(subscription) {
  if (!subscription) {
    return h("p", {}, t("noSubscription"));
  }
  const facts = [
    [t("plan"), subscription.plan_name ?? "—"],
    [t("status"), subscription.status],
    [t("mrr"), money(subscription.mrr)],
    [t("billingCycle"), subscription.billing_cycle],
    [t("startedAt"), dateTime(subscription.started_at)],
    [t("cancelledAt"), dateTime(subscription.cancelled_at)],
  ];
  return h("dl", { class: "facts" }, facts.map(([name, value]) => [h("dt", {}, name), h("dd", {}, value)]));
}

function eventsTable(events) {
  if (events.length === 0) {
    return h("p", {}, t("none"));
  }
  return table(
    null,
    [t("occurredAt"), t("eventType"), t("oldAmount"), t("newAmount"), t("amount"), t("plan")],
    events.map((event) => [
      dateTime(event.occurred_at),
      event.event_type,
      money(event.old_amount),
      money(event.new_amount),
      money(event.amount_change),
      [event.old_plan, event.new_plan].filter(Boolean).join(" → "),
    ]),
    { class: "events" },
  );
}
