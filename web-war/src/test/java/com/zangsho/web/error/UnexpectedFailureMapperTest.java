package com.zangsho.web.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class UnexpectedFailureMapperTest {
  @Test
  void aDatabaseThatCannotBeReachedIsRecognisedThroughTheWrappers() {
    assertTrue(
        UnexpectedFailureMapper.isDatabaseUnreachable(
            new PersistenceException(
                new SQLException("IJ000453", new ResourceException("no connection")))));
    assertTrue(
        UnexpectedFailureMapper.isDatabaseUnreachable(
            new RuntimeException(new SQLTransientConnectionException("timeout"))));
    assertTrue(
        UnexpectedFailureMapper.isDatabaseUnreachable(
            new PersistenceException(new SQLException("Communications link failure", "08S01"))));
  }

  @Test
  void otherFailuresAreBugsNotOutages() {
    assertFalse(UnexpectedFailureMapper.isDatabaseUnreachable(new NullPointerException()));
    assertFalse(
        UnexpectedFailureMapper.isDatabaseUnreachable(
            new PersistenceException(new SQLException("syntax error", "42000"))));
  }

  @Test
  void aBugIsA500ThatShowsNoClassNameOrStackTrace() {
    var response =
        new UnexpectedFailureMapper().toResponse(new IllegalStateException("secret detail"));

    assertEquals(500, response.getStatus());
    ErrorJson body = (ErrorJson) response.getEntity();
    assertEquals("伺服器發生錯誤", body.message());
  }

  @Test
  void anOutageIs503WithRetryAfter() {
    var response =
        new UnexpectedFailureMapper()
            .toResponse(new PersistenceException(new SQLTransientConnectionException("down")));

    assertEquals(503, response.getStatus());
    assertEquals("5", response.getHeaderString("Retry-After"));
  }
}
