package org.interchange.cache.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadLinkerTest {

    private static ThreadLinker.Message m(String id, String inReplyTo, String references, String subjectKey) {
        return new ThreadLinker.Message(id, inReplyTo, references, subjectKey);
    }

    @Test
    void headersLinkMessagesWhoseSubjectsDiffer() {
        List<String> keys = ThreadLinker.keys(List.of(
                m("<a@x>", null, null, "budget"),
                m("<b@x>", "<a@x>", "<a@x>", "numbers for q3"),
                m("<c@x>", "<b@x>", null, "lunch instead?"),
                m("<d@x>", null, "<a@x> <b@x> <c@x>", "something else")));
        assertThat(keys).containsOnly("m:<a@x>");
    }

    @Test
    void sameSubjectsStayApartWhenTheirHeadersDoNotLink() {
        List<String> keys = ThreadLinker.keys(List.of(
                m("<a@x>", null, null, "budget"),
                m("<b@x>", "<a@x>", null, "budget"),
                m("<c@x>", "<z@elsewhere>", "<z@elsewhere>", "budget")));
        assertThat(keys).containsExactly("m:<a@x>", "m:<a@x>", "m:<z@elsewhere>");
    }

    @Test
    void aMissingRootStillHoldsItsRepliesTogether() {
        List<String> keys = ThreadLinker.keys(List.of(
                m("<b@x>", "<root@x>", "<root@x>", "one"),
                m("<c@x>", null, "<root@x> <b@x>", "two")));
        assertThat(keys).containsExactly("m:<root@x>", "m:<root@x>");
    }

    @Test
    void messagesWithoutHeadersFallBackToTheirSubject() {
        List<String> keys = ThreadLinker.keys(List.of(
                m(null, null, null, "budget"),
                m("<lonely@x>", null, null, "budget"),
                m(null, null, null, "lunch")));
        assertThat(keys).containsExactly("s:budget", "s:budget", "s:lunch");
    }

    @Test
    void loopingReferencesDoNotHang() {
        List<String> keys = ThreadLinker.keys(List.of(
                m("<a@x>", "<b@x>", "<b@x>", "a"),
                m("<b@x>", "<a@x>", "<a@x>", "b")));
        assertThat(keys.get(0)).isEqualTo(keys.get(1)).startsWith("m:");
    }
}
