package com.zangsho.web.error;

/** The contract's error body without field errors: {@code {"message": "..."}}. */
public record ErrorJson(String message) {}
