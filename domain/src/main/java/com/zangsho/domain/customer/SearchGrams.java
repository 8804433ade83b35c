package com.zangsho.domain.customer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What customer search finds a customer by (docs/api.md §5): a partial match anywhere in the e-mail
 * or the name needs an index of the pieces of both, and these are the pieces.
 *
 * <p>A customer is indexed under every run of {@value #LENGTH} characters of its name and of its
 * e-mail up to and including the {@code @}, and under each CJK character of either on its own (a
 * Chinese name is two to four characters, and one of them is a search people make). The e-mail's
 * domain is not cut into pieces: most of a merchant's customers share a few domains, so their
 * pieces would be most of the index and find everybody; a tenant's domains are kept once each
 * instead ({@link #domainOf}), and searched as a short list.
 *
 * <p>A search text is looked up by the same pieces: every customer whose e-mail (before the domain)
 * or name contains the text has all of them, so the rarest one gives a short list of candidates,
 * each then checked against the whole text.
 */
public final class SearchGrams {
  /** Characters in a piece: three, so that a piece is rare enough to look up in a large tenant. */
  public static final int LENGTH = 3;

  private SearchGrams() {}

  /** The pieces a customer is indexed under, from its keys ({@link Customer#searchKeyOf}). */
  public static Set<String> ofCustomer(String emailKey, String nameKey) {
    Set<String> grams = new LinkedHashSet<>();
    addPieces(grams, indexedPartOfEmail(emailKey));
    if (nameKey != null) {
      addPieces(grams, nameKey);
    }
    return grams;
  }

  /**
   * The pieces every customer found by a partial match of {@code key} has in its index: the runs of
   * {@value #LENGTH} characters of a long enough text, else its CJK characters; none for a short
   * text of other characters, which only the start of an e-mail or a name matches.
   */
  public static Set<String> ofText(String key) {
    Set<String> grams = new LinkedHashSet<>();
    int[] characters = key.codePoints().toArray();
    if (characters.length >= LENGTH) {
      for (int i = 0; i + LENGTH <= characters.length; i++) {
        grams.add(new String(characters, i, LENGTH));
      }
    } else {
      for (int character : characters) {
        if (isCjk(character)) {
          grams.add(Character.toString(character));
        }
      }
    }
    return grams;
  }

  /** The e-mail up to and including its last {@code @}: the part cut into pieces. */
  public static String indexedPartOfEmail(String emailKey) {
    return emailKey.substring(0, emailKey.lastIndexOf('@') + 1);
  }

  /** What follows the e-mail's last {@code @}: the domain, kept once per tenant. */
  public static String domainOf(String emailKey) {
    return emailKey.substring(emailKey.lastIndexOf('@') + 1);
  }

  /** Whether a character is one of the scripts whose single characters are words (CJK). */
  public static boolean isCjk(int character) {
    Character.UnicodeScript script = Character.UnicodeScript.of(character);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static void addPieces(Set<String> grams, String text) {
    int[] characters = text.codePoints().toArray();
    for (int i = 0; i + LENGTH <= characters.length; i++) {
      grams.add(new String(characters, i, LENGTH));
    }
    for (int character : characters) {
      if (isCjk(character)) {
        grams.add(Character.toString(character));
      }
    }
  }
}
