/** Field rules and the violations they report, kept free of any message text. */
package com.zangsho.domain.validation;
