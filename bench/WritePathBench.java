import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write path against its limit: the database's own multi-row INSERT of the same rows, into
 * tables of the same shape and unique keys, at the same concurrency, in the same run.
 *
 * <p>For each client count, for customers, orders, subscriptions and subscription events in the
 * seed's order: the API (one {@code POST .../batch} per 100 rows, on a new tenant), then the
 * baseline: exactly the rows the API wrote, in every table it wrote them to (the search index, the
 * day totals, the MRR ledger, the activity log), read back and inserted into empty copies of those
 * tables (same keys and indexes) by as many JDBC connections, one transaction per API batch with
 * one multi-row INSERT per table. Prints rows/s, latency percentiles per batch, the server's, the
 * database's and this client's CPU per row (from /proc), the rate ratio (API rows/s ÷ baseline
 * rows/s) and the CPU ratio (the baseline's database CPU per row ÷ the API's server and database
 * CPU per row; clients are left out of both, the load generator not being the product), as a
 * Markdown table. Every measured pass runs twice ({@code BENCH_PASSES}), so that a reader sees
 * whether the figures hold. Bounded: every request has a timeout, every phase a deadline; it talks
 * only to loopback.
 *
 * <p>An untimed warm-up imports every kind on tenants of their own, round after round, until a
 * round's server CPU per row is within 10 % of the round before for every kind (at most ten
 * rounds): a server booted a minute earlier spends several times as much per row until the JIT
 * has compiled the path.
 *
 * <p>With {@code BENCH_FLAT} set, measures instead whether a batch costs more in a large tenant
 * ({@link #flat}), for bench/flat-tenant.sh.
 *
 * <p>Run by bench/write-path.sh, which starts the server and prepares the databases; arguments:
 * base-url admin-token jdbc-url-of-baseline-schema server-pid[,pid...] database-pid rows clients...
 */
public class WritePathBench {
  private static final int BATCH = 100;
  private static final int PROBE_BATCHES = 50;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final long PHASE_DEADLINE_NANOS = Duration.ofMinutes(10).toNanos();
  private static final long CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux
  private static final Pattern COUNT = Pattern.compile("\"(created|updated|skipped|failed)\":(\\d+)");

  private final String base;
  private final String adminToken;
  private final String baselineUrl;
  /** The server's process, or every process of a cluster (its nodes and balancer). */
  private final List<Long> serverPids;
  private final long databasePid;
  private final int rows;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Rows data;
  private final Map<String, Long> tenantIds = new ConcurrentHashMap<>();

  WritePathBench(String[] args) {
    base = args[0];
    adminToken = args[1];
    baselineUrl = args[2];
    serverPids = Arrays.stream(args[3].split(",")).map(Long::valueOf).toList();
    databasePid = Long.parseLong(args[4]);
    rows = Integer.parseInt(args[5]);
    data = new Rows(rows + PROBE_BATCHES * BATCH, 20261201L);
  }

  public static void main(String[] args) throws Exception {
    WritePathBench bench = new WritePathBench(args);
    if (System.getenv("BENCH_FLAT") != null) {
      bench.flat();
      return;
    }
    List<Integer> clientCounts = new ArrayList<>();
    for (int i = 6; i < args.length; i++) {
      clientCounts.add(Integer.parseInt(args[i]));
    }
    System.out.println(
        "| pass | clients | rows | what | rows/s | p50 ms | p95 ms | p99 ms | server CPU µs/row"
            + " | database CPU µs/row | client CPU µs/row | commits/request | fsyncs/request"
            + " | rate ratio | CPU ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    bench.warmUp();
    int passes = Integer.parseInt(System.getenv().getOrDefault("BENCH_PASSES", "2"));
    for (int pass = 1; pass <= passes; pass++) {
      for (int clients : clientCounts) {
        bench.run(pass, clients);
      }
    }
  }

  /**
   * The same work on tenants of their own, untimed, round after round until the server's CPU per
   * row has settled, so that what is timed runs compiled code; then a pause, so that the
   * compiler's threads are done before the first measured phase.
   */
  private void warmUp() throws Exception {
    Map<Resource, Double> previous = new EnumMap<>(Resource.class);
    for (int round = 1; round <= 10; round++) {
      String token = newTenant("bench-warm-up-" + round + "-" + System.nanoTime());
      boolean settled = round > 1;
      StringBuilder figures = new StringBuilder();
      for (Resource resource : resources()) {
        Result result = api(resource, 2, token);
        double perRow = result.serverCpuSeconds() * 1e6 / result.rows();
        Double before = previous.put(resource, perRow);
        settled &= before != null && Math.abs(perRow - before) <= 0.10 * before;
        figures.append(String.format(Locale.ROOT, " %s %.0f µs/row", resource.label, perRow));
      }
      System.err.println("warm-up round " + round + ":" + figures);
      if (settled) {
        break;
      }
    }
    singles(2, newTenant("bench-warm-up-singles-" + System.nanoTime()));
    Thread.sleep(5_000);
  }

  /** Every kind of row, or those BENCH_ONLY names (e.g. {@code customers,orders}), for a profile. */
  private static List<Resource> resources() {
    String only = System.getenv("BENCH_ONLY");
    return Arrays.stream(Resource.values())
        .filter(r -> only == null || List.of(only.split(",")).contains(r.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private void run(int pass, int clients) throws Exception {
    String token = newTenant("bench-" + pass + "-" + clients + "-" + System.nanoTime());
    long tenantId = tenantIdOf(token);
    for (Resource resource : resources()) {
      WrittenRows written = new WrittenRows(tenantId);
      written.snapshot();
      Result api = api(resource, clients, token);
      Result baseline = baseline(written.rowsWritten(), clients);
      print(pass, clients, resource.label + " · API", api, baseline);
      print(pass, clients, resource.label + " · database alone, the same rows", baseline, null);
    }
    print(pass, clients, "single customer POSTs, webhook subscribed · API", singles(clients, token), null);
  }

  /**
   * One {@code POST /v1/customers} per row for a tenth of the rows, with a webhook subscribed to
   * {@code customer.created}: each write also logs its activity and writes its outbox row. The
   * webhook points at a closed loopback port; its deliveries fail and retry later, off the timed
   * path.
   */
  private Result singles(int clients, String token) throws Exception {
    post(
        "/v1/webhooks",
        token,
        "{\"url\": \"http://127.0.0.1:9/bench\", \"events\": [\"customer.created\"]}");
    int count = Math.max(1, rows / 10);
    AtomicInteger next = new AtomicInteger();
    return timedRequests(
        clients,
        count,
        () -> {
          int i = next.getAndIncrement();
          post("/v1/customers", token, "{\"email\": \"single" + i + "@example.com\", \"name\": \"單筆 " + i + "\"}");
          return 1;
        });
  }

  // ---- the baseline: the database's own INSERT of the same rows

  /**
   * Inserts {@code written} into the baseline's empty copies of its tables: unit {@code i} (one per
   * API batch) is one transaction with the {@code i}-th share of every table's rows, one multi-row
   * INSERT per table.
   */
  private Result baseline(Map<String, TableRows> written, int clients) throws Exception {
    try (Connection connection = DriverManager.getConnection(baselineUrl);
        Statement statement = connection.createStatement()) {
      for (String table : written.keySet()) {
        statement.execute("TRUNCATE TABLE " + table);
      }
    }
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                Connection connection = DriverManager.getConnection(baselineUrl);
                connection.setAutoCommit(false);
                return connection;
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
    int units = batches();
    Result result =
        timed(
            clients,
            units,
            unit -> {
              Connection connection = connections.get();
              if (!opened.contains(connection)) {
                opened.add(connection);
              }
              try {
                for (TableRows table : written.values()) {
                  List<Object[]> share = table.share(unit, units);
                  if (!share.isEmpty()) {
                    table.insert(connection, share);
                  }
                }
                connection.commit();
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              return batchSize(unit);
            });
    for (Connection connection : opened) {
      connection.close();
    }
    return result;
  }

  /**
   * The rows one API phase wrote, in every table of the tenant's: a snapshot of the tenant's rows
   * before it, and afterwards every row that is not in the snapshot as it was (new, or changed).
   * Tables the import does not write for its data (rate-limit buckets) are left out.
   */
  private final class WrittenRows {
    private final long tenantId;
    private final List<String> tables = new ArrayList<>();

    WrittenRows(long tenantId) {
      this.tenantId = tenantId;
    }

    void snapshot() throws SQLException {
      try (Connection connection = DriverManager.getConnection(applicationUrl());
          Statement statement = connection.createStatement();
          ResultSet found =
              statement.executeQuery(
                  "SELECT table_name FROM information_schema.columns WHERE table_schema ="
                      + " DATABASE() AND column_name = 'tenant_id' AND table_name NOT IN"
                      + " ('rate_limit_buckets', 'api_tokens', 'flyway_schema_history')")) {
        while (found.next()) {
          tables.add(found.getString(1));
        }
      }
      try (Connection connection = DriverManager.getConnection(baselineUrl);
          Statement statement = connection.createStatement()) {
        for (String table : tables) {
          statement.execute("DROP TABLE IF EXISTS snap_" + table);
          statement.execute("CREATE TABLE IF NOT EXISTS " + table + " LIKE " + applicationSchema() + "." + table);
          statement.execute("CREATE TABLE snap_" + table + " LIKE " + applicationSchema() + "." + table);
          statement.execute(
              "INSERT INTO snap_" + table + " SELECT * FROM " + applicationSchema() + "." + table
                  + " WHERE tenant_id = " + tenantId);
        }
      }
    }

    Map<String, TableRows> rowsWritten() throws SQLException {
      Map<String, TableRows> written = new LinkedHashMap<>();
      try (Connection connection = DriverManager.getConnection(baselineUrl);
          Statement statement = connection.createStatement()) {
        for (String table : tables) {
          List<String> columns = new ArrayList<>();
          List<String> key = new ArrayList<>();
          try (ResultSet found =
              statement.executeQuery(
                  "SELECT column_name, column_key FROM information_schema.columns WHERE"
                      + " table_schema = DATABASE() AND table_name = '" + table
                      + "' ORDER BY ordinal_position")) {
            while (found.next()) {
              columns.add(found.getString(1));
              if ("PRI".equals(found.getString(2))) {
                key.add(found.getString(1));
              }
            }
          }
          StringBuilder same = new StringBuilder();
          for (String column : columns) {
            same.append(same.length() == 0 ? "" : " AND ")
                .append("s.").append(column).append(key.contains(column) ? " = " : " <=> ")
                .append("t.").append(column);
          }
          List<Object[]> rows = new ArrayList<>();
          try (ResultSet found =
              statement.executeQuery(
                  "SELECT t.* FROM " + applicationSchema() + "." + table + " t WHERE t.tenant_id = "
                      + tenantId + " AND NOT EXISTS (SELECT 1 FROM snap_" + table + " s WHERE "
                      + same + ")")) {
            while (found.next()) {
              Object[] row = new Object[columns.size()];
              for (int c = 0; c < row.length; c++) {
                row[c] = found.getObject(c + 1);
              }
              rows.add(row);
            }
          }
          statement.execute("DROP TABLE snap_" + table);
          if (!rows.isEmpty()) {
            written.put(table, new TableRows(table, columns, rows));
          }
        }
      }
      System.err.println("rows the API wrote: " + written.values().stream().map(t -> t.table + " " + t.rows.size()).toList());
      return written;
    }
  }

  /** One table's rows, as read back: inserted in shares, one multi-row INSERT each. */
  private record TableRows(String table, List<String> columns, List<Object[]> rows) {
    List<Object[]> share(int unit, int units) {
      return rows.subList((int) ((long) rows.size() * unit / units), (int) ((long) rows.size() * (unit + 1) / units));
    }

    void insert(Connection connection, List<Object[]> share) throws SQLException {
      String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
      String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
          + String.join(", ", Collections.nCopies(share.size(), row));
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        int parameter = 1;
        for (Object[] values : share) {
          for (Object value : values) {
            insert.setObject(parameter++, value);
          }
        }
        insert.executeUpdate();
      }
    }
  }

  private String applicationSchema() {
    return "zangsho_bench";
  }

  private String applicationUrl() {
    return baselineUrl.replace("/zangsho_bench_base?", "/" + applicationSchema() + "?");
  }

  private long tenantIdOf(String token) {
    return tenantIds.get(token);
  }


  // ---- the API

  private Result api(Resource resource, int clients, String token) throws Exception {
    return timed(
        clients,
        batchIndex -> importBatch(resource, token, batchIndex * BATCH, batchSize(batchIndex)));
  }

  /** Rows {@code from} .. {@code from + count - 1} of {@code resource}, one batch; all created. */
  private int importBatch(Resource resource, String token, int from, int count) throws Exception {
    String answer = post(resource.path, token, data.batchJson(resource, from, count));
    Matcher counts = COUNT.matcher(answer);
    int created = 0;
    int other = 0;
    while (counts.find()) {
      int n = Integer.parseInt(counts.group(2));
      if (counts.group(1).equals("created")) {
        created += n;
      } else {
        other += n;
      }
    }
    if (created != count || other != 0) {
      throw new IllegalStateException("batch from row " + from + " answered " + answer);
    }
    return created;
  }

  /**
   * BENCH_FLAT: whether a batch costs more in a large tenant. A tenant is filled with {@code rows}
   * customers, orders, subscriptions and events through the API (4 connections), then {@link
   * #PROBE_BATCHES} new 100-row batches of each kind go, one at a time and alternating, into it
   * and into an empty tenant; the table gives each kind's median and 90th percentile in both and
   * their ratio.
   */
  private void flat() throws Exception {
    String empty = newTenant("bench-empty-" + System.nanoTime());
    String large = newTenant("bench-large-" + System.nanoTime());
    for (Resource resource : Resource.values()) {
      Result loaded = api(resource, 4, large);
      System.err.printf(
          Locale.ROOT, "loaded %d %s: %.0f rows/s%n", loaded.rows(), resource.label, loaded.rowsPerSecond());
    }
    System.out.println(
        "| batch of 100 | empty tenant p50 ms | empty tenant p90 ms | tenant of " + rows
            + " p50 ms | tenant of " + rows + " p90 ms | p50 ratio |");
    System.out.println("|---|---|---|---|---|---|");
    for (Resource resource : Resource.values()) {
      long[] intoEmpty = new long[PROBE_BATCHES];
      long[] intoLarge = new long[PROBE_BATCHES];
      for (int i = 0; i < PROBE_BATCHES; i++) {
        int from = rows + i * BATCH;
        long t0 = System.nanoTime();
        importBatch(resource, empty, from, BATCH);
        long t1 = System.nanoTime();
        importBatch(resource, large, from, BATCH);
        intoEmpty[i] = t1 - t0;
        intoLarge[i] = System.nanoTime() - t1;
      }
      Arrays.sort(intoEmpty);
      Arrays.sort(intoLarge);
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f | %.1f | %.1f | %.2f |%n",
          resource.label,
          intoEmpty[PROBE_BATCHES / 2] / 1e6,
          intoEmpty[PROBE_BATCHES * 9 / 10] / 1e6,
          intoLarge[PROBE_BATCHES / 2] / 1e6,
          intoLarge[PROBE_BATCHES * 9 / 10] / 1e6,
          intoLarge[PROBE_BATCHES / 2] / (double) intoEmpty[PROBE_BATCHES / 2]);
    }
  }

  private String newTenant(String name) throws IOException, InterruptedException {
    String answer = post("/admin/tenants", adminToken, "{\"name\": \"" + name + "\"}");
    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(answer);
    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(answer);
    if (!token.find() || !id.find()) {
      throw new IllegalStateException("no token or id in " + answer);
    }
    tenantIds.put(token.group(1), Long.valueOf(id.group(1)));
    return token.group(1);
  }

  private String post(String path, String token, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  // ---- timing

  private int batches() {
    return (rows + BATCH - 1) / BATCH;
  }

  private int batchSize(int batchIndex) {
    return Math.min(BATCH, rows - batchIndex * BATCH);
  }

  interface Batch {
    int run(int batchIndex) throws Exception;
  }

  /**
   * @param commits COMMIT statements the database ran per request (or per baseline batch; the
   *     baseline autocommits, so it has none)
   * @param fsyncs InnoDB fsyncs per request (or baseline batch), the redo log's among them: what
   *     the commits cost the disk (concurrent commits may share one)
   */
  record Result(
      int rows,
      double seconds,
      long[] latenciesNanos,
      double serverCpuSeconds,
      double databaseCpuSeconds,
      double clientCpuSeconds,
      double commits,
      double fsyncs) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    double percentileMillis(double p) {
      int index = (int) Math.ceil(p * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, index)] / 1e6;
    }
  }

  interface Request {
    int run() throws Exception;
  }

  /** {@code count} requests from {@code clients} threads. */
  private Result timedRequests(int clients, int count, Request request) throws Exception {
    return timed(clients, count, index -> request.run());
  }

  private Result timed(int clients, Batch batch) throws Exception {
    return timed(clients, batches(), batch);
  }

  private Result timed(int clients, int units, Batch batch) throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] latencies = new long[units];
    AtomicInteger done = new AtomicInteger();
    double serverCpu = cpuSeconds(serverPids);
    double databaseCpu = cpuSeconds(databasePid);
    double clientCpu = cpuSeconds(ProcessHandle.current().pid());
    long commits = databaseStatus("Com_commit");
    long fsyncs = databaseStatus("Innodb_data_fsyncs");
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Integer>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                int written = 0;
                for (int i = next.getAndIncrement(); i < units; i = next.getAndIncrement()) {
                  if (System.nanoTime() - started > PHASE_DEADLINE_NANOS) {
                    throw new IllegalStateException("phase past its deadline");
                  }
                  long t0 = System.nanoTime();
                  written += batch.run(i);
                  latencies[i] = System.nanoTime() - t0;
                  done.incrementAndGet();
                }
                return written;
              }));
    }
    int written = 0;
    for (Future<Integer> worker : workers) {
      written += worker.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] sorted = latencies.clone();
    java.util.Arrays.sort(sorted);
    return new Result(
        written,
        seconds,
        sorted,
        cpuSeconds(serverPids) - serverCpu,
        cpuSeconds(databasePid) - databaseCpu,
        cpuSeconds(ProcessHandle.current().pid()) - clientCpu,
        (databaseStatus("Com_commit") - commits) / (double) units,
        (databaseStatus("Innodb_data_fsyncs") - fsyncs) / (double) units);
  }

  /** A global counter of the database's, e.g. {@code Com_commit}. */
  private long databaseStatus(String name) throws SQLException {
    try (Connection connection = DriverManager.getConnection(baselineUrl);
        Statement statement = connection.createStatement();
        ResultSet status =
            statement.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
      return status.next() ? status.getLong(2) : 0;
    }
  }

  private static double cpuSeconds(List<Long> pids) throws IOException {
    double seconds = 0;
    for (long pid : pids) {
      seconds += cpuSeconds(pid);
    }
    return seconds;
  }

  /** utime + stime of a process, from /proc/PID/stat. */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
  }

  /**
   * @param baseline for the API's row: the database's own INSERT of the same rows, for the rate
   *     ratio (API rows/s ÷ baseline rows/s) and the CPU ratio (the baseline's database CPU per row
   *     ÷ the API's server and database CPU per row)
   */
  private static void print(int pass, int clients, String what, Result result, Result baseline) {
    System.out.printf(
        Locale.ROOT,
        "| %d | %d | %d | %s | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.2f | %.2f | %s | %s |%n",
        pass,
        clients,
        result.rows(),
        what,
        result.rowsPerSecond(),
        result.percentileMillis(0.50),
        result.percentileMillis(0.95),
        result.percentileMillis(0.99),
        perRow(result.serverCpuSeconds(), result),
        perRow(result.databaseCpuSeconds(), result),
        perRow(result.clientCpuSeconds(), result),
        result.commits(),
        result.fsyncs(),
        baseline == null
            ? "—"
            : String.format(Locale.ROOT, "%.2f", result.rowsPerSecond() / baseline.rowsPerSecond()),
        baseline == null
            ? "—"
            : String.format(
                Locale.ROOT,
                "%.2f",
                perRow(baseline.databaseCpuSeconds(), baseline)
                    / (perRow(result.serverCpuSeconds(), result)
                        + perRow(result.databaseCpuSeconds(), result))));
  }

  private static double perRow(double cpuSeconds, Result result) {
    return cpuSeconds * 1e6 / result.rows();
  }

  // ---- the rows

  enum Resource {
    CUSTOMERS("customers", "/v1/customers/batch"),
    ORDERS("orders", "/v1/orders/batch"),
    SUBSCRIPTIONS("subscriptions", "/v1/subscriptions/batch"),
    EVENTS("subscription events", "/v1/subscriptions/events/batch");

    final String label;
    final String path;

    Resource(String label, String path) {
      this.label = label;
      this.path = path;
    }
  }

  /** Realistic rows from a fixed seed: the same rows for the baseline and the API. */
  static final class Rows {
    private static final String[] SURNAMES = {"王", "李", "張", "劉", "陳", "楊", "黃", "趙", "吳", "周", "林", "蔡"};
    private static final String[] GIVEN = {"小明", "美麗", "志豪", "淑芬", "建宏", "怡君", "家豪", "雅婷", "俊傑", "佩珊"};
    private static final String[] PLANS = {"Basic Plan", "Pro Plan", "Team Plan"};
    private static final String[] METHODS = {"credit_card", "line_pay", "atm", "cvs", "jko_pay"};

    private final String[] names;
    private final String[] phones;
    private final int[] amounts;
    private final Instant[] paidAt;

    Rows(int count, long seed) {
      Random random = new Random(seed);
      names = new String[count];
      phones = new String[count];
      amounts = new int[count];
      paidAt = new Instant[count];
      Instant start = Instant.parse("2023-01-01T00:00:00Z");
      for (int i = 0; i < count; i++) {
        names[i] = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        phones[i] = String.format(Locale.ROOT, "09%08d", random.nextInt(100_000_000));
        amounts[i] = 100 + random.nextInt(20_000);
        paidAt[i] = start.plusSeconds(random.nextInt(3 * 365 * 86_400));
      }
    }

    static String email(int i) {
      return "customer" + i + "@example.com";
    }

    static String orderNo(int i) {
      return "ORD-" + (100_000 + i);
    }

    private String money(int i) {
      return amounts[i] + ".00";
    }

    private int mrr(int i) {
      return 100 * (1 + i % 30);
    }

    String batchJson(Resource resource, int from, int count) {
      StringBuilder json = new StringBuilder(count * 220);
      json.append("{\"on_conflict\": \"skip\", \"").append(itemsField(resource)).append("\": [");
      for (int i = from; i < from + count; i++) {
        if (i > from) {
          json.append(',');
        }
        switch (resource) {
          case CUSTOMERS ->
              json.append("{\"email\":\"").append(email(i))
                  .append("\",\"name\":\"").append(names[i])
                  .append("\",\"phone\":\"").append(phones[i])
                  .append("\",\"metadata\":{\"source\":\"bench\"}}");
          case ORDERS ->
              json.append("{\"order_no\":\"").append(orderNo(i))
                  .append("\",\"customer_email\":\"").append(email(i))
                  .append("\",\"amount\":\"").append(money(i))
                  .append("\",\"currency\":\"TWD\",\"status\":\"paid\",\"payment_method\":\"")
                  .append(METHODS[i % METHODS.length])
                  .append("\",\"billing_cycle\":\"monthly\",\"paid_at\":\"").append(paidAt[i])
                  .append("\"}");
          case SUBSCRIPTIONS ->
              json.append("{\"customer_email\":\"").append(email(i))
                  .append("\",\"plan_name\":\"").append(PLANS[i % PLANS.length])
                  .append("\",\"mrr\":\"").append(mrr(i)).append(".00")
                  .append("\",\"billing_cycle\":\"monthly\",\"started_at\":\"").append(paidAt[i])
                  .append("\",\"current_period_start\":\"").append(paidAt[i]).append("\"}");
          case EVENTS ->
              json.append("{\"customer_email\":\"").append(email(i))
                  .append("\",\"event_type\":\"upgrade\",\"occurred_at\":\"").append(paidAt[i])
                  .append("\",\"old_amount\":\"").append(mrr(i)).append(".00")
                  .append("\",\"new_amount\":\"").append(mrr(i) + 100).append(".00")
                  .append("\",\"new_plan\":\"").append(PLANS[i % PLANS.length]).append("\"}");
        }
      }
      return json.append("]}").toString();
    }

    private static String itemsField(Resource resource) {
      return switch (resource) {
        case CUSTOMERS -> "customers";
        case ORDERS -> "orders";
        case SUBSCRIPTIONS -> "subscriptions";
        case EVENTS -> "events";
      };
    }

  }
}
