package com.zangsho.importer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file's progress on standard error: on a terminal a bar redrawn in place (rows done of the
 * total, rows/s, time left); otherwise, for logs, a plain line every few seconds.
 */
final class Progress implements AutoCloseable {
  private static final int BAR_WIDTH = 30;

  private final PrintStream out;
  private final boolean terminal;
  private final String name;
  private final long total;
  private final long startNanos = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final ScheduledExecutorService ticker;

  Progress(PrintStream out, boolean terminal, String name, long total) {
    this.out = out;
    this.terminal = terminal;
    this.name = name;
    this.total = total;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "progress");
              thread.setDaemon(true);
              return thread;
            });
    long every = terminal ? 200 : 5000;
    ticker.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
  }

  void advance(long rows) {
    done.addAndGet(rows);
  }

  private synchronized void print() {
    long rows = done.get();
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double rate = rows / seconds;
    String eta =
        rate <= 0 || rows >= total
            ? "-"
            : clock(Duration.ofSeconds((long) ((total - rows) / rate)));
    String figures = "%,d/%,d rows  %,.0f rows/s  ETA %s".formatted(rows, total, rate, eta);
    if (terminal) {
      int filled = total == 0 ? BAR_WIDTH : (int) (BAR_WIDTH * Math.min(rows, total) / total);
      out.print(
          "\r%s [%s%s] %s   "
              .formatted(name, "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), figures));
    } else {
      out.println(name + ": " + figures);
    }
    out.flush();
  }

  static String clock(Duration duration) {
    long seconds = duration.toSeconds();
    return "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    print();
    if (terminal) {
      out.println();
    }
  }
}
