package com.zangsho.web.write;

import com.zangsho.application.write.IdempotencyClaims;
import com.zangsho.application.write.WriteJournal;
import com.zangsho.application.write.WriteRequest;
import com.zangsho.application.write.WriteResult;
import com.zangsho.domain.idempotency.IdempotencyRecord;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the transaction of every {@code /v1} write begins and ends. One attempt, one commit: the
 * claim of the request's idempotency key, the work (calls of application services, which join), the
 * answer rendered from the work's result, and what the write leaves beside its effect ({@link
 * WriteJournal}). A dry run is decided and answered here like any write, and then rolled back.
 * {@link Writes} calls it from outside any transaction, again after a lost race.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class WriteBoundary {
  @Inject IdempotencyClaims claims;
  @Inject WriteJournal journal;
  @Resource SessionContext transaction;

  /**
   * @return the answer, rendered; or, when the key's write committed meanwhile, that write's
   *     answer, replayed, and the work does not run
   */
  public <R> Attempt attempt(WriteRequest request, Supplier<R> work, Function<R, Answer> answer) {
    IdempotencyRecord claimed = null;
    if (request.idempotencyKey() != null) {
      IdempotencyClaims.Claim claim =
          claims.claim(request.idempotencyKey(), request.caller().tenantId());
      if (claim.isReplay()) {
        return new Attempt(claim.stored(), null);
      }
      claimed = claim.claimed();
    }
    Answer answered = answer.apply(work.get());
    WriteResult rendered = answered.render();
    if (request.dryRun()) {
      // Nothing of a dry run is kept, its key's claim neither: the same request may run again.
      transaction.setRollbackOnly();
    } else {
      journal.record(request, rendered, claimed);
    }
    return new Attempt(rendered, answered);
  }

  /**
   * @param rendered what the response says
   * @param answer the answer as the endpoint built it; null for a replay of a key's first answer
   */
  public record Attempt(WriteResult rendered, Answer answer) {
    boolean replayed() {
      return answer == null;
    }
  }
}
