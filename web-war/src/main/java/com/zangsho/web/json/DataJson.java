package com.zangsho.web.json;

/** The single-object envelope: {@code {"data": {...}}}. */
public record DataJson<T>(T data) {}
