package com.zangsho.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between a server under test and its database, which the test can cut: {@link #cut()}
 * drops every connection through it and refuses new ones until {@link #restore()}, as a database
 * restart or a network outage does, while the database itself keeps running for the test's own
 * connections.
 */
final class DatabaseLink implements AutoCloseable {
  private final ServerSocket listener;
  private final InetSocketAddress database;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean up = true;

  DatabaseLink(String host, int port) throws IOException {
    this.database = new InetSocketAddress(host, port);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "database-link");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The loopback port the server should connect to instead of the database's. */
  int port() {
    return listener.getLocalPort();
  }

  /** Drops every connection through the link; new ones are closed as soon as they arrive. */
  void cut() {
    up = false;
    open.forEach(DatabaseLink::closeQuietly);
    open.clear();
  }

  void restore() {
    up = true;
  }

  @Override
  public void close() {
    cut();
    closeQuietly(listener);
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        if (!up) {
          closeQuietly(client);
          continue;
        }
        Socket server = new Socket(database.getAddress(), database.getPort());
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      } catch (IOException closedOrRefused) {
        // The listener closed (the test ended) or the database refused: the client sees a drop.
      }
    }
  }

  /** Copies one direction until either side closes, then closes both. */
  private void pump(Socket from, Socket to) {
    Thread pump =
        new Thread(
            () -> {
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException dropped) {
                // cut() or an end of the connection: both sides are closed below.
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "database-link-pump");
    pump.setDaemon(true);
    pump.start();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception alreadyClosed) {
      // Nothing to do: it is closed either way.
    }
  }
}
