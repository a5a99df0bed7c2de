package org.interchange.cache.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into the words the search index holds: runs of letters and digits, lower-cased,
 * at least {@link #MIN_LENGTH} characters, cut to {@link #MAX_LENGTH}.
 */
public final class SearchTokens {
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 32;

    private SearchTokens() {
    }

    /** The distinct words of {@code text} in order of appearance, at most {@code max} of them added to {@code into}. */
    public static void addTo(Set<String> into, String text, int max) {
        if (text == null) {
            return;
        }
        int length = text.length();
        int i = 0;
        while (i < length && into.size() < max) {
            while (i < length && !Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i - start >= MIN_LENGTH) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                into.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
    }

    /** The words of a search query; each must be the start of a word of a matching item. */
    public static List<String> query(String query) {
        Set<String> words = new LinkedHashSet<>();
        addTo(words, query, 16);
        return new ArrayList<>(words);
    }
}
