package com.zangsho.web.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;

/** The 422 body, Laravel's shape: the first message, and every message by field. */
@JsonbPropertyOrder({"message", "errors"})
public record ValidationErrorJson(String message, Map<String, List<String>> errors) {}
