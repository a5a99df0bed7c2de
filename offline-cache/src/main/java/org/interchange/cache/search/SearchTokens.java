package org.interchange.cache.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words of the search index: runs of letters and digits, lower-cased, at least {@link #MIN_LENGTH}
 * characters, cut to {@link #MAX_LENGTH}. Items are indexed and queries split by the same rules.
 */
final class SearchTokens {
    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 32;
    /** Words of a query looked at; the rest are ignored. */
    static final int MAX_QUERY_WORDS = 16;

    private SearchTokens() {
    }

    /** Gives {@code each} every word of {@code text} in order, repeats included. */
    static void forEach(CharSequence text, Consumer<String> each) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(Character.codePointAt(text, i))) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(Character.codePointAt(text, i))) {
                i += Character.charCount(Character.codePointAt(text, i));
            }
            if (i - start >= MIN_LENGTH) {
                String word = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
                each.accept(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
            }
        }
    }

    /** The distinct words of a search query, at most {@link #MAX_QUERY_WORDS}; each must start a word of a match. */
    static List<String> query(String query) {
        Set<String> words = new LinkedHashSet<>();
        if (query != null) {
            forEach(query, words::add);
        }
        return new ArrayList<>(words).subList(0, Math.min(words.size(), MAX_QUERY_WORDS));
    }
}
