package com.zangsho.domain.customer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What customer search finds a customer by (docs/api.md §5): a partial match anywhere in the e-mail
 * or the name needs an index of the pieces of both, and these are the pieces.
 *
 * <p>A customer is indexed under every run of {@value #LENGTH} characters without a CJK character
 * in its name and in its e-mail before the {@code @}, and under each CJK character of either on its
 * own: a Chinese name is two to four characters and one of them is a search people make, and any
 * text with a CJK character is looked up by that character alone. The e-mail's domain is not cut
 * into pieces: most of a merchant's customers share a few domains, so their pieces would be most of
 * the index and find everybody; a tenant's domains are kept once each instead ({@link #domainOf})
 * and searched as a short list.
 *
 * <p>A search text is looked up by the same pieces: every customer whose e-mail (before the domain)
 * or name contains the text has all of them, so the rarest gives a short list of candidates, each
 * then checked against the whole text.
 *
 * <p>A piece is kept as a number, its characters' code points side by side in 21 bits each: the
 * index compares and stores numbers faster than text (docs/performance.md).
 */
public final class SearchGrams {
  /** Characters in a piece: three, so that a piece is rare enough to look up in a large tenant. */
  static final int LENGTH = 3;

  private static final int BITS = 21;

  private SearchGrams() {}

  /** The pieces a customer is indexed under, from its keys ({@link Customer#searchKeyOf}). */
  public static Set<Long> ofCustomer(String emailKey, String nameKey) {
    Set<Long> grams = new LinkedHashSet<>();
    addPieces(grams, localPartOf(emailKey).codePoints().toArray());
    if (nameKey != null) {
      addPieces(grams, nameKey.codePoints().toArray());
    }
    return grams;
  }

  /**
   * The pieces every customer found by a partial match of {@code text} has in its index: its CJK
   * characters if it has any, else its runs of {@value #LENGTH} characters; none for a short text
   * of other characters, which only the start of an e-mail or a name matches.
   */
  public static Set<Long> ofText(String text) {
    int[] characters = text.codePoints().toArray();
    Set<Long> grams = new LinkedHashSet<>();
    for (int character : characters) {
      if (isCjk(character)) {
        grams.add((long) character);
      }
    }
    if (grams.isEmpty()) {
      for (int i = 0; i + LENGTH <= characters.length; i++) {
        grams.add(code(characters, i));
      }
    }
    return grams;
  }

  /** The e-mail before its last {@code @}: the part cut into pieces. */
  static String localPartOf(String emailKey) {
    int at = emailKey.lastIndexOf('@');
    return at < 0 ? emailKey : emailKey.substring(0, at);
  }

  /** What follows the e-mail's last {@code @}: the domain, kept once per tenant. */
  public static String domainOf(String emailKey) {
    return emailKey.substring(emailKey.lastIndexOf('@') + 1);
  }

  /** Whether a character is one of the scripts whose single characters are words (CJK). */
  private static boolean isCjk(int character) {
    Character.UnicodeScript script = Character.UnicodeScript.of(character);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** A piece as the index keeps it: a single character, or three side by side. */
  static long code(String piece) {
    int[] characters = piece.codePoints().toArray();
    return characters.length == 1 ? characters[0] : code(characters, 0);
  }

  private static long code(int[] characters, int from) {
    long code = 0;
    for (int i = from; i < from + LENGTH; i++) {
      code = (code << BITS) | characters[i];
    }
    return code;
  }

  private static void addPieces(Set<Long> grams, int[] characters) {
    int lastCjk = -1;
    for (int i = 0; i < characters.length; i++) {
      if (isCjk(characters[i])) {
        grams.add((long) characters[i]);
        lastCjk = i;
      } else if (i - lastCjk >= LENGTH) {
        grams.add(code(characters, i - LENGTH + 1));
      }
    }
  }
}
