package com.zangsho.domain.operations;

import java.time.Instant;
import java.util.List;

/** The servers sharing the database ({@link ServerNode}). Server-wide: no tenant's data. */
public interface ServerNodeRepository {
  /** Writes {@code node} as it is now, replacing what was there under its name. */
  void save(ServerNode node);

  /** Marks {@code name} alive at {@code now}. */
  void seen(String name, Instant now);

  /** Removes {@code name}: a server that stops cleanly is gone at once. */
  void remove(String name);

  /** The servers heard from since {@code since}, by name. */
  List<ServerNode> seenSince(Instant since);
}
