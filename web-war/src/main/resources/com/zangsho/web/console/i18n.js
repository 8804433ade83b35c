// The console's words in Traditional Chinese (the default, as the API's) and English, and how it
// writes money, rates, times and durations. The language and the time zone are the person's
// choices, kept in this browser (they are not secrets); the language starts as the server chose it
// from the browser's Accept-Language (the html element's lang).

const TEXT = {
  "zh-Hant-TW": {
    title: "帳獸 Zangsho 主控台",
    skip: "跳到主要內容",
    nav: "主選單",
    revenue: "營收",
    customers: "客戶",
    orders: "訂單",
    imports: "匯入",
    language: "語言",
    zone: "時區",
    signOut: "登出",
    signInTitle: "以 API Token 登入",
    signInHelp: "Token 只保存在這個瀏覽器分頁的工作階段中,關閉分頁即清除;只以 Authorization 標頭送出。",
    token: "API Token",
    signIn: "登入",
    signedInAs: "Token:{0}",
    badToken: "Token 無效或已撤銷。",
    nothingAllowed: "此 Token 沒有可在主控台使用的權限。",
    loading: "載入中…",
    failed: "無法完成:{0}",
    throttled: "請求過於頻繁,{0} 秒後重試…",
    from: "起",
    to: "迄",
    interval: "間隔",
    day: "日",
    week: "週",
    month: "月",
    quarter: "季",
    year: "年",
    show: "顯示",
    last12: "近 12 個月",
    last36: "近 36 個月",
    thisYear: "今年",
    tiles: "指標",
    mrr: "MRR",
    arr: "ARR",
    arpa: "ARPA",
    customerCount: "付費客戶",
    customerChurn: "客戶流失率",
    mrrChurn: "MRR 流失率",
    netRetention: "淨收入留存率",
    asOf: "截至 {0}",
    monthOf: "{0} 至 {1}",
    mrrOverTime: "MRR 走勢",
    movementsPerPeriod: "各期 MRR 變動",
    chartHint: "點選長條可列出其背後的變動;下表列出相同數字,可用鍵盤操作。",
    figures: "各期數字",
    period: "期間",
    startingMrr: "期初 MRR",
    endingMrr: "期末 MRR",
    new_business: "新業務",
    expansion: "擴張",
    reactivation: "回流",
    contraction: "縮減",
    churn: "流失",
    allMovements: "所有變動",
    movements: "MRR 變動",
    movementsOf: "{0} · {1}",
    occurredAt: "發生時間",
    customer: "客戶",
    eventType: "事件",
    movementType: "變動類型",
    amount: "金額",
    mrrAfter: "變動後 MRR",
    total: "合計({0} 筆)",
    more: "載入更多",
    none: "沒有資料。",
    close: "關閉",
    search: "搜尋 email 或姓名",
    searchButton: "搜尋",
    email: "Email",
    name: "姓名",
    phone: "電話",
    externalId: "外部 ID",
    ltv: "LTV",
    orderCount: "訂單數",
    firstPayment: "首次付款",
    lastPayment: "最近付款",
    createdAt: "建立時間",
    updatedAt: "更新時間",
    metadata: "metadata",
    next: "下一頁",
    previous: "上一頁",
    open: "開啟",
    customerTitle: "客戶 {0}",
    details: "資料",
    subscription: "訂閱",
    events: "訂閱事件",
    noSubscription: "沒有訂閱。",
    orderNo: "訂單編號",
    currency: "幣別",
    status: "狀態",
    paymentMethod: "付款方式",
    billingCycle: "週期",
    paidAt: "付款時間",
    plan: "方案",
    startedAt: "開始",
    cancelledAt: "取消",
    oldAmount: "原金額",
    newAmount: "新金額",
    allStatuses: "全部狀態",
    startDate: "起日",
    endDate: "迄日",
    filter: "篩選",
    upload: "上傳檔案",
    nothingWritable: "此 Token 不能寫入任何資源(需要 customers:write、orders:write 或 subscriptions:write),只能查看過去的匯入。",
    dropHere: "把 CSV 檔拖放到這裡,或",
    chooseFile: "選擇檔案",
    fileInfo: "{0}({1})",
    encoding: "編碼",
    autoEncoding: "自動偵測",
    preview: "前幾列預覽",
    whatIsIt: "檔案內容",
    byResource: "API 欄位",
    byProfile: "平台匯出格式",
    byMapping: "自訂欄位對應",
    resource: "資源",
    profile: "格式",
    detected: "依標題列判斷為:{0}",
    notMapped: "(不匯入)",
    mapColumns: "欄位對應:每個欄位取檔案的哪一欄",
    onConflict: "已存在時",
    skip: "略過",
    update: "更新",
    dryRun: "試跑(不寫入)",
    start: "開始匯入",
    cancel: "取消匯入",
    uploading: "上傳中…",
    importTitle: "匯入 #{0}",
    dryRunTitle: "試跑 #{0}",
    state_queued: "排隊中",
    state_running: "執行中",
    state_completed: "已完成",
    state_failed: "失敗",
    state_cancelled: "已取消",
    progressOf: "已讀 {0} / {1} 列",
    progressRecords: "已讀 {0} 筆",
    counts: "新增 {0} · 更新 {1} · 略過 {2} · 失敗 {3}",
    countsHead: "新增 / 更新 / 略過 / 失敗",
    rate: "每秒 {0} 列",
    eta: "約剩 {0}",
    failedRows: "下載失敗的列",
    pastImports: "過去的匯入",
    file: "檔案",
    what: "內容",
    state: "狀態",
    rows: "列數",
    finishedAt: "結束時間",
    watch: "查看",
    verdict: "試跑結果:{0}",
    seconds: "{0} 秒",
    minutes: "{0} 分 {1} 秒",
    hours: "{0} 小時 {1} 分",
    renderedIn: "繪製 {0} ms",
  },
  en: {
    title: "Zangsho console",
    skip: "Skip to main content",
    nav: "Main menu",
    revenue: "Revenue",
    customers: "Customers",
    orders: "Orders",
    imports: "Imports",
    language: "Language",
    zone: "Time zone",
    signOut: "Sign out",
    signInTitle: "Sign in with an API token",
    signInHelp:
      "The token is kept for this browser tab's session only and cleared when it closes; it is sent only in the Authorization header.",
    token: "API token",
    signIn: "Sign in",
    signedInAs: "Token: {0}",
    badToken: "The token is not valid or has been revoked.",
    nothingAllowed: "This token has no ability the console can use.",
    loading: "Loading…",
    failed: "Could not finish: {0}",
    throttled: "Too many requests; retrying in {0} s…",
    from: "From",
    to: "To",
    interval: "Interval",
    day: "Day",
    week: "Week",
    month: "Month",
    quarter: "Quarter",
    year: "Year",
    show: "Show",
    last12: "Last 12 months",
    last36: "Last 36 months",
    thisYear: "This year",
    tiles: "Key figures",
    mrr: "MRR",
    arr: "ARR",
    arpa: "ARPA",
    customerCount: "Paying customers",
    customerChurn: "Customer churn",
    mrrChurn: "MRR churn",
    netRetention: "Net revenue retention",
    asOf: "As of {0}",
    monthOf: "{0} to {1}",
    mrrOverTime: "MRR over time",
    movementsPerPeriod: "MRR movements per period",
    chartHint: "Click a bar to list the movements behind it; the table below has the same figures and works by keyboard.",
    figures: "Figures per period",
    period: "Period",
    startingMrr: "Starting MRR",
    endingMrr: "Ending MRR",
    new_business: "New business",
    expansion: "Expansion",
    reactivation: "Reactivation",
    contraction: "Contraction",
    churn: "Churn",
    allMovements: "All movements",
    movements: "MRR movements",
    movementsOf: "{0} · {1}",
    occurredAt: "Occurred at",
    customer: "Customer",
    eventType: "Event",
    movementType: "Movement",
    amount: "Amount",
    mrrAfter: "MRR after",
    total: "Total ({0} rows)",
    more: "Load more",
    none: "Nothing here.",
    close: "Close",
    search: "Search email or name",
    searchButton: "Search",
    email: "Email",
    name: "Name",
    phone: "Phone",
    externalId: "External ID",
    ltv: "LTV",
    orderCount: "Orders",
    firstPayment: "First payment",
    lastPayment: "Last payment",
    createdAt: "Created",
    updatedAt: "Updated",
    metadata: "metadata",
    next: "Next page",
    previous: "Previous page",
    open: "Open",
    customerTitle: "Customer {0}",
    details: "Details",
    subscription: "Subscription",
    events: "Subscription events",
    noSubscription: "No subscription.",
    orderNo: "Order no.",
    currency: "Currency",
    status: "Status",
    paymentMethod: "Payment method",
    billingCycle: "Billing cycle",
    paidAt: "Paid at",
    plan: "Plan",
    startedAt: "Started",
    cancelledAt: "Cancelled",
    oldAmount: "Old amount",
    newAmount: "New amount",
    allStatuses: "All statuses",
    startDate: "Start date",
    endDate: "End date",
    filter: "Filter",
    upload: "Upload a file",
    nothingWritable: "This token may write no resource (it needs customers:write, orders:write or subscriptions:write): past imports only.",
    dropHere: "Drop a CSV file here, or",
    chooseFile: "Choose a file",
    fileInfo: "{0} ({1})",
    encoding: "Encoding",
    autoEncoding: "Detect",
    preview: "First rows",
    whatIsIt: "What the file holds",
    byResource: "API fields",
    byProfile: "A platform's export",
    byMapping: "Map the columns",
    resource: "Resource",
    profile: "Format",
    detected: "The header looks like: {0}",
    notMapped: "(not imported)",
    mapColumns: "Column mapping: which column of the file each field takes",
    onConflict: "When it exists",
    skip: "Skip",
    update: "Update",
    dryRun: "Dry run (writes nothing)",
    start: "Start the import",
    cancel: "Cancel the import",
    uploading: "Uploading…",
    importTitle: "Import #{0}",
    dryRunTitle: "Dry run #{0}",
    state_queued: "Queued",
    state_running: "Running",
    state_completed: "Completed",
    state_failed: "Failed",
    state_cancelled: "Cancelled",
    progressOf: "{0} of {1} rows read",
    progressRecords: "{0} records read",
    counts: "{0} created · {1} updated · {2} skipped · {3} failed",
    countsHead: "Created / updated / skipped / failed",
    rate: "{0} rows/s",
    eta: "about {0} left",
    failedRows: "Download failed rows",
    pastImports: "Past imports",
    file: "File",
    what: "Holds",
    state: "State",
    rows: "Rows",
    finishedAt: "Finished",
    watch: "Watch",
    verdict: "Dry run: {0}",
    seconds: "{0} s",
    minutes: "{0} min {1} s",
    hours: "{0} h {1} min",
    renderedIn: "Drawn in {0} ms",
  },
};

export const LANGUAGES = [
  ["zh-Hant-TW", "繁體中文"],
  ["en", "English"],
];

export function language() {
  const chosen = localStorage.getItem("zangsho.language");
  return TEXT[chosen] ? chosen : document.documentElement.lang === "en" ? "en" : "zh-Hant-TW";
}

export function setLanguage(value) {
  localStorage.setItem("zangsho.language", value);
}

export function zone() {
  return localStorage.getItem("zangsho.zone") || "Asia/Taipei";
}

export function setZone(value) {
  localStorage.setItem("zangsho.zone", value);
}

/** The zones a person may pick: Asia/Taipei, UTC (the API's days), then every one the browser knows. */
export function zones() {
  const all = Intl.supportedValuesOf ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  return ["Asia/Taipei", "UTC", ...all.filter((name) => name !== "Asia/Taipei" && name !== "UTC")];
}

/** The text for `key`, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const text = TEXT[language()][key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, index) => String(args[Number(index)]));
}

/** Money as the API gives it ("12345.60", a string with two decimals) grouped for reading. */
export function money(amount) {
  if (amount === null || amount === undefined) {
    return "—";
  }
  return new Intl.NumberFormat(language(), {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(Number(amount));
}

/** A rate as the API gives it ("0.0250") as a percentage with two decimals ("2.50%"). */
export function percent(rate) {
  return rate === null || rate === undefined ? "—" : (Number(rate) * 100).toFixed(2) + "%";
}

export function count(value) {
  return value === null || value === undefined ? "—" : new Intl.NumberFormat(language()).format(value);
}

/** A timestamp (ISO-8601, UTC) as YYYY-MM-DD HH:mm:ss in the chosen zone: one reading in every language. */
export function dateTime(iso) {
  if (!iso) {
    return "—";
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone(),
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) {
    return t("seconds", s);
  }
  if (s < 3600) {
    return t("minutes", Math.floor(s / 60), s % 60);
  }
  return t("hours", Math.floor(s / 3600), Math.floor((s % 3600) / 60));
}

export function bytes(size) {
  const units = ["B", "KiB", "MiB", "GiB"];
  let value = size;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return (unit === 0 ? value : value.toFixed(1)) + " " + units[unit];
}

/** An amount string as a whole number of cents, so that sums are exact. */
export function cents(amount) {
  const negative = amount.startsWith("-");
  const [whole, fraction = ""] = amount.replace("-", "").split(".");
  const value = BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
  return negative ? -value : value;
}

/** Cents back to the API's form ("-123.40"). */
export function fromCents(value) {
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const text = (absolute / 100n).toString() + "." + (absolute % 100n).toString().padStart(2, "0");
  return negative ? "-" + text : text;
}
