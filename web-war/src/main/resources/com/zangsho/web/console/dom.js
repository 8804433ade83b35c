// Every element the console shows is made here, and every value goes in as text: a customer named
// "<img src=x onerror=…>" is shown as typed, never parsed as markup. Nothing in the console sets
// innerHTML.

/**
 * An element: h("button", {class: "tile", onclick: f}, "text", child, …). Attributes starting with
 * "on" are listeners; "dataset" is an object; null and false attributes and children are left out.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith("on")) {
      element.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(element.dataset, value);
    } else if (name === "value" || name === "checked" || name === "selected") {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what `element` shows. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A table: head is a list of column names, rows a list of lists of cells (text or elements). */
export function table(caption, head, rows, attributes = {}) {
  return h(
    "table",
    attributes,
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, head.map((name) => h("th", { scope: "col" }, name)))),
    h("tbody", {}, rows.map((cells) => h("tr", {}, cells.map((cell) => h("td", {}, cell))))),
  );
}

/** A labelled form control: the label says what it is to a screen reader and to everyone else. */
export function field(label, control) {
  const id = control.id || "f-" + Math.random().toString(36).slice(2);
  control.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, label), control);
}

/** A select of [value, text] pairs. */
export function select(options, selected, attributes = {}) {
  return h(
    "select",
    attributes,
    options.map(([value, text]) => h("option", { value, selected: value === selected }, text)),
  );
}
