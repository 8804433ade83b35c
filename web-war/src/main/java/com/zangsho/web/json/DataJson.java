package com.zangsho.web.json;

/**
 * The single-object envelope: {@code {"data": {...}}}. The OpenAPI document names each use by what
 * it holds, through a record beside the wire type (e.g. {@code CustomerJson.Response}); a generator
 * would otherwise name it after this Java type ({@code DataJsonCustomerJson}).
 */
public record DataJson<T>(T data) {}
