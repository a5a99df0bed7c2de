package org.interchange.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interchange.cache.api.CacheException;
import org.interchange.cache.api.CachedFolder;
import org.interchange.cache.api.FolderKind;
import org.interchange.cache.api.ItemSummary;
import org.interchange.ui.FakeCache;
import org.interchange.ui.FakeTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchViewModelTest {
    private final FakeCache cache = new FakeCache();
    private final FakeTaskExecutor executor = new FakeTaskExecutor();
    private SearchViewModel model;

    @BeforeEach
    void setUp() {
        cache.addAccount("a", "alice@example.org");
        CachedFolder inbox = cache.addFolder("a", "inbox", null, "Inbox", FolderKind.MAIL);
        CachedFolder contacts = cache.addFolder("a", "contacts", null, "Contacts", FolderKind.CONTACTS);
        cache.addMail(inbox, "Budget 2027", "Bob <bob@example.org>", Instant.parse("2026-11-01T10:00:00Z"), true);
        cache.addMail(inbox, "Lunch", "Carol <carol@example.org>", Instant.parse("2026-11-02T10:00:00Z"), true);
        cache.addItem(contacts, "Bob Builder", "", Instant.parse("2026-10-01T10:00:00Z"), true, "bob@example.org",
                null, Map.of(), List.of());
        model = new SearchViewModel(cache, executor);
    }

    @Test
    void searchesAfterThePauseInTypingAndOnlyForTheLastQuery() {
        model.queryProperty().set("b");
        model.queryProperty().set("bo");
        model.queryProperty().set("bob");
        assertThat(model.activeProperty().get()).isTrue();
        assertThat(executor.activeTimers()).containsExactly(SearchViewModel.DELAY);
        assertThat(cache.searches).isEmpty();

        executor.fireTimers();
        assertThat(model.searchingProperty().get()).isTrue();
        executor.runAll();

        assertThat(cache.searches).containsExactly("bob");
        assertThat(model.results()).extracting(ItemSummary::subject).containsExactly("Budget 2027", "Bob Builder");
        assertThat(model.summaryProperty().get()).isEqualTo("2 results for \u201cbob\u201d");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        model.queryProperty().set("bob");
        model.searchNow();
        model.queryProperty().set("lunch");
        model.searchNow();
        executor.runAll();
        assertThat(model.results()).extracting(ItemSummary::subject).containsExactly("Lunch");
    }

    @Test
    void clearingTheBoxLeavesTheResults() {
        model.queryProperty().set("lunch");
        model.searchNow();
        executor.runAll();
        model.selectedProperty().set(model.results().getFirst());
        model.clear();
        assertThat(model.activeProperty().get()).isFalse();
        assertThat(model.results()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(executor.activeTimers()).isEmpty();
    }

    @Test
    void nothingFoundAndFailuresAreSaid() {
        model.queryProperty().set("zebra");
        model.searchNow();
        executor.runAll();
        assertThat(model.summaryProperty().get()).isEqualTo("No results for \u201czebra\u201d");
        cache.failReads = new CacheException("locked");
        model.searchNow();
        executor.runAll();
        assertThat(model.errorProperty().get()).isEqualTo("Search failed: locked");
    }
}
