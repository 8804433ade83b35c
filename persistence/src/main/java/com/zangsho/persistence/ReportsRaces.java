package com.zangsho.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repository whose every method reports a lost race as {@link
 * com.zangsho.domain.ConcurrentWriteException} ({@link RaceReports}): a taken key, a deadlock or a
 * lock wait that timed out, wherever in the method the database said so (a flush, a locking read,
 * an upsert), so that the write's shared retry sees it and no caller mistakes it for bad input.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReportsRaces {}
