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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write path against its limit: the database's own multi-row INSERT of the same rows, into
 * tables of the same shape and unique keys, at the same concurrency, in the same run.
 *
 * <p>For each client count, for customers, orders, subscriptions and subscription events in the
 * seed's order: the baseline (raw JDBC, one multi-row INSERT and one commit per 100 rows), then the
 * API (one {@code POST .../batch} per 100 rows, on a new tenant). Prints rows/s, latency
 * percentiles per batch, the server's and the database's CPU per row (from /proc) and the
 * API/baseline ratio, as a Markdown table. Bounded: every request has a timeout, every phase a
 * deadline; it talks only to loopback.
 *
 * <p>An untimed warm-up imports every kind once first, on a tenant of its own.
 *
 * <p>Run by bench/write-path.sh, which starts the server and prepares the databases; arguments:
 * base-url admin-token jdbc-url-of-baseline-schema server-pid[,pid...] database-pid rows clients...
 */
public class WritePathBench {
  private static final int BATCH = 100;
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

  WritePathBench(String[] args) {
    base = args[0];
    adminToken = args[1];
    baselineUrl = args[2];
    serverPids = Arrays.stream(args[3].split(",")).map(Long::valueOf).toList();
    databasePid = Long.parseLong(args[4]);
    rows = Integer.parseInt(args[5]);
    data = new Rows(rows, 20261201L);
  }

  public static void main(String[] args) throws Exception {
    WritePathBench bench = new WritePathBench(args);
    List<Integer> clientCounts = new ArrayList<>();
    for (int i = 6; i < args.length; i++) {
      clientCounts.add(Integer.parseInt(args[i]));
    }
    System.out.println(
        "| clients | rows | what | rows/s | p50 ms | p95 ms | p99 ms | server CPU µs/row"
            + " | database CPU µs/row | commits/request | fsyncs/request | API/baseline |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    bench.warmUp();
    for (int clients : clientCounts) {
      bench.run(clients);
    }
  }

  /**
   * The same work on a tenant of its own, untimed, so that what is timed runs compiled code; then a
   * pause, so that the compiler's threads are done before the first baseline.
   */
  private void warmUp() throws Exception {
    String token = newTenant("bench-warm-up-" + System.nanoTime());
    for (Resource resource : resources()) {
      api(resource, 2, token);
    }
    singles(2, token);
    Thread.sleep(5_000);
  }

  /** Every kind of row, or those BENCH_ONLY names (e.g. {@code customers,orders}), for a profile. */
  private static List<Resource> resources() {
    String only = System.getenv("BENCH_ONLY");
    return Arrays.stream(Resource.values())
        .filter(r -> only == null || List.of(only.split(",")).contains(r.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private void run(int clients) throws Exception {
    String token = newTenant("bench-" + clients + "-" + System.nanoTime());
    for (Resource resource : resources()) {
      Result baseline = baseline(resource, clients);
      Result api = api(resource, clients, token);
      print(clients, resource.label + " · database alone", baseline, null);
      print(clients, resource.label + " · API", api, baseline);
    }
    print(clients, "single customer POSTs, webhook subscribed · API", singles(clients, token), null);
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

  private Result baseline(Resource resource, int clients) throws Exception {
    try (Connection connection = DriverManager.getConnection(baselineUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE TABLE " + resource.table);
    }
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                return DriverManager.getConnection(baselineUrl);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    List<Connection> opened = Collections.synchronizedList(new ArrayList<>());
    Result result =
        timed(
            clients,
            batchIndex -> {
              Connection connection = connections.get();
              if (!opened.contains(connection)) {
                opened.add(connection);
              }
              try (PreparedStatement insert =
                  connection.prepareStatement(resource.baselineInsert(batchSize(batchIndex)))) {
                int parameter = 1;
                for (int row = batchIndex * BATCH; row < batchIndex * BATCH + batchSize(batchIndex); row++) {
                  parameter = data.bind(resource, insert, parameter, row);
                }
                insert.executeUpdate();
                return batchSize(batchIndex);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    for (Connection connection : opened) {
      connection.close();
    }
    return result;
  }

  // ---- the API

  private Result api(Resource resource, int clients, String token) throws Exception {
    return timed(
        clients,
        batchIndex -> {
          String body = data.batchJson(resource, batchIndex * BATCH, batchSize(batchIndex));
          String answer = post(resource.path, token, body);
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
          if (created != batchSize(batchIndex) || other != 0) {
            throw new IllegalStateException("batch " + batchIndex + " answered " + answer);
          }
          return created;
        });
  }

  private String newTenant(String name) throws IOException, InterruptedException {
    String answer = post("/admin/tenants", adminToken, "{\"name\": \"" + name + "\"}");
    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(answer);
    if (!token.find()) {
      throw new IllegalStateException("no token in " + answer);
    }
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

  private static void print(int clients, String what, Result result, Result baseline) {
    System.out.printf(
        Locale.ROOT,
        "| %d | %d | %s | %.0f | %.1f | %.1f | %.1f | %.0f | %.0f | %.2f | %.2f | %s |%n",
        clients,
        result.rows(),
        what,
        result.rowsPerSecond(),
        result.percentileMillis(0.50),
        result.percentileMillis(0.95),
        result.percentileMillis(0.99),
        result.serverCpuSeconds() * 1e6 / result.rows(),
        result.databaseCpuSeconds() * 1e6 / result.rows(),
        result.commits(),
        result.fsyncs(),
        baseline == null
            ? "—"
            : String.format(Locale.ROOT, "%.2f", result.rowsPerSecond() / baseline.rowsPerSecond()));
  }

  // ---- the rows

  enum Resource {
    CUSTOMERS("customers", "/v1/customers/batch", "customers"),
    ORDERS("orders", "/v1/orders/batch", "orders"),
    SUBSCRIPTIONS("subscriptions", "/v1/subscriptions/batch", "subscriptions"),
    EVENTS("subscription events", "/v1/subscriptions/events/batch", "subscription_events");

    final String label;
    final String path;
    final String table;

    Resource(String label, String path, String table) {
      this.label = label;
      this.path = path;
      this.table = table;
    }

    String baselineInsert(int count) {
      String columns =
          switch (this) {
            case CUSTOMERS ->
                "(id, tenant_id, email, email_key, name, phone, metadata, created_at, updated_at)";
            case ORDERS ->
                "(id, tenant_id, order_no, customer_id, amount, currency, status, payment_method,"
                    + " billing_cycle, source, paid_at, business_at, business_day, created_at,"
                    + " updated_at)";
            case SUBSCRIPTIONS ->
                "(id, tenant_id, customer_id, status, plan_name, mrr, billing_cycle, source,"
                    + " started_at, current_period_start, created_at, updated_at)";
            case EVENTS ->
                "(id, tenant_id, customer_id, subscription_id, event_type, source, old_amount,"
                    + " new_amount, amount_change, new_plan, occurred_at, created_at, updated_at)";
          };
      int parameters = columns.split(",").length;
      String row = "(" + String.join(", ", Collections.nCopies(parameters, "?")) + ")";
      return "INSERT INTO " + table + " " + columns + " VALUES "
          + String.join(", ", Collections.nCopies(count, row));
    }
  }

  /** Realistic rows from a fixed seed: the same rows for the baseline and the API. */
  static final class Rows {
    private static final String[] SURNAMES = {"王", "李", "張", "劉", "陳", "楊", "黃", "趙", "吳", "周", "林", "蔡"};
    private static final String[] GIVEN = {"小明", "美麗", "志豪", "淑芬", "建宏", "怡君", "家豪", "雅婷", "俊傑", "佩珊"};
    private static final String[] PLANS = {"Basic Plan", "Pro Plan", "Team Plan"};
    private static final String[] METHODS = {"credit_card", "line_pay", "atm", "cvs", "jko_pay"};
    private static final long BASELINE_TENANT = 1;

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

    /** Binds row {@code i} of the baseline's INSERT; ids are the row numbers, customers' too. */
    int bind(Resource resource, PreparedStatement insert, int at, int i) throws SQLException {
      long id = i + 1;
      // LocalDateTime, as the server binds them: Connector/J formats a java.sql.Timestamp slowly.
      LocalDateTime now =
          LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
      LocalDateTime paid = LocalDateTime.ofInstant(paidAt[i], ZoneOffset.UTC);
      List<Object> values =
          switch (resource) {
            case CUSTOMERS ->
                List.of(id, BASELINE_TENANT, email(i), email(i), names[i], phones[i],
                    "{\"source\":\"bench\"}", now, now);
            case ORDERS ->
                List.of(id, BASELINE_TENANT, orderNo(i), id, new java.math.BigDecimal(money(i)),
                    "TWD", "paid", METHODS[i % METHODS.length], "monthly", "import", paid, paid,
                    paid.toLocalDate().toEpochDay(), now, now);
            case SUBSCRIPTIONS ->
                List.of(id, BASELINE_TENANT, id, "active", PLANS[i % PLANS.length],
                    java.math.BigDecimal.valueOf(mrr(i)), "monthly", "import", paid, paid, now, now);
            case EVENTS ->
                List.of(id, BASELINE_TENANT, id, id, "upgrade", "import",
                    java.math.BigDecimal.valueOf(mrr(i)), java.math.BigDecimal.valueOf(mrr(i) + 100),
                    java.math.BigDecimal.valueOf(100), PLANS[i % PLANS.length], paid, now, now);
          };
      for (Object value : values) {
        insert.setObject(at++, value);
      }
      return at;
    }
  }
}
