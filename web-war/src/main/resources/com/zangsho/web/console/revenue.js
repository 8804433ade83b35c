// Revenue: the summary's tiles, MRR over time, its movements per period, the same figures as a
// table, and the movements behind any figure, each opening its customer. Every number is the
// metrics API's own (docs/api.md §11): the console adds none up except the listed movements' sum.
import * as api from "./api.js";
import { h, show, field, select, table } from "./dom.js";
import { t, money, percent, count, dateTime, cents, fromCents } from "./i18n.js";

const UP = ["new_business", "expansion", "reactivation"];
const DOWN = ["contraction", "churn"];
const COLOURS = {
  new_business: "#1b7f3b",
  expansion: "#49a35f",
  reactivation: "#8cc79b",
  contraction: "#e08a6d",
  churn: "#b3261e",
};

/** Today as the API counts days (UTC). */
function today() {
  return new Date().toISOString().slice(0, 10);
}

function monthsBack(date, months) {
  const [year, month] = date.split("-").map(Number);
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  return first.toISOString().slice(0, 10);
}

export async function revenueView(main, { params, navigate, current, rendered }) {
  const end = params.get("end") || today();
  const start = params.get("start") || monthsBack(end, 11);
  const interval = params.get("interval") || "month";
  const go = (from, to, every) => navigate("#/revenue?" + new URLSearchParams({ start: from, end: to, interval: every }));

  const startInput = h("input", { type: "date", id: "start", value: start, required: true });
  const endInput = h("input", { type: "date", id: "end", value: end, required: true });
  const intervalPicker = select(
    ["day", "week", "month", "quarter", "year"].map((name) => [name, t(name)]),
    interval,
    { id: "interval" },
  );
  const controls = h(
    "form",
    { class: "controls", onsubmit: (event) => { event.preventDefault(); go(startInput.value, endInput.value, intervalPicker.value); } },
    field(t("from"), startInput),
    field(t("to"), endInput),
    field(t("interval"), intervalPicker),
    h("button", { type: "submit", class: "primary" }, t("show")),
    h("button", { type: "button", onclick: () => go(monthsBack(today(), 11), today(), "month") }, t("last12")),
    h("button", { type: "button", onclick: () => go(monthsBack(today(), 35), today(), "month") }, t("last36")),
    h("button", { type: "button", onclick: () => go(today().slice(0, 4) + "-01-01", today(), "month") }, t("thisYear")),
  );

  const asOf = end < today() ? end : today();
  const [series, summary] = await Promise.all([
    api.get("/v1/metrics/mrr", { start_date: start, end_date: end, interval }),
    api.get("/v1/metrics/summary", { date: asOf }),
  ]);
  if (!current()) {
    return null;
  }
  const entries = series.data.entries;
  const movementsPanel = h("section", { id: "movements", class: "panel", hidden: true, "aria-labelledby": "movements-title" });
  const list = (from, to, type, what) =>
    listMovements(movementsPanel, { from, to, type, what, navigate }).catch((error) => {
      movementsPanel.hidden = false;
      show(movementsPanel, h("p", { class: "error", role: "alert" }, t("failed", error.describe ? error.describe() : error.message)));
    });

  const lineChart = h("div", { id: "mrr-chart", class: "chart", role: "img", "aria-label": t("mrrOverTime") });
  const barChart = h("div", { id: "movements-chart", class: "chart", role: "img", "aria-label": t("movementsPerPeriod") });
  show(
    main,
    h("h1", {}, t("revenue")),
    controls,
    h("section", { "aria-label": t("tiles") }, tiles(summary.data, list)),
    h("section", { class: "charts" },
      h("div", {}, h("h2", {}, t("mrrOverTime")), lineChart),
      h("div", {}, h("h2", {}, t("movementsPerPeriod")), h("p", { class: "hint" }, t("chartHint")), barChart)),
    movementsPanel,
    h("section", {}, h("h2", {}, t("figures")), figures(entries, interval, list)),
  );
  const charts = drawCharts(lineChart, barChart, entries, interval, list);
  const resize = () => charts.forEach((chart) => chart.resize());
  window.addEventListener("resize", resize);
  rendered();
  return () => {
    window.removeEventListener("resize", resize);
    charts.forEach((chart) => chart.dispose());
  };
}

function tiles(summary, list) {
  const period = t("monthOf", summary.period_start, summary.period_end);
  const tile = (metric, label, value, note, type) =>
    h(
      "button",
      {
        type: "button",
        class: "tile",
        dataset: { metric },
        onclick: () => list(summary.period_start, summary.period_end, type, label),
      },
      h("span", { class: "label" }, label),
      h("span", { class: "value" }, value),
      h("span", { class: "note" }, note),
    );
  const asOf = t("asOf", summary.date);
  return h(
    "div",
    { class: "tiles" },
    tile("mrr", t("mrr"), money(summary.mrr), asOf, null),
    tile("arr", t("arr"), money(summary.arr), asOf, null),
    tile("arpa", t("arpa"), money(summary.arpa), asOf, null),
    tile("customers", t("customerCount"), count(summary.customers), asOf, "new_business"),
    tile("customer_churn_rate", t("customerChurn"), percent(summary.customer_churn_rate), period, "churn"),
    tile("gross_mrr_churn_rate", t("mrrChurn"), percent(summary.gross_mrr_churn_rate), period, "churn"),
    tile("net_mrr_retention", t("netRetention"), percent(summary.net_mrr_retention), period, null),
  );
}

/** How a period is named on the axis and in the table. */
function periodName(entry, interval) {
  const start = entry.period_start;
  switch (interval) {
    case "month":
      return start.slice(0, 7);
    case "quarter":
      return start.slice(0, 4) + " Q" + (Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1);
    case "year":
      return start.slice(0, 4);
    default:
      return start;
  }
}

function drawCharts(lineElement, barElement, entries, interval, list) {
  const names = entries.map((entry) => periodName(entry, interval));
  const axis = { type: "category", data: names, axisTick: { alignWithLabel: true } };
  const base = {
    animation: false,
    grid: { left: 80, right: 24, top: 40, bottom: 40 },
    // Drawn on the canvas: ECharts' HTML tooltip carries inline styles, which the page's
    // Content-Security-Policy refuses.
    tooltip: { trigger: "axis", renderMode: "richText", valueFormatter: (value) => money(value) },
    xAxis: axis,
    yAxis: { type: "value", axisLabel: { formatter: (value) => money(value) } },
  };
  const line = echarts.init(lineElement, null, { renderer: "canvas" });
  line.setOption({
    ...base,
    series: [{ id: "ending_mrr", name: t("endingMrr"), type: "line", data: entries.map((entry) => Number(entry.ending_mrr)), symbolSize: 6, color: "#1f4e8c" }],
  });
  const bars = echarts.init(barElement, null, { renderer: "canvas" });
  bars.setOption({
    ...base,
    legend: { top: 0 },
    tooltip: { trigger: "item", renderMode: "richText", valueFormatter: (value) => money(value) },
    series: [...UP, ...DOWN].map((type) => ({
      id: type,
      name: t(type),
      type: "bar",
      // Two stacks, gains up and losses down (ECharts 5.3 stacks by sum, not by sign), drawn at
      // the same place in each period rather than side by side.
      stack: UP.includes(type) ? "up" : "down",
      barGap: "-100%",
      color: COLOURS[type],
      data: entries.map((entry) => Number(entry[type])),
    })),
  });
  bars.on("click", (event) => {
    const entry = entries[event.dataIndex];
    list(entry.period_start, entry.period_end, event.seriesId, names[event.dataIndex] + " · " + t(event.seriesId));
  });
  return [line, bars];
}

/** The series as a table: the same numbers for a screen reader, and a keyboard's way to each list. */
function figures(entries, interval, list) {
  const types = [...UP, ...DOWN];
  return table(
    null,
    [t("period"), t("startingMrr"), ...types.map((type) => t(type)), t("endingMrr"), t("customerCount")],
    entries.map((entry) => {
      const name = periodName(entry, interval);
      return [
        name,
        money(entry.starting_mrr),
        ...types.map((type) =>
          Number(entry[type]) === 0 ? money(entry[type]) : h(
            "button",
            {
              type: "button",
              class: "link",
              dataset: { period: entry.period_start, type },
              "aria-label": name + " " + t(type) + " " + money(entry[type]),
              onclick: () => list(entry.period_start, entry.period_end, type, name + " · " + t(type)),
            },
            money(entry[type]),
          ),
        ),
        money(entry.ending_mrr),
        count(entry.customers),
      ];
    }),
    { class: "figures" },
  );
}

/** The movements behind a figure, 100 at a time, their sum beneath. */
async function listMovements(panel, { from, to, type, what, navigate }) {
  const heading = h("h2", { id: "movements-title", tabindex: "-1" }, t("movementsOf", what || t("allMovements"), t("monthOf", from, to)));
  const body = h("tbody");
  const totalCell = h("td", { colspan: 4 });
  const sumCell = h("td", { class: "amount", id: "movements-sum" });
  const more = h("button", { type: "button", hidden: true }, t("more"));
  let sum = 0n;
  let rows = 0;
  let cursor = null;
  show(
    panel,
    h("div", { class: "panel-head" }, heading, h("button", { type: "button", onclick: () => { panel.hidden = true; } }, t("close"))),
    h(
      "table",
      { class: "movements" },
      h("thead", {}, h("tr", {}, [t("occurredAt"), t("customer"), t("eventType"), t("movementType"), t("amount"), t("mrrAfter")].map((name) => h("th", { scope: "col" }, name)))),
      body,
      h("tfoot", {}, h("tr", {}, totalCell, h("td"), sumCell, h("td"))),
    ),
    more,
  );
  panel.hidden = false;
  const load = async () => {
    more.disabled = true;
    const page = await api.get("/v1/metrics/mrr/movements", { start_date: from, end_date: to, type, per_page: 100, cursor });
    for (const movement of page.data) {
      body.append(
        h(
          "tr",
          { dataset: { eventId: movement.event_id } },
          h("td", {}, dateTime(movement.occurred_at)),
          h(
            "td",
            {},
            api.can("customers:read")
              ? h("button", { type: "button", class: "link", onclick: () => navigate("#/customers/" + movement.customer_id) }, movement.customer_email)
              : movement.customer_email,
          ),
          h("td", {}, movement.event_type),
          h("td", {}, t(movement.type)),
          h("td", { class: "amount", dataset: { amount: movement.amount } }, money(movement.amount)),
          h("td", { class: "amount" }, money(movement.mrr_after)),
        ),
      );
      sum += cents(movement.amount);
      rows++;
    }
    cursor = page.meta.next_cursor;
    show(totalCell, t("total", count(rows)));
    show(sumCell, money(fromCents(sum)));
    sumCell.dataset.amount = fromCents(sum);
    more.hidden = !cursor;
    more.disabled = false;
  };
  more.addEventListener("click", load);
  await load();
  heading.focus();
  panel.scrollIntoView({ block: "start" });
}
