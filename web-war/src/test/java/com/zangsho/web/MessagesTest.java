package com.zangsho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zangsho.domain.validation.Rule;
import com.zangsho.domain.validation.Violation;
import com.zangsho.web.api.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void theSeedsWordsAreTheDefault() {
    Messages zh = Messages.of(Messages.TRADITIONAL_CHINESE);

    assertEquals("email 欄位為必填", zh.violation(Violation.of("email", Rule.REQUIRED)));
    assertEquals("order_no 已存在", zh.violation(Violation.of("order_no", Rule.TAKEN)));
    assertEquals("customer_id 不存在", zh.violation(Violation.of("customer_id", Rule.EXISTS)));
  }

  @Test
  void chineseStaysTheDefaultOnAServerWhoseLocaleIsEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      assertEquals(
          "email 欄位為必填",
          Messages.of(Messages.TRADITIONAL_CHINESE)
              .violation(Violation.of("email", Rule.REQUIRED)));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void englishReadsLikeLaravelsAndNumbersStayPlain() {
    Messages en = Messages.of(Locale.ENGLISH);

    assertEquals(
        "The email field is required.", en.violation(Violation.of("email", Rule.REQUIRED)));
    assertEquals(
        "The abilities field must not be greater than 1000 characters.",
        en.violation(Violation.of("abilities", Rule.MAX_LENGTH, 1000)));
  }

  @Test
  void theFirstAcceptedLanguageWeSpeakWinsAndAnUnreadableHeaderIsNoHeader() {
    Violation required = Violation.of("email", Rule.REQUIRED);
    String english = "The email field is required.";
    String chinese = "email 欄位為必填";

    assertEquals(english, Messages.forAcceptLanguage("en-US,en;q=0.9").violation(required));
    assertEquals(english, Messages.forAcceptLanguage("fr, en;q=0.5").violation(required));
    assertEquals(chinese, Messages.forAcceptLanguage("en;q=0.1, zh-TW;q=0.9").violation(required));
    assertEquals(chinese, Messages.forAcceptLanguage("zh-Hant-TW").violation(required));
    assertEquals(chinese, Messages.forAcceptLanguage(null).violation(required));
    assertEquals(chinese, Messages.forAcceptLanguage("xx-;q=abc,,,").violation(required));
  }

  @Test
  void everyRuleHasAMessageInBothLanguages() {
    for (Locale locale : new Locale[] {Messages.TRADITIONAL_CHINESE, Locale.ENGLISH}) {
      for (Rule rule : Rule.values()) {
        String text = Messages.of(locale).violation(Violation.of("f", rule, 1));
        assertEquals(true, text.contains("f"), rule + " in " + locale + ": " + text);
      }
    }
  }
}
