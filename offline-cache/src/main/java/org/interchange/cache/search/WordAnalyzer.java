package org.interchange.cache.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits an item's text into the index's words by the rules of {@link SearchTokens}, each given with all
 * its starts of at least {@link SearchTokens#MIN_LENGTH} characters ("budget": "bu", "bud", … "budget"),
 * so that a query word, which matches the words it starts, is a single term of the index.
 */
final class WordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WordTokenizer());
    }

    /** Adds the starts of {@code word} that end on a whole character, the word itself last. */
    static void addStarts(String word, List<String> into) {
        for (int end = 0; end < word.length(); ) {
            end += Character.charCount(word.codePointAt(end));
            if (end >= SearchTokens.MIN_LENGTH) {
                into.add(word.substring(0, end));
            }
        }
    }

    /** Reads the whole text (it is bounded by {@link SearchDocuments}) and hands out its words. */
    private static final class WordTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final char[] buffer = new char[4096];
        private Iterator<String> words = List.<String>of().iterator();

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (!words.hasNext()) {
                return false;
            }
            term.setEmpty().append(words.next());
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder text = new StringBuilder();
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                text.append(buffer, 0, n);
            }
            List<String> found = new ArrayList<>();
            SearchTokens.forEach(text, word -> addStarts(word, found));
            words = found.iterator();
        }
    }
}
