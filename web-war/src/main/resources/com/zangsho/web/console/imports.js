// Imports: a file dropped or picked, its first rows shown as the server will read them, what it
// holds (a resource's own columns, a platform's export, or columns mapped here), a dry run's
// verdict, then the import itself with its progress, time left and cancel; failed rows to
// download; past imports. Built on /v1/imports (docs/api.md §8a): the server reads and runs the
// file, the page only watches.
import * as api from "./api.js";
import { h, show, field, select, table } from "./dom.js";
import { t, count, dateTime, duration, bytes } from "./i18n.js";

const PREVIEW_BYTES = 256 * 1024;
const PREVIEW_ROWS = 5;
const RUNNING = ["queued", "running"];

export async function importsView(main, { current, rendered }) {
  const [profiles, resources, past] = await Promise.all([
    api.get("/v1/imports/profiles"),
    api.get("/v1/imports/resources"),
    api.get("/v1/imports", { per_page: 20 }),
  ]);
  if (!current()) {
    return null;
  }
  // Only what the token may write: a file it could not import is not offered.
  const writable = resources.data.filter((resource) => api.can(resource.ability));
  const names = writable.map((resource) => resource.name);
  const state = {
    file: null,
    headers: [],
    encoding: "",
    profiles: profiles.data.filter((profile) => profile.resources.every((name) => names.includes(name))),
    resources: writable,
  };
  let watching = null;

  const input = h("input", { type: "file", id: "file", accept: ".csv,text/csv" });
  const drop = h(
    "div",
    { class: "drop", id: "drop" },
    h("p", {}, t("dropHere")),
    field(t("chooseFile"), input),
  );
  const details = h("div", { id: "file-details" });
  const importPanel = h("section", { id: "current", class: "panel", hidden: true, "aria-labelledby": "current-title" });
  const pastSection = h("section", { id: "past" });

  const chosen = (file) => {
    state.file = file;
    describeFile(details, state).catch((error) => show(details, h("p", { class: "error", role: "alert" }, t("failed", error.message))));
  };
  input.addEventListener("change", () => input.files[0] && chosen(input.files[0]));
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    if (event.dataTransfer.files[0]) {
      chosen(event.dataTransfer.files[0]);
    }
  });

  const watch = (id) => {
    if (watching) {
      watching.stop();
    }
    watching = watchImport(importPanel, id, () => refreshPast(pastSection, watch));
  };
  state.start = async (form) => {
    show(importPanel, h("p", { id: "current-title" }, t("uploading")));
    importPanel.hidden = false;
    importPanel.scrollIntoView({ block: "nearest" });
    try {
      const created = await api.post("/v1/imports", form);
      watch(created.data.id);
    } catch (error) {
      show(importPanel, h("p", { id: "current-title", class: "error", role: "alert" }, t("failed", error.describe ? error.describe() : error.message)));
    }
  };

  show(
    main,
    h("h1", {}, t("imports")),
    writable.length === 0
      ? h("p", {}, t("nothingWritable"))
      : h("section", { "aria-labelledby": "upload-title" }, h("h2", { id: "upload-title" }, t("upload")), drop, details),
    importPanel,
    pastSection,
  );
  showPast(pastSection, past.data, watch);
  const running = past.data.find((candidate) => RUNNING.includes(candidate.state));
  if (running) {
    watch(running.id);
  }
  rendered();
  return () => watching && watching.stop();
}

/** The chosen file's name, size, first rows and the form that says what it holds. */
async function describeFile(details, state) {
  const buffer = await state.file.slice(0, PREVIEW_BYTES).arrayBuffer();
  const { text, encoding } = decode(new Uint8Array(buffer), state.encoding);
  state.encoding = encoding;
  const rows = parseCsv(text, PREVIEW_ROWS + 1);
  state.headers = rows[0] || [];
  const detected = bestMatch(state.headers, state.profiles, (profile) => profile.columns, 2);
  const resourceGuess = bestMatch(state.headers, state.resources, (resource) => resource.fields, 0);

  const encodingPicker = select(
    [["", t("autoEncoding")], ["utf-8", "UTF-8"], ["utf-16", "UTF-16"], ["big5", "Big5"]],
    encoding === "big5" ? "big5" : "",
    {
      id: "encoding",
      onchange: (event) => {
        state.encoding = event.target.value;
        describeFile(details, state);
      },
    },
  );
  const mode = detected ? "profile" : resourceGuess ? "resource" : "mapping";
  const resourcePicker = select(state.resources.map((resource) => [resource.name, resource.name]), resourceGuess || state.resources[0].name, { id: "resource" });
  const profilePicker = select(state.profiles.map((profile) => [profile.name, profile.name + " — " + profile.title]), detected, { id: "profile" });
  const mappingResource = select(state.resources.map((resource) => [resource.name, resource.name]), resourceGuess || state.resources[0].name, { id: "mapping-resource" });
  const mappingFields = h("div", { class: "mapping" });
  const drawMapping = () => {
    const resource = state.resources.find((candidate) => candidate.name === mappingResource.value);
    show(
      mappingFields,
      h("p", {}, t("mapColumns")),
      resource.fields.map((name) =>
        field(
          name,
          select([["", t("notMapped")], ...state.headers.map((header) => [header, header])], state.headers.find((header) => header.toLowerCase() === name) || "", {
            dataset: { field: name },
          }),
        ),
      ),
    );
  };
  mappingResource.addEventListener("change", drawMapping);
  drawMapping();
  const radio = (value, label, control) =>
    h(
      "div",
      { class: "choice" },
      h("input", { type: "radio", name: "how", id: "how-" + value, value, checked: value === mode }),
      h("label", { for: "how-" + value }, label),
      control,
    );
  const how = h(
    "fieldset",
    { class: "how" },
    h("legend", {}, t("whatIsIt")),
    radio("resource", t("byResource"), field(t("resource"), resourcePicker)),
    state.profiles.length > 0 ? radio("profile", t("byProfile"), [field(t("profile"), profilePicker), detected ? h("p", { class: "hint" }, t("detected", detected)) : null]) : null,
    radio("mapping", t("byMapping"), [field(t("resource"), mappingResource), mappingFields]),
  );
  const onConflict = select([["skip", t("skip")], ["update", t("update")]], "skip", { id: "on-conflict" });

  const form = (dryRun) => {
    const data = new FormData();
    data.append("file", state.file, state.file.name);
    const chosenMode = how.querySelector("input[name=how]:checked").value;
    if (chosenMode === "resource") {
      data.append("resource", resourcePicker.value);
    } else if (chosenMode === "profile") {
      data.append("profile", profilePicker.value);
    } else {
      data.append("mapping", mappingYaml(state.file.name, mappingResource.value, mappingFields));
    }
    data.append("on_conflict", onConflict.value);
    data.append("dry_run", String(dryRun));
    if (state.encoding) {
      data.append("encoding", state.encoding);
    }
    return data;
  };

  show(
    details,
    h("p", { id: "file-name" }, t("fileInfo", state.file.name, bytes(state.file.size))),
    field(t("encoding"), encodingPicker),
    h("h3", {}, t("preview")),
    rows.length > 0 ? h("div", { class: "scroll" }, table(null, rows[0], rows.slice(1), { class: "preview" })) : h("p", {}, t("none")),
    how,
    field(t("onConflict"), onConflict),
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", id: "dry-run", onclick: () => state.start(form(true)) }, t("dryRun")),
      h("button", { type: "button", id: "start", class: "primary", onclick: () => state.start(form(false)) }, t("start")),
    ),
  );
}

/** The file's text as the server will read it: a byte-order mark decides, else UTF-8, else Big5. */
function decode(bytes, encoding) {
  const decodeAs = (name, fatal) => new TextDecoder(name, { fatal }).decode(bytes, { stream: true });
  if (encoding) {
    return { text: decodeAs(encoding === "utf-16" ? "utf-16le" : encoding, false), encoding };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeAs("utf-16le", false), encoding: "" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeAs("utf-16be", false), encoding: "" };
  }
  try {
    return { text: decodeAs("utf-8", true), encoding: "" };
  } catch {
    // Not UTF-8: a Taiwanese spreadsheet's CSV is Big5, which the server reads only when told.
    return { text: decodeAs("big5", false), encoding: "big5" };
  }
}

/** The first `limit` records of CSV text (RFC 4180: quotes, doubled quotes, CRLF, newlines in quotes). */
export function parseCsv(text, limit) {
  const records = [];
  let record = [];
  let value = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length && records.length < limit; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        value += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      record.push(value);
      value = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") {
        i++;
      }
      record.push(value);
      records.push(record);
      record = [];
      value = "";
    } else {
      value += c;
    }
  }
  if (records.length < limit && (value !== "" || record.length > 0)) {
    record.push(value);
    records.push(record);
  }
  // The server reads a header's names without the blanks around them.
  if (records.length > 0) {
    records[0] = records[0].map((name) => name.trim());
  }
  return records;
}

/**
 * The name of the candidate whose columns the file's header names most, if it names more than
 * `atLeast` of them: a profile (by the columns it reads, at least three, as the importer guesses)
 * or a resource (by its fields, at least one).
 */
function bestMatch(headers, candidates, columnsOf, atLeast) {
  let best = null;
  let bestCount = atLeast;
  for (const candidate of candidates) {
    const found = columnsOf(candidate).filter((column) => headers.includes(column)).length;
    if (found > bestCount) {
      best = candidate.name;
      bestCount = found;
    }
  }
  return best;
}

/** A mapping of one's own (YAML, as the importer takes it) from the columns picked for each field. */
function mappingYaml(fileName, resource, fields) {
  // JSON's strings are YAML's double-quoted scalars: any column name goes in safely.
  const lines = ["title: " + JSON.stringify("console: " + fileName), "resources:", "  - resource: " + resource, "    fields:"];
  for (const picker of fields.querySelectorAll("select[data-field]")) {
    if (picker.value) {
      lines.push("      " + picker.dataset.field + ": {column: " + JSON.stringify(picker.value) + "}");
    }
  }
  return lines.join("\n") + "\n";
}

/** Polls the import until it ends (as often as a third of the token's rate limit allows). */
function watchImport(panel, id, ended) {
  let timer = null;
  let stopped = false;
  const progress = h("progress", { id: "import-progress", "aria-labelledby": "current-title" });
  const title = h("h2", { id: "current-title" });
  const stateText = h("p", { id: "import-state" });
  const countsText = h("p", { id: "import-counts" });
  const speedText = h("p", { id: "import-speed" });
  const actions = h("div", { class: "actions" });
  show(panel, title, progress, stateText, countsText, speedText, actions);
  panel.hidden = false;
  const poll = async () => {
    let answer;
    try {
      answer = (await api.get("/v1/imports/" + id)).data;
    } catch (error) {
      show(stateText, t("failed", error.describe ? error.describe() : error.message));
      return;
    }
    if (stopped) {
      return;
    }
    drawImport(answer, { title, progress, stateText, countsText, speedText, actions });
    if (RUNNING.includes(answer.state)) {
      timer = setTimeout(poll, api.pollMilliseconds());
    } else {
      ended();
    }
  };
  poll();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

function drawImport(answer, { title, progress, stateText, countsText, speedText, actions }) {
  const running = RUNNING.includes(answer.state);
  // Through a mapping rows_read counts records, not lines: then only the end is known.
  const byLine = answer.resource !== null && answer.resource !== undefined;
  show(title, t(answer.dry_run ? "dryRunTitle" : "importTitle", answer.id) + " · " + answer.file_name);
  progress.max = Math.max(answer.file_rows, 1);
  if (!running) {
    progress.value = progress.max;
  } else if (byLine) {
    progress.value = answer.rows_read;
  } else {
    progress.removeAttribute("value");
  }
  progress.dataset.state = answer.state;
  progress.dataset.rowsRead = String(answer.rows_read);
  const read = byLine ? t("progressOf", count(answer.rows_read), count(answer.file_rows)) : t("progressRecords", count(answer.rows_read));
  show(stateText, t("state_" + answer.state) + " · " + read);
  const counts = t("counts", count(answer.created), count(answer.updated), count(answer.skipped), count(answer.failed));
  show(countsText, answer.dry_run && !running ? t("verdict", counts) : counts);
  show(
    speedText,
    [
      answer.rows_per_second > 0 ? t("rate", count(answer.rows_per_second)) : null,
      answer.eta_seconds !== null ? t("eta", duration(answer.eta_seconds)) : null,
      answer.error,
    ]
      .filter(Boolean)
      .join(" · "),
  );
  show(
    actions,
    running ? h("button", { type: "button", id: "cancel", onclick: () => api.post("/v1/imports/" + answer.id + "/cancel") }, t("cancel")) : null,
    answer.failed > 0 && !running ? failedRowsButton(answer) : null,
  );
}

function failedRowsButton(answer) {
  return h(
    "button",
    { type: "button", class: "failed-rows", onclick: () => api.download("/v1/imports/" + answer.id + "/failed_rows", "import-" + answer.id + "-failed-rows.csv") },
    t("failedRows"),
  );
}

async function refreshPast(section, watch) {
  showPast(section, (await api.get("/v1/imports", { per_page: 20 })).data, watch);
}

function showPast(section, imports, watch) {
  show(
    section,
    h("h2", {}, t("pastImports")),
    imports.length === 0
      ? h("p", {}, t("none"))
      : table(
          null,
          ["#", t("file"), t("what"), t("state"), t("rows"), t("countsHead"), t("createdAt"), t("finishedAt"), ""],
          imports.map((past) => [
            String(past.id),
            past.file_name,
            (past.resource || past.profile || "mapping") + (past.dry_run ? " · " + t("dryRun") : ""),
            t("state_" + past.state),
            count(past.file_rows),
            [past.created, past.updated, past.skipped, past.failed].map(count).join(" / "),
            dateTime(past.created_at),
            dateTime(past.finished_at),
            [h("button", { type: "button", class: "link", onclick: () => watch(past.id) }, t("watch")), past.failed > 0 && !RUNNING.includes(past.state) ? failedRowsButton(past) : null],
          ]),
          { class: "imports" },
        ),
  );
}
