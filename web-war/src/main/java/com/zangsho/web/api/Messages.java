package com.zangsho.web.api;

import com.zangsho.domain.validation.Violation;
import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of every message the API answers with: Traditional Chinese by default, English when the
 * request's {@code Accept-Language} prefers it (docs/api.md §1).
 */
public final class Messages {
  public static final Locale TRADITIONAL_CHINESE = Locale.TRADITIONAL_CHINESE;

  // Without "no fallback", a server whose default locale is English would answer in English.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("com.zangsho.web.messages", locale, NO_FALLBACK);
  }

  public static Messages of(Locale locale) {
    return new Messages(locale);
  }

  /** English if the first language the client accepts that we speak is English, else zh-TW. */
  public static Messages forRequest(HttpHeaders headers) {
    return forAcceptLanguage(
        headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /**
   * As {@link #forRequest}, from the {@code Accept-Language} header as sent (null when absent). A
   * header that cannot be read counts as absent: the error it would cause has to be told in some
   * language, so this must never fail (RESTEasy's own parsing answers such a header with a bare
   * HTML 400).
   */
  public static Messages forAcceptLanguage(String header) {
    List<Locale.LanguageRange> accepted;
    try {
      accepted = header == null ? List.of() : Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException unreadable) {
      accepted = List.of();
    }
    for (Locale.LanguageRange candidate : accepted) {
      String language = candidate.getRange().split("-", 2)[0];
      if (language.equals("en")) {
        return new Messages(Locale.ENGLISH);
      }
      if (language.equals("zh")) {
        break;
      }
    }
    return new Messages(TRADITIONAL_CHINESE);
  }

  /** {@link Locale#ENGLISH} or {@link #TRADITIONAL_CHINESE}. */
  public Locale locale() {
    return locale;
  }

  public String text(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  public String violation(Violation violation) {
    Object[] args = new Object[violation.args().size() + 1];
    args[0] = violation.field();
    for (int i = 0; i < violation.args().size(); i++) {
      // Plain text, so that a limit of 1000 never reads "1,000".
      args[i + 1] = String.valueOf(violation.args().get(i));
    }
    return text("rule." + violation.rule().name(), args);
  }
}
